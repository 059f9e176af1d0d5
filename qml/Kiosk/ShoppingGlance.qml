// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family's shopping list on the door, where people notice the milk is gone: the items
// (scrolling when there are more than fit), each ticked off with one touch when bought, and a
// tile to add what just ran out.
Card {
    id: root

    required property InventorySync shopping
    readonly property int count: root.shopping.items.count

    signal add()

    padding: Theme.spacingL

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Icon {
                name: "cart"
                color: Theme.accent
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Shopping list")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            StatusChip {
                visible: root.count > 0
                text: root.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(root.count)
                tone: Theme.textMuted
            }
        }
        ListView {
            id: list
            objectName: "doorShoppingList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget
            visible: root.count > 0
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            model: root.shopping.items
            delegate: Item {
                id: row
                required property string itemId
                required property string name
                required property real quantity
                required property string unit
                required property bool pending
                width: ListView.view.width
                height: Math.max(tick.implicitHeight, label.implicitHeight) + Theme.spacingXs
                Text {
                    id: label
                    anchors.left: parent.left
                    anchors.right: tick.left
                    anchors.rightMargin: Theme.spacingS
                    anchors.verticalCenter: parent.verticalCenter
                    text: row.quantity > 1 || row.unit !== "piece"
                          ? qsTr("%1 · %2").arg(row.name).arg(IngredientWords.amount(row.quantity, row.unit))
                          : row.name
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    color: row.pending ? Theme.textMuted : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                }
                RoundIconButton {
                    id: tick
                    objectName: "tick-" + row.itemId
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    glyph: "✓"
                    tone: Theme.success
                    Accessible.name: qsTr("Bought %1").arg(row.name)
                    onClicked: root.shopping.remove(row.itemId, "bought")
                }
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: root.count === 0
            text: root.shopping.loading ? qsTr("Loading…") : qsTr("Nothing to buy. Add what runs out.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        FocusFollower {
            flickable: list
        }
        KioskTile {
            objectName: "doorShoppingAdd"
            Layout.fillWidth: true
            minimumHeight: 56
            text: qsTr("+ Add to the list")
            Accessible.name: qsTr("Add to the shopping list")
            onClicked: root.add()
        }
    }
}

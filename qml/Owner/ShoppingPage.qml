// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family's shopping list, shared live with every member: add what is needed (names the
// fridge has held come up as you type), tick things off in the shop, undo a tick. Works offline:
// ticks and additions wait on this phone and go out when Larder can be reached.
Item {
    id: root

    required property InventorySync shopping
    /// The fridge's list, whose names are offered while typing (may be null).
    required property InventorySync inventory
    required property string familyName

    readonly property string pageName: "shopping"
    readonly property bool ready: !root.shopping.loading
    property var lastBought: null

    /// False where the page is one of the main places (no back button).
    property bool canGoBack: true

    signal back()

    IngredientFilter {
        id: filter
        source: root.shopping.items
    }
    SuggestionsModel {
        id: suggestions
        // Computed only while someone types.
        inventory: newItem.text.trim().length === 0 ? null : root.inventory ? root.inventory : root.shopping
        prefix: newItem.text
        limit: 4
    }

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.familyName.length ? qsTr("Shopping · %1").arg(root.familyName) : qsTr("Shopping list")
        canGoBack: root.canGoBack
        onBack: root.back()
    }

    ColumnLayout {
        id: top
        anchors.top: header.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextField {
                id: newItem
                objectName: "shoppingNewItem"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                maximumLength: 80
                placeholderText: qsTr("Add an item")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
                leftPadding: Theme.spacingM
                Accessible.name: qsTr("What do you need?")
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceAlt
                    border.color: newItem.activeFocus ? Theme.accent : Theme.border
                    border.width: newItem.activeFocus ? 2 : 1
                }
                onAccepted: root.addTyped()
            }
            PrimaryButton {
                objectName: "shoppingAddButton"
                text: qsTr("Add")
                enabled: newItem.text.trim().length > 0
                onClicked: root.addTyped()
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: newItem.text.trim().length > 0 && suggestions.count > 0
            Repeater {
                model: suggestions
                OutlineButton {
                    required property string name
                    required property string category
                    required property string unit
                    implicitHeight: 36
                    font.pixelSize: Theme.fontBody
                    text: name
                    Accessible.name: qsTr("Add %1").arg(name)
                    onClicked: {
                        root.shopping.add(name, category, 1, unit);
                        newItem.text = "";
                    }
                }
            }
        }
        Banner {
            Layout.fillWidth: true
            visible: root.shopping.notice.length > 0
            kind: "warning"
            text: root.shopping.notice
        }
        Banner {
            Layout.fillWidth: true
            visible: root.shopping.error.length > 0
            kind: root.shopping.pendingCount > 0 ? "info" : "danger"
            text: root.shopping.pendingCount > 0
                  ? qsTr("%1 Your changes wait on this phone and go out when Larder can be reached.").arg(root.shopping.error)
                  : root.shopping.error
        }
    }

    ListView {
        id: list
        objectName: "shoppingList"
        anchors.top: top.bottom
        anchors.topMargin: Theme.spacingS
        anchors.bottom: undoBar.visible ? undoBar.top : parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        clip: true
        spacing: Theme.spacingXs
        model: filter
        ScrollBar.vertical: ScrollBar { }

        delegate: Rectangle {
            id: row
            required property string itemId
            required property string name
            required property string category
            required property real quantity
            required property string unit
            required property string addedBy
            required property string addedByKind
            required property bool addedByMe
            required property bool pending
            width: ListView.view.width
            implicitHeight: Math.max(Theme.touchTarget + Theme.spacingS, rowContent.implicitHeight + 2 * Theme.spacingS)
            radius: Theme.radiusSmall
            color: Theme.surface
            border.color: Theme.border

            RowLayout {
                id: rowContent
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingS
                anchors.rightMargin: Theme.spacingM
                spacing: Theme.spacingS
                AbstractButton {
                    id: tick
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.CheckBox
                    Accessible.name: qsTr("Bought %1").arg(row.name)
                    onClicked: root.tickOff(row.itemId, row.name, row.category, row.quantity, row.unit)
                    contentItem: Item {
                        Rectangle {
                            anchors.centerIn: parent
                            width: 26
                            height: 26
                            radius: 13
                            color: tick.pressed ? Theme.surfaceAlt : "transparent"
                            border.color: tick.visualFocus ? Theme.accent : Theme.textMuted
                            border.width: 2
                        }
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.minimumWidth: 0
                    spacing: 0
                    RowLayout {
                        spacing: Theme.spacingS
                        Text {
                            Layout.fillWidth: true
                            text: row.name
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontLabel
                            font.weight: Font.DemiBold
                        }
                        PendingDots {
                            visible: row.pending
                            Accessible.name: qsTr("Not saved to Larder yet")
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3").arg(IngredientWords.amount(row.quantity, row.unit))
                                                  .arg(IngredientWords.categoryLabel(row.category))
                                                  .arg(row.addedByKind === "tablet" ? qsTr("from the door")
                                                       : row.addedByMe ? qsTr("You") : row.addedBy)
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }

        Text {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0 && !root.shopping.loading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Nothing to buy. Add what you need here, or tap “Used up” on something in the fridge.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        BusyIndicator {
            anchors.centerIn: parent
            running: root.shopping.loading
            visible: running
        }
    }

    Rectangle {
        id: undoBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: root.lastBought !== null
        implicitHeight: undoRow.implicitHeight + 2 * Theme.spacingS
        color: Theme.surfaceAlt
        RowLayout {
            id: undoRow
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.spacingL, 560)
            Text {
                Layout.fillWidth: true
                text: root.lastBought ? qsTr("%1 ticked off").arg(root.lastBought.name) : ""
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            TextButton {
                text: qsTr("Undo")
                Accessible.name: qsTr("Put %1 back on the list").arg(root.lastBought ? root.lastBought.name : "")
                onClicked: {
                    const item = root.lastBought;
                    root.lastBought = null;
                    root.shopping.add(item.name, item.category, item.quantity, item.unit);
                }
            }
        }
        Timer {
            running: root.lastBought !== null
            interval: 6000
            onTriggered: root.lastBought = null
        }
    }

    function addTyped() {
        if (newItem.text.trim().length === 0)
            return;
        if (root.shopping.add(newItem.text).length > 0)
            newItem.text = "";
    }
    function tickOff(itemId, name, category, quantity, unit) {
        root.shopping.remove(itemId, "bought");
        root.lastBought = {name: name, category: category, quantity: quantity, unit: unit};
    }

    FocusFollower {
        flickable: list
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The rows of "What's inside", in sections. Not a ComponentBehavior: Bound file: Qt 6.4's
// ListView cannot create a bound section delegate, and section delegates read `section` from
// their context.
// qmllint disable unqualified
Item {
    id: root

    required property InventorySync inventory
    required property var items
    property string searchText: ""
    /// How the sections are made: "category" or "compartment" (the filter's groupBy).
    property string groupBy: "category"
    readonly property alias count: list.count

    /// An item was marked used up here (so the page can offer the shopping list).
    signal usedUp(string name, string category, real quantity, string unit)
    /// A row was tapped: change the item (its fields as a map).
    signal changeRequested(string itemId, var item)

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        spacing: Theme.spacingXs
        model: root.items
        section.property: "group"
        section.delegate: SectionTitle {
            width: list.width
            topPadding: Theme.spacingM
            bottomPadding: Theme.spacingXs
            text: root.groupBy === "compartment" ? IngredientWords.compartmentTitle(section)
                                                 : IngredientWords.categoryLabel(section)
        }
        ScrollBar.vertical: ScrollBar { }

        // Tap to change an item; swipe it left to mark it used up.
        delegate: SwipeDelegate {
            id: row
            required property string itemId
            required property string name
            required property string category
            required property real quantity
            required property string unit
            required property string compartment
            required property date bestBefore
            required property string note
            required property string addedBy
            required property string addedByKind
            required property bool addedByMe
            required property date addedAt
            required property bool nearBestBefore
            required property bool pending
            width: ListView.view.width
            padding: Theme.spacingM
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2").arg(row.name).arg(IngredientWords.amount(row.quantity, row.unit))
            onClicked: root.changeRequested(row.itemId, {
                name: row.name, category: row.category, quantity: row.quantity, unit: row.unit,
                compartment: row.compartment, note: row.note,
                bestBefore: isNaN(row.bestBefore.getTime()) ? "" : Qt.formatDate(row.bestBefore, "yyyy-MM-dd")
            })
            swipe.right: Rectangle {
                width: parent.width
                height: parent.height
                radius: Theme.radiusSmall
                color: Theme.success
                Text {
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacingL
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Used up")
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
            }
            swipe.onCompleted: row.markUsedUp()
            function markUsedUp() {
                root.inventory.remove(row.itemId, "usedUp");
                root.usedUp(row.name, row.category, row.quantity, row.unit);
            }
            background: Rectangle {
                radius: Theme.radiusSmall
                color: row.nearBestBefore ? Theme.warningSurface : row.pressed ? Theme.surfaceAlt : Theme.surface
                border.color: row.visualFocus ? Theme.accent : Theme.border
            }

            contentItem: RowLayout {
                spacing: Theme.spacingM
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // what the buttons leave, however long the text
                    Layout.minimumWidth: 0
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        color: Theme.text
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: root.details(row.quantity, row.unit, row.compartment, row.addedByMe ? "" : row.addedBy, row.addedByKind, row.addedAt)
                        color: Theme.textMuted
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                    Text {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap // never under the buttons beside it
                        visible: !isNaN(row.bestBefore.getTime())
                        text: row.nearBestBefore ? qsTr("Best before %1 — use it soon").arg(Format.date(row.bestBefore))
                                                 : qsTr("Best before %1").arg(Format.date(row.bestBefore))
                        color: row.nearBestBefore ? Theme.warning : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: row.nearBestBefore ? Font.DemiBold : Font.Normal
                    }
                }
                PendingDots {
                    visible: row.pending
                    Accessible.name: qsTr("Not saved to Larder yet")
                }
                RoundIconButton {
                    glyph: "−"
                    visible: row.quantity > 1
                    Accessible.name: qsTr("Take one %1").arg(row.name)
                    onClicked: root.inventory.adjust(row.itemId, -1)
                }
                TextButton {
                    text: qsTr("Used up")
                    Accessible.name: qsTr("%1 is used up").arg(row.name)
                    onClicked: row.markUsedUp()
                }
            }
        }

        Text {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0 && !root.inventory.loading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.searchText.length > 0 ? qsTr("Nothing called “%1” in the fridge.").arg(root.searchText)
                                         : qsTr("The list is empty. Add what you put in, or close the door and let the cameras see.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        BusyIndicator {
            anchors.centerIn: parent
            running: root.inventory.loading
            visible: running
        }
    }

    function details(quantity, unit, compartment, addedBy, addedByKind, addedAt) {
        const who = addedByKind === "camera" ? qsTr("seen by the camera")
                  : addedByKind === "tablet" ? qsTr("added on the door")
                  : addedBy.length === 0 ? qsTr("added by you")
                  : qsTr("added by %1").arg(addedBy);
        const when = isNaN(addedAt.getTime()) ? "" : " " + Format.date(addedAt);
        return qsTr("%1 · %2 · %3%4").arg(IngredientWords.amount(quantity, unit)).arg(IngredientWords.compartmentLabel(compartment)).arg(who).arg(when);
    }

    FocusFollower {
        flickable: list
    }
}

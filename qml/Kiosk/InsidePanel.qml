// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// What is inside, made for the door: at a glance beside the temperatures, category tiles to
// narrow it, big rows to take one or mark used up, and one-touch tiles for what this family
// usually puts in; anything else on the on-screen keyboard. Changes go over the tablet's own
// connection and show at once (dots until the cloud confirms them).
Rectangle {
    id: root

    required property InventorySync inventory
    property string category: ""
    /// "Other": the door's add sheet, to type a name.
    signal addOther()

    color: Theme.surface
    border.color: Theme.border

    IngredientFilter {
        id: filter
        source: root.inventory.items
        category: root.category
        groupBy: "urgency" // what to use soon first
    }
    SuggestionsModel {
        id: quick
        inventory: root.inventory
        limit: 6
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingL

        // The list, as much of the height as there is.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            Layout.minimumWidth: 0
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Text {
                    text: qsTr("Inside")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle + 4
                    font.weight: Font.DemiBold
                }
                Text {
                    Layout.fillWidth: true
                    objectName: "insideCount"
                    text: root.inventory.items.count === 1 ? qsTr("1 item") : qsTr("%1 items").arg(root.inventory.items.count)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                }
                PendingDots {
                    visible: root.inventory.pendingCount > 0
                    Accessible.name: qsTr("Changes not saved to Larder yet")
                }
            }

            Banner {
                Layout.fillWidth: true
                visible: root.inventory.notice.length > 0
                kind: "warning"
                text: root.inventory.notice
            }
            Banner {
                Layout.fillWidth: true
                visible: root.inventory.error.length > 0
                kind: root.inventory.pendingCount > 0 ? "info" : "danger"
                text: root.inventory.pendingCount > 0
                      ? qsTr("%1 Changes made here wait on the door and go out when the fridge is back online.").arg(root.inventory.error)
                      : root.inventory.error
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                KioskTile {
                    implicitWidth: 96
                    minimumHeight: 60
                    text: qsTr("All")
                    detail: root.inventory.items.count.toString()
                    checked: root.category === ""
                    onClicked: root.category = ""
                }
                ListView {
                    id: categories
                    objectName: "kioskCategories"
                    Layout.fillWidth: true
                    // As tall as its tallest tile (a long category name wraps).
                    implicitHeight: Math.max(60, categories.contentItem.childrenRect.height)
                    orientation: ListView.Horizontal
                    spacing: Theme.spacingS
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: root.inventory.items.categoryCounts
                    delegate: KioskTile {
                        required property var modelData
                        minimumHeight: 60
                        text: IngredientWords.categoryLabel(modelData.category)
                        detail: modelData.count.toString()
                        checked: root.category === modelData.category
                        onClicked: root.category = root.category === modelData.category ? "" : modelData.category
                    }
                }
            }

            ListView {
                id: list
                objectName: "kioskIngredientList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacingXs
                model: filter
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar { }

                delegate: Rectangle {
                    id: row
                    required property string itemId
                    required property string name
                    required property real quantity
                    required property string unit
                    required property string compartment
                    required property bool nearBestBefore
                    required property bool pending
                    width: ListView.view.width
                    implicitHeight: 76
                    radius: Theme.radiusSmall
                    color: row.nearBestBefore ? Theme.warningSurface : Theme.surfaceAlt
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1, %2").arg(row.name).arg(IngredientWords.amount(row.quantity, row.unit))

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spacingL
                        anchors.rightMargin: Theme.spacingS
                        spacing: Theme.spacingS
                        ColumnLayout {
                            Layout.fillWidth: true
                            Layout.minimumWidth: 0
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: row.name
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontTitle
                                font.weight: Font.DemiBold
                            }
                            Text {
                                Layout.fillWidth: true
                                text: row.nearBestBefore
                                      ? qsTr("%1 · %2 · use it soon").arg(IngredientWords.amount(row.quantity, row.unit)).arg(IngredientWords.compartmentLabel(row.compartment))
                                      : qsTr("%1 · %2").arg(IngredientWords.amount(row.quantity, row.unit)).arg(IngredientWords.compartmentLabel(row.compartment))
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                color: row.nearBestBefore ? Theme.warning : Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                        }
                        PendingDots {
                            visible: row.pending
                            Accessible.name: qsTr("Not saved to Larder yet")
                        }
                        RoundIconButton {
                            glyph: "−"
                            implicitWidth: 60
                            implicitHeight: 60
                            visible: row.quantity > 1
                            Accessible.name: qsTr("Take one %1").arg(row.name)
                            onClicked: root.inventory.adjust(row.itemId, -1)
                        }
                        KioskTile {
                            text: qsTr("Used up")
                            implicitWidth: 120
                            minimumHeight: 60
                            Accessible.name: qsTr("%1 is used up").arg(row.name)
                            onClicked: root.inventory.remove(row.itemId, "usedUp")
                        }
                    }
                }

                Text {
                    anchors.centerIn: parent
                    width: parent.width - 2 * Theme.spacingL
                    visible: list.count === 0 && !root.inventory.loading
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    text: qsTr("Nothing here yet. Touch what you put in below, or close the door and let the cameras see.")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                }
                BusyIndicator {
                    anchors.centerIn: parent
                    running: root.inventory.loading
                    visible: running
                }
            }

        }

        // One touch for what this family usually puts in, beside it.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            Layout.minimumWidth: 0
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Put in")
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS
                Repeater {
                    model: quick
                    KioskTile {
                        required property string name
                        required property string category
                        required property real quantity
                        required property string unit
                        required property string compartment
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: "+ " + name
                        detail: IngredientWords.amount(quantity, unit)
                        Accessible.name: qsTr("Put in %1, %2").arg(name).arg(IngredientWords.amount(quantity, unit))
                        onClicked: root.inventory.restock(name, category, quantity, unit, compartment)
                    }
                }
                KioskTile {
                    objectName: "kioskAddOther"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Other")
                    detail: qsTr("type a name")
                    primary: true
                    onClicked: root.addOther()
                }
            }
            Item { Layout.fillHeight: true }
        }
    }

    FocusFollower {
        flickable: list
    }
    FocusFollower {
        flickable: categories
    }
}

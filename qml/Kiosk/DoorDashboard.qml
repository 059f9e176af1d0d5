// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// The door at a glance, made for 1280×800 and 1024×600 without scrolling: the time and the
// fridge's state along the top; both temperatures with their targets, the door and the mode; what
// to use soon with the ways to what is inside and to put something in; the family's shopping
// list and its board's latest.
Item {
    id: root

    required property DoorTablet kiosk

    signal openInside()
    signal openAdd()
    signal openBoard()
    signal openCamera()
    signal addShopping()

    readonly property FridgeController fridge: root.kiosk.fridge
    readonly property bool canWrite: root.fridge.cloudConnected && root.fridge.synced
    /// The last 24 hours under each temperature where the door is tall enough for them and the
    /// door and mode card together (not on a 600 px door: there everything else comes first).
    readonly property bool roomForTrends: root.height >= 700 * Math.max(1, Theme.textScale * 0.8)
    property date now: new Date()

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        // Room on the right of the top bar for the support corner.
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Layout.rightMargin: 72
            spacing: Theme.spacingL
            DoorClock {
                now: root.now
            }
            FridgeHeader {
                Layout.fillWidth: true
                fridge: root.fridge
                now: root.now
            }
            // The cameras live: what is on a shelf without opening the door.
            KioskTile {
                objectName: "openCamera"
                // Never wider than its share: the top bar gives way before the door does
                // (only an item that fills may shrink in a layout).
                Layout.fillWidth: true
                Layout.preferredWidth: 200
                Layout.minimumWidth: 0
                Layout.maximumWidth: 220
                minimumHeight: 56
                visible: root.kiosk.camera !== null
                text: qsTr("Look inside")
                detail: qsTr("cameras, live")
                onClicked: root.openCamera()
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacingM

            // The fridge itself (it scrolls only when large text needs more than the door has).
            Flickable {
                id: fridgeColumn
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 10
                Layout.minimumWidth: 0
                contentHeight: fridgeParts.implicitHeight
                interactive: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                ColumnLayout {
                    id: fridgeParts
                    width: fridgeColumn.width
                    spacing: Theme.spacingM
                    CompartmentCard {
                        objectName: "doorFridge"
                        Layout.fillWidth: true
                        compact: true
                        title: qsTr("Fridge")
                        temperature: root.fridge.fridgeTemperature
                        control: root.fridge.fridgeSetpoint
                        minimum: 1
                        maximum: 8
                        step: 0.5
                        tone: Theme.fridgeTone
                        limit: AlertDefaults.fridgeMaxC
                        trend: root.roomForTrends && root.kiosk.history ? root.kiosk.history.fridge : []
                        trendFrom: root.kiosk.history ? root.kiosk.history.from : 0
                        trendTo: root.kiosk.history ? root.kiosk.history.to : 0
                        now: root.now
                        canWrite: root.canWrite
                        fridgeOnline: root.fridge.fridgeOnline
                    }
                    CompartmentCard {
                        objectName: "doorFreezer"
                        Layout.fillWidth: true
                        compact: true
                        title: qsTr("Freezer")
                        temperature: root.fridge.freezerTemperature
                        control: root.fridge.freezerSetpoint
                        minimum: -24
                        maximum: -14
                        step: 1
                        tone: Theme.freezerTone
                        limit: AlertDefaults.freezerMaxC
                        trend: root.roomForTrends && root.kiosk.history ? root.kiosk.history.freezer : []
                        trendFrom: root.kiosk.history ? root.kiosk.history.from : 0
                        trendTo: root.kiosk.history ? root.kiosk.history.to : 0
                        now: root.now
                        canWrite: root.canWrite
                        fridgeOnline: root.fridge.fridgeOnline
                    }
                    Card {
                        Layout.fillWidth: true
                        padding: Theme.spacingL
                        RowLayout {
                            anchors.fill: parent
                            spacing: Theme.spacingM
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 2
                                Text {
                                    Layout.fillWidth: true
                                    text: !root.fridge.hasReadings ? qsTr("Door: –")
                                        : root.fridge.doorOpen ? qsTr("Door open") : qsTr("Door closed")
                                    wrapMode: Text.Wrap
                                    color: root.fridge.doorOpen ? Theme.warning : Theme.success
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontLabel
                                    font.weight: Font.DemiBold
                                }
                                Text {
                                    Layout.fillWidth: true
                                    text: qsTr("Mode: %1").arg(root.fridge.modes.labelFor(root.fridge.mode.target || ""))
                                    wrapMode: Text.Wrap
                                    color: Theme.textMuted
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.fontBody
                                }
                            }
                            KioskTile {
                                objectName: "changeMode"
                                implicitWidth: 120
                                minimumHeight: 56
                                text: qsTr("Mode")
                                enabled: root.canWrite
                                onClicked: modeSheet.open()
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            // What to use, and the ways in.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 13
                Layout.minimumWidth: 0
                spacing: Theme.spacingM
                UseSoonCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    inventory: root.kiosk.inventory
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingM
                    KioskTile {
                        objectName: "openInside"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        minimumHeight: 72
                        text: qsTr("What's inside")
                        detail: root.kiosk.inventory.items.count === 1 ? qsTr("1 item")
                              : qsTr("%1 items").arg(root.kiosk.inventory.items.count)
                        onClicked: root.openInside()
                    }
                    KioskTile {
                        objectName: "doorAddButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        minimumHeight: 72
                        primary: true
                        text: qsTr("Put something in")
                        detail: qsTr("with its best-before")
                        onClicked: root.openAdd()
                    }
                }
            }

            // The family: what to buy, what they said.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 10
                Layout.minimumWidth: 0
                spacing: Theme.spacingM
                ShoppingGlance {
                    objectName: "shoppingGlance"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    visible: root.kiosk.shopping !== null
                    shopping: root.kiosk.shopping
                    onAdd: root.addShopping()
                }
                BoardGlance {
                    objectName: "boardGlance"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: 1
                    visible: root.kiosk.board !== null
                    board: root.kiosk.board
                    onOpen: root.openBoard()
                }
            }
        }
    }

    Dialog {
        id: modeSheet
        objectName: "modeSheet"
        parent: T.Overlay.overlay
        modal: true
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? (parent.height - height) / 2 : 0
        width: parent ? Math.min(parent.width - 2 * Theme.spacingL, 760) : 760
        padding: Theme.spacingXl
        T.Overlay.modal: Rectangle { color: "#99000000" }
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingL
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Mode")
            }
            ModeSelector {
                Layout.fillWidth: true
                control: root.fridge.mode
                modes: root.fridge.modes
                enabledByConnection: root.canWrite
            }
            ButtonRow {
                KioskTile {
                    implicitWidth: 160
                    minimumHeight: 56
                    text: qsTr("Done")
                    onClicked: modeSheet.close()
                }
            }
        }
    }

    FocusFollower {
        flickable: fridgeColumn
    }
}

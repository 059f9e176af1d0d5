// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import QtQuick.VirtualKeyboard
import Larder.Components
import Larder.Core
import Larder.Theme

// The fridge door's tablet: full screen, no window chrome. Until the fridge is paired it shows
// the pairing code; then the fridge's controls, live. The screen dims when nobody touches it.
ApplicationWindow {
    id: root

    required property DoorTablet kiosk
    required property SupportPin supportPin
    /// Language, theme, text size and units of this front-end.
    required property DisplayPreferences display
    property bool fullScreen: true

    /// For self-tests and screenshots: "pairing", "paired" (what is inside beside the
    /// controls) or "board" (the family board beside them).
    readonly property string currentPage: support.open ? "support"
        : root.paired && root.kiosk.alarm && root.kiosk.alarm.active ? "alarm"
        : root.paired ? (root.showBoard && root.kiosk.board ? "board" : "paired") : "pairing"
    readonly property bool paired: root.kiosk.state === DoorTablet.Paired && root.kiosk.fridge !== null
    /// The right-hand side shows the family board (else what is inside).
    property bool showBoard: false

    /// Self-tests and screenshots: "support" opens the PIN dialog, "add" the add sheet,
    /// "board" the family board.
    function showPage(name) {
        if (name === "support")
            support.show();
        else if (name === "add")
            root.addRequested();
        else if (name === "board")
            root.showBoard = true;
    }
    signal addRequested()
    signal resetRequested()

    /// Layout checks: back to the door's first screen (no sheet, no dialog, what is inside).
    function resetPage() {
        support.hide();
        root.showBoard = false;
        root.resetRequested();
    }

    Binding {
        target: Theme
        property: "dark"
        value: root.display.dark
    }
    Binding {
        target: Theme
        property: "textScale"
        value: root.display.textScale
    }
    Binding {
        target: Theme
        property: "cjk"
        value: root.display.effectiveLanguage.startsWith("zh")
    }
    Binding {
        target: Format
        property: "unit"
        value: root.display.temperatureUnit
    }
    Binding {
        target: Format
        property: "language"
        value: root.display.effectiveLanguage
    }

    width: 1280
    height: 800
    visible: true
    visibility: root.fullScreen ? Window.FullScreen : Window.Windowed
    flags: Qt.Window | Qt.FramelessWindowHint
    title: qsTr("Larder kiosk")
    color: Theme.background
    font.family: Theme.fontFamily

    Loader {
        anchors.fill: parent
        sourceComponent: root.paired ? paired : pairing
    }
    // Loader cannot instantiate bound components in Qt 6.4: these reach `root` by context.
    // qmllint disable unqualified
    Component {
        id: pairing
        PairingView {
            kiosk: root.kiosk
        }
    }
    Component {
        id: paired
        // The temperatures and, beside them, what is inside: both at a glance on the door.
        Item {
            FridgeScreen {
                id: fridgeScreen
                objectName: "kioskFridge"
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                width: root.kiosk.inventory ? parent.width * 0.52 : parent.width
                fridge: root.kiosk.fridge
            }
            // What is inside, or the family board: two tabs over the right-hand side.
            ColumnLayout {
                anchors.left: fridgeScreen.right
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                spacing: 0
                visible: root.kiosk.inventory !== null

                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingS
                    spacing: Theme.spacingS
                    visible: root.kiosk.board !== null
                    KioskTile {
                        objectName: "insideTab"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 60
                        text: qsTr("Inside")
                        detail: root.kiosk.inventory
                                ? (root.kiosk.inventory.items.count === 1 ? qsTr("1 item")
                                   : qsTr("%1 items").arg(root.kiosk.inventory.items.count))
                                : ""
                        checked: !root.showBoard
                        onClicked: root.showBoard = false
                    }
                    KioskTile {
                        objectName: "boardTab"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 60
                        text: qsTr("Family board")
                        detail: !root.kiosk.board ? ""
                              : root.kiosk.board.unread === 0 ? qsTr("messages, photos, recipes")
                              : root.kiosk.board.unread === 1 ? qsTr("1 new")
                              : qsTr("%1 new").arg(root.kiosk.board.unread)
                        checked: root.showBoard
                        onClicked: root.showBoard = true
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: root.kiosk.inventory !== null
                    visible: !root.showBoard
                    sourceComponent: InsidePanel {
                        id: inside
                        objectName: "kioskInside"
                        inventory: root.kiosk.inventory
                        Connections {
                            target: root
                            function onAddRequested() {
                                root.showBoard = false;
                                inside.openAdd();
                            }
                            function onResetRequested() {
                                inside.closeAdd();
                            }
                        }
                        Binding {
                            target: root
                            property: "typing"
                            value: inside.typing
                        }
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: root.kiosk.board !== null
                    visible: root.showBoard
                    sourceComponent: BoardPanel {
                        objectName: "kioskBoard"
                        board: root.kiosk.board
                    }
                }
            }
        }
    }

    IdleDimmer {
        id: dimmer
        anchors.fill: parent
    }
    // The alarm wakes the dimmed screen and covers it (over the dimmer: it is what to see).
    Loader {
        anchors.fill: parent
        active: root.paired && root.kiosk.alarm !== null
        sourceComponent: AlarmBanner {
            alarm: root.kiosk.alarm
            onVisibleChanged: if (visible) dimmer.wake()
        }
    }
    SupportExit {
        id: support
        anchors.fill: parent
        supportPin: root.supportPin
        onExitRequested: Qt.quit()
    }

    /// A sheet that types is open (the keyboard shows even before a field has focus).
    property bool typing: false

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        parent: T.Overlay.overlay
        z: 1000
        width: parent ? parent.width : 0
        readonly property bool wanted: keyboard.active || support.open || root.typing
        y: parent && keyboard.wanted ? parent.height - keyboard.height : (parent ? parent.height : 0)
        visible: keyboard.wanted
    }
}

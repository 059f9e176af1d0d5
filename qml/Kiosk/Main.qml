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
// the pairing code; then the door at a glance (DoorDashboard), from which what is inside and the
// family board open over it with a large way back. The screen dims when nobody touches it.
ApplicationWindow {
    id: root

    required property DoorTablet kiosk
    required property SupportPin supportPin
    /// The door's local diagnostics, which the support PIN opens.
    required property DoorDiagnostics diagnostics
    /// Language, theme, text size and units of this front-end.
    required property DisplayPreferences display
    property bool fullScreen: true

    /// For self-tests and screenshots: "pairing", "paired" (the door at a glance), "inside"
    /// or "board" (opened over it), "support", "diagnostics" (behind the PIN), "alarm".
    readonly property string currentPage: diagnosticsView.visible ? "diagnostics"
        : support.open ? "support"
        : root.paired && root.kiosk.alarm && root.kiosk.alarm.active ? "alarm"
        : !root.paired ? "pairing"
        : root.detail === "board" && root.kiosk.board ? "board"
        : root.detail === "inside" ? "inside"
        : root.detail === "camera" && root.kiosk.camera ? "camera" : "paired"
    readonly property bool paired: root.kiosk.state === DoorTablet.Paired && root.kiosk.fridge !== null
    /// What is open over the glance: "", "inside", "camera" or "board".
    property string detail: ""

    /// Self-tests and screenshots: "support" opens the PIN dialog, "add" the add sheet,
    /// "shopping" the shopping list's,
    /// "board" the family board, "inside" the whole list.
    function showPage(name) {
        if (name === "support")
            support.show();
        else if (name === "diagnostics")
            root.openDiagnostics();
        else if (name === "add" || name === "shopping")
            root.addRequested(name);
        else if (name === "board" || name === "inside" || name === "camera")
            root.detail = name;
    }
    signal addRequested(string what)
    signal resetRequested()

    /// Layout checks: back to the door's first screen (no sheet, no dialog, nothing over it).
    function resetPage() {
        support.hide();
        diagnosticsView.visible = false;
        root.detail = "";
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

    // The door itself; hidden (not only covered) while the diagnostics are open, so that
    // neither a touch nor Tab reaches it under them.
    Loader {
        anchors.fill: parent
        visible: !diagnosticsView.visible
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
        Item {
            DoorDashboard {
                anchors.fill: parent
                visible: root.detail === ""
                kiosk: root.kiosk
                onOpenInside: root.detail = "inside"
                onOpenBoard: root.detail = "board"
                onOpenCamera: root.detail = "camera"
                onOpenAdd: addSheet.open()
                onAddShopping: shoppingSheet.open()
            }
            // What is inside, or the family board, over the glance with a large way back.
            ColumnLayout {
                anchors.fill: parent
                visible: root.detail !== ""
                spacing: 0
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: Theme.spacingS
                    Layout.rightMargin: 96
                    spacing: Theme.spacingM
                    KioskTile {
                        objectName: "doorBack"
                        implicitWidth: 180
                        minimumHeight: 60
                        text: qsTr("‹ Back")
                        Accessible.name: qsTr("Back to the door")
                        onClicked: root.detail = ""
                    }
                    DoorClock {
                        Layout.fillWidth: true
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: root.detail === "inside" && root.kiosk.inventory !== null
                    visible: active
                    sourceComponent: InsidePanel {
                        objectName: "kioskInside"
                        inventory: root.kiosk.inventory
                        onAddOther: addSheet.open()
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: root.detail === "camera" && root.kiosk.camera !== null
                    visible: active
                    sourceComponent: DoorCameraPanel {
                        objectName: "kioskCamera"
                        // Nobody at the door: the picture stops (a viewer slot freed, no
                        // encoding), and comes back at the first touch.
                        watching: !dimmer.dimmed
                        camera: root.kiosk.camera
                        photos: root.kiosk.lookInside
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    active: root.detail === "board" && root.kiosk.board !== null
                    visible: active
                    sourceComponent: BoardPanel {
                        objectName: "kioskBoard"
                        board: root.kiosk.board
                    }
                }
            }
            AddSheet {
                id: addSheet
                inventory: root.kiosk.inventory
            }
            AddSheet {
                id: shoppingSheet
                objectName: "shoppingSheet"
                inventory: root.kiosk.shopping
                quick: true
            }
            Connections {
                target: root
                function onAddRequested(what) {
                    if (what === "shopping")
                        shoppingSheet.open();
                    else
                        addSheet.open();
                }
                function onResetRequested() {
                    addSheet.close();
                    shoppingSheet.close();
                }
            }
            Binding {
                target: root
                property: "typing"
                value: (addSheet.opened && addSheet.step === 1) || shoppingSheet.opened
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
        visible: !diagnosticsView.visible
        active: root.paired && root.kiosk.alarm !== null
        sourceComponent: AlarmBanner {
            alarm: root.kiosk.alarm
            onVisibleChanged: if (visible) dimmer.wake()
        }
    }
    /// The support PIN was entered: the door's local diagnostics, self-test run.
    function openDiagnostics() {
        diagnosticsView.visible = true;
        root.diagnostics.refresh();
    }
    DoorDiagnosticsView {
        id: diagnosticsView
        objectName: "doorDiagnostics"
        anchors.fill: parent
        visible: false
        diagnostics: root.diagnostics
        onCloseRequested: visible = false
        onExitRequested: Qt.quit()
    }
    SupportExit {
        id: support
        anchors.fill: parent
        supportPin: root.supportPin
        onExitRequested: root.openDiagnostics()
    }

    /// A sheet that types is open (the keyboard shows even before a field has focus).
    property bool typing: false

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        parent: T.Overlay.overlay
        z: 1000
        width: parent ? parent.width : 0
        // (The support PIN has its own keypad.)
        readonly property bool wanted: keyboard.active || root.typing
        y: parent && keyboard.wanted ? parent.height - keyboard.height : (parent ? parent.height : 0)
        visible: keyboard.wanted
    }
}

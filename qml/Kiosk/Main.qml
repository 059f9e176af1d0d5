// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
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
    property bool darkTheme: true
    property bool fullScreen: true

    /// For self-tests and screenshots: "pairing" or "paired".
    readonly property string currentPage: support.open ? "support"
        : root.kiosk.state === DoorTablet.Paired && root.kiosk.fridge ? "paired" : "pairing"

    /// Self-tests and screenshots: "support" opens the PIN dialog, "add" the add sheet.
    function showPage(name) {
        if (name === "support")
            support.show();
        else if (name === "add")
            root.addRequested();
    }
    signal addRequested()

    Binding {
        target: Theme
        property: "dark"
        value: root.darkTheme
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
        sourceComponent: root.currentPage === "paired" ? paired : pairing
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
            Loader {
                anchors.left: fridgeScreen.right
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                active: root.kiosk.inventory !== null
                sourceComponent: InsidePanel {
                    id: inside
                    objectName: "kioskInside"
                    inventory: root.kiosk.inventory
                    Connections {
                        target: root
                        function onAddRequested() { inside.openAdd(); }
                    }
                    Binding {
                        target: root
                        property: "typing"
                        value: inside.typing
                    }
                }
            }
        }
    }

    IdleDimmer {
        anchors.fill: parent
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

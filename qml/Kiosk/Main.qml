// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
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

    /// Self-tests and screenshots: "support" opens the PIN dialog.
    function showPage(name) {
        if (name === "support")
            support.show();
    }

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
        FridgeScreen {
            objectName: "kioskFridge"
            fridge: root.kiosk.fridge
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
}

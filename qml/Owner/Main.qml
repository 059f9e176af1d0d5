// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Core
import Larder.Theme

// The owner app's window.
ApplicationWindow {
    id: root

    required property FridgeController fridge
    property bool darkTheme: false

    Binding {
        target: Theme
        property: "dark"
        value: root.darkTheme
    }

    width: 390
    height: 844
    minimumWidth: 340
    minimumHeight: 560
    visible: true
    title: qsTr("Larder — %1").arg(root.fridge.displayName)
    color: Theme.background
    font.family: Theme.fontFamily

    FridgeScreen {
        anchors.fill: parent
        fridge: root.fridge
    }
}

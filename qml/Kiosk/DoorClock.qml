// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// The time, large, and the date beside it, in the door's language: what a kitchen glances at.
RowLayout {
    id: root

    property date now: new Date()

    spacing: Theme.spacingM

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }
    Text {
        objectName: "doorClock"
        text: Format.time(root.now)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontHeadline + 8
        font.weight: Font.DemiBold
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("The time is %1").arg(text)
    }
    Text {
        Layout.alignment: Qt.AlignBaseline
        text: Format.language.length >= 0 ? root.now.toLocaleDateString(Qt.locale(), qsTr("dddd d MMMM")) : ""
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLabel
    }
}

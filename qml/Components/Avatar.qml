// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// A round initial for a person (from their name, or their e-mail address without one).
Rectangle {
    id: root

    required property string name

    implicitWidth: 40
    implicitHeight: 40
    radius: width / 2
    color: Theme.surfaceAlt
    border.color: Theme.border
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: root.name.length ? root.name.charAt(0).toUpperCase() : "?"
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLabel
        font.weight: Font.Bold
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// A round initial for a person (from their e-mail address).
Rectangle {
    id: root

    required property string email

    implicitWidth: 40
    implicitHeight: 40
    radius: width / 2
    color: Theme.surfaceAlt
    border.color: Theme.border
    Accessible.ignored: true

    Text {
        anchors.centerIn: parent
        text: root.email.length ? root.email.charAt(0).toUpperCase() : "?"
        color: Theme.accent
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLabel
        font.weight: Font.Bold
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A secondary action shown as accent-coloured text, touch sized.
Button {
    id: root

    property color tone: Theme.accent

    implicitHeight: Theme.touchTarget
    flat: true
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.weight: Font.Medium
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        color: root.enabled ? root.tone : Theme.textMuted
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.pressed ? Theme.surfaceAlt : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: root.tone
    }
}

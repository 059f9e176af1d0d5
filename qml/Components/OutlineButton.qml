// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A secondary action beside a primary one: outlined in the accent, touch sized.
Button {
    id: root

    property color tone: Theme.accent

    implicitHeight: Theme.touchTarget
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLabel
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        color: root.enabled ? root.tone : Theme.textMuted
        font: root.font
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.pressed ? Theme.surfaceAlt : "transparent"
        border.color: root.visualFocus ? root.tone : Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.6)
        border.width: root.visualFocus ? 2 : 1
    }
}

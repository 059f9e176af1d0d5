// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A round, touch-sized button showing one glyph.
AbstractButton {
    id: root

    required property string glyph
    property color tone: Theme.accent

    implicitWidth: Theme.touchTarget + 4
    implicitHeight: Theme.touchTarget + 4
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button

    background: Rectangle {
        radius: width / 2
        color: !root.enabled ? Theme.surfaceAlt
             : root.pressed ? Qt.darker(Theme.surfaceAlt, Theme.dark ? 0.8 : 1.08) : Theme.surfaceAlt
        border.color: root.visualFocus ? root.tone : Theme.border
        border.width: root.visualFocus ? 2 : 1
    }
    contentItem: Text {
        text: root.glyph
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: root.enabled ? root.tone : Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: 26
        font.weight: Font.DemiBold
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A drop-down in the app's colours, touch sized, with a visible focus (the Basic style's grey
// box otherwise, the same in the dark theme).
ComboBox {
    id: root

    implicitHeight: Theme.touchTarget
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    palette.window: Theme.surface
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.windowText: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.light: Theme.surfaceAlt
    palette.midlight: Theme.surfaceAlt
    palette.mid: Theme.border
    palette.dark: Theme.border

    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surfaceAlt
        border.color: root.visualFocus || root.pressed ? Theme.accent : Theme.border
        border.width: root.visualFocus ? 2 : 1
        opacity: root.enabled ? 1 : 0.5
    }
    contentItem: Text {
        leftPadding: Theme.spacingM
        rightPadding: root.indicator.width + Theme.spacingS
        text: root.displayText
        color: root.enabled ? Theme.text : Theme.textMuted
        font: root.font
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
    indicator: Text {
        x: root.width - width - Theme.spacingM
        y: (root.height - height) / 2
        text: "▾"
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontLabel
    }
}

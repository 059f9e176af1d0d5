// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// A label and its value in the case panel, both wrapping. (InfoRow sizes its label from the
// row's own width, which loops the panel's column in its Flickable.)
RowLayout {
    id: root

    required property string label
    required property string value

    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label + ": " + root.value

    Text {
        textFormat: Text.PlainText
        Layout.maximumWidth: 220
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: root.value
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
        horizontalAlignment: Text.AlignRight
    }
}

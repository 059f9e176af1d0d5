// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// One line of what the door knows of itself: a label and its value, both wrapping.
RowLayout {
    id: root

    required property string label
    required property string value

    Layout.fillWidth: true
    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label + ": " + root.value

    Text {
        textFormat: Text.PlainText
        // As wide as a self-test row's chip and name: the values start where its details do.
        Layout.preferredWidth: 88 + 160 + Theme.spacingM
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
    }
}

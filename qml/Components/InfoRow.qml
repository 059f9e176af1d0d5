// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// A label on the left, a value on the right.
RowLayout {
    id: root

    required property string label
    required property string value
    property color valueColor: Theme.text

    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label + ": " + root.value

    Text {
        text: root.label
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Item { Layout.fillWidth: true }
    Text {
        text: root.value
        color: root.valueColor
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
        horizontalAlignment: Text.AlignRight
    }
}

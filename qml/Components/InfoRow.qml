// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// A label on the left, a value on the right; both wrap where the row is narrow (a phone, a
// longer language), the label taking at most half.
RowLayout {
    id: root

    required property string label
    required property string value
    property color valueColor: Theme.text

    spacing: Theme.spacingM
    Accessible.role: Accessible.StaticText
    Accessible.name: root.label + ": " + root.value

    Text {
        Layout.preferredWidth: Math.min(implicitWidth, root.width / 2)
        text: root.label
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Text {
        Layout.fillWidth: true
        text: root.value
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
        color: root.valueColor
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
        horizontalAlignment: Text.AlignRight
    }
}

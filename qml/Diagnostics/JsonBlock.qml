// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// A JSON document as it is, in a fixed-width font on a tinted block, wrapping long lines. Plain
// text, always: the diagnostic screens show what fridges and people wrote, never as markup.
Rectangle {
    id: root

    property string text: ""

    implicitHeight: body.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radius
    color: Theme.surfaceAlt
    Accessible.role: Accessible.StaticText
    Accessible.description: root.text

    Text {
        textFormat: Text.PlainText
        id: body
        // Its width from the block, its height its own: no layout loop.
        x: Theme.spacingM
        y: Theme.spacingM
        width: root.width - 2 * Theme.spacingM
        text: root.text
        wrapMode: Text.WrapAnywhere
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: Theme.fontSmall
    }
}

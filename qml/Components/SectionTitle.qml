// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// The heading of a group of rows on a card.
Text {
    color: Theme.text
    wrapMode: Text.Wrap
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontTitle
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Heading
    Accessible.name: text
}

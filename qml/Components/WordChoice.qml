// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A drop-down over stored words (a unit, a category, a place) that shows each in the reader's
// language: `labelOf` turns a stored word into the words on screen.
ComboBox {
    id: root

    /// The words on screen for a stored word.
    property var labelOf: word => word

    displayText: root.labelOf(root.currentText)
    font.family: Theme.fontFamily
    delegate: ItemDelegate {
        id: choice
        required property string modelData
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        text: root.labelOf(choice.modelData)
        highlighted: root.highlightedIndex === choice.index
        font.family: Theme.fontFamily
        Accessible.name: choice.text
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Core
import Larder.Theme

// A drop-down over stored words — units, categories or places (`kind`) — that shows each in
// the reader's language while the stored word stays the value.
Dropdown {
    id: root

    /// "unit", "category" or "compartment".
    required property string kind

    function label(word) {
        if (root.kind === "unit")
            return IngredientWords.unitLabel(word);
        if (root.kind === "category")
            return IngredientWords.categoryLabel(word);
        return IngredientWords.compartmentLabel(word);
    }

    model: root.kind === "unit" ? IngredientWords.units
         : root.kind === "category" ? IngredientWords.categories : IngredientWords.compartments
    displayText: root.label(root.currentText)
    // The delegates reach `root` through their context.
    // qmllint disable unqualified
    delegate: ItemDelegate {
        id: choice
        required property string modelData
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        text: root.label(choice.modelData)
        highlighted: root.highlightedIndex === choice.index
        font.family: Theme.fontFamily
        Accessible.name: choice.text
    }
}

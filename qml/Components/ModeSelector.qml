// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// The fridge's modes as selectable tiles, bound to the mode control.
ColumnLayout {
    id: root

    required property ShadowControl control
    required property ModeModel modes
    property bool enabledByConnection: true

    spacing: Theme.spacingS

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 520 ? 5 : 3
        columnSpacing: Theme.spacingS
        rowSpacing: Theme.spacingS

        Repeater {
            model: root.modes
            delegate: ModeTile { }
            // The tiles get the control from here (delegates cannot see this file's ids).
            onItemAdded: (index, item) => {
                item.control = Qt.binding(() => root.control);
                item.enabledByConnection = Qt.binding(() => root.enabledByConnection);
            }
        }
    }
    Text {
        Layout.fillWidth: true
        text: root.control.error.length > 0 ? root.control.error : root.descriptionOf(String(root.control.target))
        color: root.control.error.length > 0 ? Theme.danger : Theme.textMuted
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }

    function descriptionOf(key) {
        for (let i = 0; i < root.modes.count; ++i) {
            const index = root.modes.index(i, 0);
            if (root.modes.data(index, ModeModel.KeyRole) === key)
                return root.modes.data(index, ModeModel.DescriptionRole);
        }
        return "";
    }
}

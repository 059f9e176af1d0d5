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
            delegate: AbstractButton {
                id: tile
                required property string key
                required property string label
                required property string symbol
                required property string description
                readonly property bool selected: String(root.control.target) === tile.key
                readonly property bool pendingHere: tile.selected && root.control.pending

                Layout.fillWidth: true
                Layout.preferredWidth: 100 // equal columns, whatever the label
                Layout.minimumWidth: 0
                implicitHeight: 76
                enabled: root.enabledByConnection
                checkable: false
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: qsTr("%1 mode: %2").arg(tile.label).arg(tile.description)
                Accessible.checked: tile.selected
                onClicked: root.control.set(tile.key)

                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: tile.selected ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.22 : 0.1)
                                         : Theme.surfaceAlt
                    border.color: tile.selected || tile.visualFocus ? Theme.accent : "transparent"
                    border.width: 2
                    opacity: tile.enabled ? 1 : 0.5
                    Behavior on color { ColorAnimation { duration: Theme.animationMs } }
                }
                contentItem: ColumnLayout {
                    spacing: 2
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        text: tile.symbol
                        color: tile.selected ? Theme.accent : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: 20
                    }
                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        text: tile.label
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: tile.selected ? Font.DemiBold : Font.Normal
                    }
                    PendingDots {
                        Layout.alignment: Qt.AlignHCenter
                        visible: tile.pendingHere
                    }
                }
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

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Theme

// One choice among a few, as chips side by side that wrap where the row is narrow: the chosen
// one filled. `choices` is [{value, label}] (a `font` for a label in another script).
Flow {
    id: root

    required property var choices
    required property var current
    /// What the choice is about, for a screen reader ("Theme").
    property string title: ""

    signal chosen(var value)

    Layout.fillWidth: true
    spacing: Theme.spacingS

    Repeater {
        model: root.choices
        delegate: Button {
            id: chip
            required property var modelData
            readonly property bool selected: chip.modelData.value === root.current
            implicitHeight: Theme.touchTarget - 8
            checkable: false
            focusPolicy: Qt.StrongFocus
            text: chip.modelData.label
            Accessible.role: Accessible.RadioButton
            Accessible.checkable: true
            Accessible.checked: chip.selected
            Accessible.name: root.title.length ? qsTr("%1: %2").arg(root.title).arg(chip.text) : chip.text
            onClicked: root.chosen(chip.modelData.value)
            contentItem: Text {
                text: chip.text
                color: chip.selected ? Theme.textOnAccent : Theme.text
                font.family: chip.modelData.font ? chip.modelData.font : Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.Medium
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                leftPadding: Theme.spacingM
                rightPadding: Theme.spacingM
            }
            background: Rectangle {
                radius: height / 2
                color: chip.selected ? Theme.accent : Theme.surfaceAlt
                border.color: chip.visualFocus ? Theme.text : chip.selected ? Theme.accent : Theme.border
                border.width: chip.visualFocus ? 2 : 1
            }
        }
    }
}

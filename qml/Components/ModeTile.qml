// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// One mode in the ModeSelector: symbol, name, and a pending indicator while it applies.
AbstractButton {
    id: root

    required property string key
    required property string label
    required property string symbol
    required property string description
    property ShadowControl control: null
    property bool enabledByConnection: false
    readonly property bool selected: root.control !== null && String(root.control.target) === root.key
    readonly property bool pendingHere: root.selected && root.control.pending

    Layout.fillWidth: true
    Layout.preferredWidth: 100 // equal columns, whatever the label
    Layout.minimumWidth: 0
    implicitHeight: 76
    enabled: root.enabledByConnection
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.RadioButton
    Accessible.name: qsTr("%1 mode: %2").arg(root.label).arg(root.description)
    Accessible.checked: root.selected
    onClicked: if (root.control) root.control.set(root.key)

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.selected ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, Theme.dark ? 0.22 : 0.1)
                             : Theme.surfaceAlt
        border.color: root.selected || root.visualFocus ? Theme.accent : "transparent"
        border.width: 2
        opacity: root.enabled ? 1 : 0.5
        Behavior on color { ColorAnimation { duration: Theme.animationMs } }
    }
    contentItem: ColumnLayout {
        spacing: 2
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.symbol
            color: root.selected ? Theme.accent : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: 20
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: root.label
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: root.selected ? Font.DemiBold : Font.Normal
        }
        PendingDots {
            Layout.alignment: Qt.AlignHCenter
            visible: root.pendingHere
        }
    }
}

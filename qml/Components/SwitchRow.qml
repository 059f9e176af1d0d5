// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// A labelled on/off switch bound to a boolean shadow control.
ColumnLayout {
    id: root

    required property ShadowControl control
    required property string label
    property string description: ""
    property bool enabledByConnection: true
    /// False while the device is offline: a pending change waits for it.
    property bool deviceOnline: true

    spacing: Theme.spacingXs

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: root.label
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
                font.weight: Font.Medium
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                PendingDots { visible: root.control.pending }
                Text {
                    Layout.fillWidth: true
                    text: root.control.pending ? root.deviceOnline ? qsTr("Sending to fridge") : qsTr("Waiting for the fridge") : root.description
                    color: root.control.pending ? Theme.accent : Theme.textMuted
                    wrapMode: Text.Wrap
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        ToggleSwitch {
            id: toggle
            enabled: root.enabledByConnection && root.control.hasValue
            checked: root.control.target === true
            Accessible.name: root.label
            onToggled: root.control.set(toggle.checked)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.control.error.length > 0
        text: root.control.error
        color: Theme.danger
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}

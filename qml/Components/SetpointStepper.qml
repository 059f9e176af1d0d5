// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// − value + for a temperature setpoint bound to a shadow control. Shows the target while
// it is pending and the fridge's answer (or refusal) when it comes.
ColumnLayout {
    id: root

    required property ShadowControl control
    required property string label
    required property real minimum
    required property real maximum
    required property real step
    property color tone: Theme.accent
    property bool enabledByConnection: true
    /// False while the device is offline: a pending change waits for it.
    property bool deviceOnline: true

    readonly property real current: root.control.hasValue ? Number(root.control.target) : NaN

    spacing: Theme.spacingS

    function nudge(direction) {
        const base = isNaN(root.current) ? (root.minimum + root.maximum) / 2 : root.current;
        const next = Math.round((base + direction * root.step) / root.step) * root.step;
        root.control.set(Math.min(root.maximum, Math.max(root.minimum, next)));
    }

    Item {
        Layout.fillWidth: true
        implicitHeight: Math.max(lower.implicitHeight, centre.implicitHeight)

        RoundIconButton {
            id: lower
            anchors.left: parent.left
            anchors.verticalCenter: parent.verticalCenter
            glyph: "−"
            tone: root.tone
            enabled: root.enabledByConnection && !isNaN(root.current) && root.current > root.minimum
            Accessible.name: qsTr("Lower %1").arg(root.label)
            onClicked: root.nudge(-1)
        }
        ColumnLayout {
            id: centre
            anchors.centerIn: parent
            spacing: 0
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: Format.temperature(root.current, root.step < 1 || Format.unit === "F" ? 1 : 0)
                color: root.control.pending ? root.tone : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                font.weight: Font.DemiBold
                Accessible.name: qsTr("%1 target %2").arg(root.label).arg(text)
            }
            Item {
                Layout.alignment: Qt.AlignHCenter
                implicitHeight: 18
                implicitWidth: Math.max(pendingRow.implicitWidth, setText.implicitWidth)
                RowLayout {
                    id: pendingRow
                    anchors.centerIn: parent
                    visible: root.control.pending
                    spacing: Theme.spacingS
                    PendingDots { tone: root.tone }
                    Text {
                        text: root.deviceOnline ? qsTr("Sending to fridge") : qsTr("Waiting for the fridge")
                        color: root.tone
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontCaption
                    }
                }
                Text {
                    id: setText
                    anchors.centerIn: parent
                    visible: !root.control.pending
                    text: qsTr("Target")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
        RoundIconButton {
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            glyph: "+"
            tone: root.tone
            enabled: root.enabledByConnection && !isNaN(root.current) && root.current < root.maximum
            Accessible.name: qsTr("Raise %1").arg(root.label)
            onClicked: root.nudge(1)
        }
    }
    Text {
        Layout.fillWidth: true
        visible: root.control.error.length > 0
        text: root.control.error
        color: Theme.danger
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// One compartment: its measured temperature, big, and its setpoint stepper.
Card {
    id: root

    required property string title
    required property real temperature
    required property ShadowControl control
    required property real minimum
    required property real maximum
    required property real step
    required property color tone
    required property bool canWrite
    property bool fridgeOnline: true

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: root.tone
            }
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                text: root.fridgeOnline ? qsTr("Now") : qsTr("Last known")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: isNaN(root.temperature) ? "–" : root.temperature.toLocaleString(Qt.locale(), "f", 1) + "°"
            color: root.tone
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontDisplay
            font.weight: Font.Light
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1 temperature %2 degrees").arg(root.title).arg(text)
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 1
            color: Theme.border
        }
        SetpointStepper {
            Layout.fillWidth: true
            control: root.control
            label: qsTr("%1 temperature").arg(root.title)
            minimum: root.minimum
            maximum: root.maximum
            step: root.step
            tone: root.tone
            enabledByConnection: root.canWrite
            deviceOnline: root.fridgeOnline
        }
    }
}

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Theme

// One command a fridge can carry out: what it does, its length to choose where it has one,
// and Send.
Card {
    id: root

    required property string title
    required property string detail
    /// The lengths to choose from (none: the command has no length).
    property var choices: []
    property int chosen: 0
    property string unit: ""

    signal choose(int value)
    signal send()

    padding: Theme.spacingM
    Accessible.name: root.title

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: root.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    text: root.detail
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            OutlineButton {
                objectName: "sendCommand"
                text: qsTr("Send")
                enabled: root.enabled
                Accessible.name: qsTr("Send %1").arg(root.title)
                onClicked: root.send()
            }
        }
        Flow {
            Layout.fillWidth: true
            visible: root.choices.length > 0
            spacing: Theme.spacingS
            Repeater {
                model: root.choices
                delegate: Button {
                    id: choice
                    required property int modelData
                    readonly property bool current: choice.modelData === root.chosen
                    implicitHeight: 36
                    text: "%1 %2".arg(choice.modelData).arg(root.unit)
                    Accessible.name: choice.text
                    onClicked: root.choose(choice.modelData)
                    contentItem: Text {
                        text: choice.text
                        color: choice.current ? Theme.textOnAccent : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.Medium
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        leftPadding: Theme.spacingS
                        rightPadding: Theme.spacingS
                    }
                    background: Rectangle {
                        radius: height / 2
                        color: choice.current ? Theme.accent : Theme.surfaceAlt
                        border.color: choice.visualFocus ? Theme.text : choice.current ? Theme.accent : Theme.border
                        border.width: choice.visualFocus ? 2 : 1
                    }
                }
            }
        }
    }
}

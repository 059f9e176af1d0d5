// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Commands to the fridge on screen: what its model can do, each a tap away (quick-freeze and
// snooze with their length), and every command sent, live — waiting for the fridge, its steps
// as it reports them, then what it did or why it could not.
ScrollPage {
    id: root

    required property Commands commands
    required property string fridgeName

    pageName: "commands"
    ready: !root.commands.loading
    title: qsTr("Commands · %1").arg(root.fridgeName)

    /// What this fridge's model can do (a map: qmllint cannot know its keys).
    readonly property var can: root.commands.can
    property int freezeHours: 6
    property int snoozeMinutes: 30

    Banner {
        Layout.fillWidth: true
        visible: root.commands.error.length > 0
        kind: "danger"
        text: root.commands.error
    }
    CommandTile {
        objectName: "quickFreezeTile"
        Layout.fillWidth: true
        visible: root.can.quickFreeze === true
        title: qsTr("Super freeze for a few hours")
        detail: qsTr("The freezer at full power, then back to normal. For fresh shopping or a big batch.")
        choices: [2, 6, 12, 24]
        chosen: root.freezeHours
        unit: qsTr("h")
        enabled: !root.commands.busy
        onChoose: value => root.freezeHours = value
        onSend: root.commands.send("quickFreeze", {hours: root.freezeHours})
    }
    CommandTile {
        objectName: "defrostTile"
        Layout.fillWidth: true
        visible: root.can.defrost === true
        title: qsTr("Defrost cycle")
        detail: qsTr("Melts the frost in the freezer in about 20 minutes. Keep the door closed.")
        enabled: !root.commands.busy
        onSend: root.commands.send("defrost", {})
    }
    CommandTile {
        Layout.fillWidth: true
        visible: root.can.resetWaterFilter === true
        title: qsTr("New water filter")
        detail: qsTr("Starts the filter's counter again after you changed it.")
        enabled: !root.commands.busy
        onSend: root.commands.send("resetWaterFilter", {})
    }
    CommandTile {
        Layout.fillWidth: true
        visible: root.can.snoozeAlarms === true
        title: qsTr("Silence the fridge's alarm")
        detail: qsTr("Its beeper stays quiet while you clean or restock.")
        choices: [15, 30, 60]
        chosen: root.snoozeMinutes
        unit: qsTr("min")
        enabled: !root.commands.busy
        onChoose: value => root.snoozeMinutes = value
        onSend: root.commands.send("snoozeAlarms", {minutes: root.snoozeMinutes})
    }
    SectionTitle {
        Layout.topMargin: Theme.spacingM
        visible: sent.count > 0
        text: qsTr("Sent")
    }

    Repeater {
        id: sent
        model: root.commands.list
        delegate: Card {
            id: card
            required property string commandId
            required property string title
            required property string phase
            required property string stateText
            required property int progress
            required property date createdAt
            objectName: "commandCard"
            Layout.fillWidth: true
            padding: Theme.spacingM
            Accessible.name: qsTr("%1: %2").arg(card.title).arg(card.stateText)

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingXs
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Label {
                        Layout.fillWidth: true
                        text: card.title
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    StatusChip {
                        text: card.phase === "waiting" ? qsTr("Waiting")
                              : card.phase === "running" ? qsTr("Running")
                              : card.phase === "done" ? qsTr("Done") : qsTr("Not done")
                        tone: card.phase === "done" ? Theme.success
                              : card.phase === "failed" ? Theme.danger
                              : card.phase === "running" ? Theme.accent : Theme.textMuted
                        busy: card.phase === "waiting" || card.phase === "running"
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: card.stateText
                    wrapMode: Text.Wrap
                    color: card.phase === "failed" ? Theme.danger : Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: card.phase === "running" && card.progress >= 0
                    from: 0
                    to: 100
                    value: card.progress
                    Accessible.name: qsTr("%1 % done").arg(card.progress)
                    background: Rectangle {
                        implicitHeight: 6
                        radius: 3
                        color: Theme.surfaceAlt
                    }
                    contentItem: Item {
                        implicitHeight: 6
                        Rectangle {
                            width: Math.max(0, card.progress) / 100 * parent.width
                            height: parent.height
                            radius: 3
                            color: Theme.accent
                        }
                    }
                }
                Label {
                    text: Format.dateTime(card.createdAt)
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }
}

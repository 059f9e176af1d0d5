// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// What notifies this person: which alerts (only urgent ones, also warnings, also reminders such
// as what to use up), and quiet hours — a span of the night in which warnings (a door left open,
// a fridge gone silent) make no notification; a warm fridge or freezer always does.
Card {
    id: root

    required property Alerts alerts

    readonly property var hours: {
        const list = [];
        for (let h = 0; h < 24; ++h)
            list.push((h < 10 ? "0" : "") + h + ":00");
        return list;
    }
    readonly property bool on: root.alerts.quietHours.length > 0

    Accessible.name: qsTr("Quiet hours")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        SectionTitle {
            Layout.fillWidth: true
            text: qsTr("Notify me about")
        }
        ChoiceChips {
            objectName: "alertLevelChoice"
            title: qsTr("Notify me about")
            choices: [{value: "error", label: qsTr("Only what is urgent")},
                      {value: "warning", label: qsTr("Urgent things and warnings")},
                      {value: "info", label: qsTr("Everything, with reminders")}]
            current: root.alerts.alertLevel
            onChosen: value => root.alerts.setAlertLevel(value)
        }
        Text {
            Layout.fillWidth: true
            text: root.alerts.alertLevel === "error"
                  ? qsTr("A warm fridge or freezer notifies you. An open door or a fridge gone quiet only shows in Alerts.")
                  : root.alerts.alertLevel === "info"
                  ? qsTr("A warm fridge, an open door or a fridge gone quiet notifies you, and each morning a note of what to use up by tomorrow.")
                  : qsTr("A warm fridge, an open door or a fridge gone quiet notifies you.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                SectionTitle {
                    Layout.fillWidth: true
                    text: qsTr("Quiet hours")
                }
                Text {
                    Layout.fillWidth: true
                    text: root.on ? qsTr("No notifications for warnings %1. A warm fridge or freezer always notifies.").arg(root.alerts.quietHours)
                                  : qsTr("Every alert notifies you, day and night.")
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            ToggleSwitch {
                objectName: "quietHoursSwitch"
                checked: root.on
                Accessible.name: qsTr("Quiet hours")
                onToggled: checked ? root.alerts.setQuietHours(from.currentText, to.currentText)
                                   : root.alerts.setQuietHours("", "")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                text: qsTr("From")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Dropdown {
                id: from
                Layout.fillWidth: true
                model: root.hours
                currentIndex: root.on ? Math.max(0, root.hours.indexOf(root.alerts.quietHours.slice(0, 5))) : 22
                Accessible.name: qsTr("Quiet from")
                onActivated: if (root.on) root.alerts.setQuietHours(from.currentText, to.currentText)
            }
            Text {
                text: qsTr("to")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Dropdown {
                id: to
                Layout.fillWidth: true
                model: root.hours
                currentIndex: root.on ? Math.max(0, root.hours.indexOf(root.alerts.quietHours.slice(-5))) : 7
                Accessible.name: qsTr("Quiet until")
                onActivated: if (root.on) root.alerts.setQuietHours(from.currentText, to.currentText)
            }
        }
        Banner {
            Layout.fillWidth: true
            visible: root.alerts.error.length > 0
            kind: "danger"
            text: root.alerts.error
        }
    }
}

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// One fridge's history: every alert raised and every all-clear, newest first, live.
ScrollPage {
    id: root

    required property Alerts alerts
    required property string fridgeName

    pageName: "history"
    title: qsTr("History · %1").arg(root.fridgeName)

    Repeater {
        id: events
        model: root.alerts.history
        delegate: RowLayout {
            id: event
            required property string type
            required property string message
            required property bool raised
            required property bool ack
            required property bool suppressed
            required property date createdAt
            objectName: "historyEvent"
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Accessible.name: qsTr("%1, %2").arg(event.message)
                             .arg(Format.dateTime(event.createdAt))
            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 6
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: !event.raised ? Theme.success
                       : event.type === "error" ? Theme.danger : Theme.warning
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: event.message
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: event.raised ? Font.DemiBold : Font.Normal
                }
                Text {
                    Layout.fillWidth: true
                    text: Format.dateTime(event.createdAt)
                          + (event.suppressed ? qsTr(" · suppressed")
                             : event.ack ? qsTr(" · acknowledged") : "")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: events.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Nothing has happened to this fridge yet.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
}

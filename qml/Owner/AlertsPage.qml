// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The alerts of every fridge in the family, newest first and live: which fridge, what
// happened and when, whether it still holds; Acknowledge takes it off everyone's count,
// dismiss for everyone too (suppress: for an alert nobody needs to act on); History shows the fridge's events.
Item {
    id: root

    required property Alerts alerts

    readonly property string pageName: "alerts"
    readonly property bool ready: !root.alerts.loading

    /// False where the page is one of the main places (no back button).
    property bool canGoBack: true

    signal back()
    signal openHistory(string deviceId, string name)

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.alerts.unread > 0 ? qsTr("Alerts · %1 new").arg(root.alerts.unread) : qsTr("Alerts")
        canGoBack: root.canGoBack
        onBack: root.back()
    }

    Banner {
        id: problem
        anchors.top: header.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: list.width
        visible: root.alerts.error.length > 0
        kind: "danger"
        text: root.alerts.error
    }

    ListView {
        id: list
        objectName: "alertList"
        anchors.top: problem.visible ? problem.bottom : header.bottom
        anchors.topMargin: Theme.spacingS
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        clip: true
        spacing: Theme.spacingS
        model: root.alerts.list

        delegate: Card {
            id: card
            required property string alertId
            required property string deviceId
            required property string deviceName
            required property string type
            required property string message
            required property bool open
            required property bool ack
            required property bool suppressed
            required property date createdAt
            objectName: "alertCard"
            width: ListView.view.width
            padding: Theme.spacingM
            Accessible.name: qsTr("%1: %2").arg(card.deviceName).arg(card.message)

            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacingXs
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    StatusChip {
                        text: card.open ? (card.type === "error" ? qsTr("Now · serious")
                                           : card.type === "diagnostic" ? qsTr("Now · fault")
                                           : qsTr("Now"))
                                        : qsTr("Over")
                        tone: card.open ? (card.type === "error" ? Theme.danger : Theme.warning)
                                        : Theme.textMuted
                    }
                    Label {
                        Layout.fillWidth: true
                        text: card.deviceName + " · "
                              + Format.dateTime(card.createdAt)
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: card.message
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                    font.weight: card.ack || card.suppressed ? Font.Normal : Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    visible: card.suppressed || card.ack
                    text: card.suppressed ? qsTr("Dismissed") : card.ack ? qsTr("Acknowledged") : ""
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                // Acknowledge first: the main action sits at the right end.
                ButtonRow {
                    TextButton {
                        visible: !card.ack && !card.suppressed
                        text: qsTr("Acknowledge")
                        Accessible.name: qsTr("Acknowledge this alert for the family")
                        onClicked: root.alerts.acknowledge(card.alertId)
                    }
                    TextButton {
                        text: card.suppressed ? qsTr("Restore") : qsTr("Dismiss for everyone")
                        Accessible.name: card.suppressed ? qsTr("Count this alert again")
                                                         : qsTr("Dismiss this alert for the whole family")
                        onClicked: root.alerts.suppress(card.alertId, !card.suppressed)
                    }
                    TextButton {
                        text: qsTr("History")
                        Accessible.name: qsTr("History of %1").arg(card.deviceName)
                        onClicked: root.openHistory(card.deviceId, card.deviceName)
                    }
                }
            }
        }

        Label {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0 && !root.alerts.loading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("No alerts. Larder tells you here, and on the fridge's door, when a door is left open, a compartment warms up or a fridge goes silent.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    FocusFollower {
        flickable: list
    }
}

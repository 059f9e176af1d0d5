// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The door's local diagnostics, behind the support PIN: a self-test of the certificate, the
// broker (with its round trip), the connection, the pairing and the fridge; what the door
// knows of itself; the last messages it heard and the tail of its log; and "Send a report to
// support", which answers with the case code to read to the agent. Over everything, with a
// large way back to the door and the way out of the kiosk.
Rectangle {
    id: root

    required property DoorDiagnostics diagnostics

    signal closeRequested()
    signal exitRequested()

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Local diagnostics")

    // Touches stay here: nothing under it reacts.
    MouseArea {
        anchors.fill: parent
    }

    Flickable {
        id: scroll
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }
        ColumnLayout {
            id: column
            width: scroll.width
            spacing: Theme.spacingM
            RowLayout {
                Layout.fillWidth: true
                Layout.rightMargin: 96
                spacing: Theme.spacingM
                KioskTile {
                    objectName: "diagnosticsBack"
                    implicitWidth: 180
                    minimumHeight: 60
                    text: qsTr("‹ Back")
                    Accessible.name: qsTr("Back to the door")
                    onClicked: root.closeRequested()
                }
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: qsTr("Local diagnostics")
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }
            // The report to support first: it is why someone entered the PIN.
            Card {
                Layout.fillWidth: true
                contentHeight: report.implicitHeight
                ColumnLayout {
                    id: report
                    width: parent.width
                    spacing: Theme.spacingS
                    SectionTitle {
                        Layout.fillWidth: true
                        text: qsTr("Send a report to support")
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("The door sends what it knows of itself and the fridge — never the family's lists, photos or messages — and opens a support case for a day. Read the case code to the agent.")
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    KioskTile {
                        objectName: "sendReport"
                        Layout.fillWidth: true
                        minimumHeight: 64
                        primary: true
                        enabled: !root.diagnostics.sending
                        text: root.diagnostics.sending ? qsTr("Sending…") : qsTr("Send the report")
                        onClicked: root.diagnostics.sendReport()
                    }
                    Banner {
                        Layout.fillWidth: true
                        visible: root.diagnostics.sendError.length > 0
                        kind: "danger"
                        text: root.diagnostics.sendError
                    }
                    Text {
                        textFormat: Text.PlainText
                        objectName: "caseCode"
                        Layout.fillWidth: true
                        visible: root.diagnostics.sent
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        text: root.diagnostics.caseCode.length > 0
                              ? qsTr("Sent. Case code: %1").arg(root.diagnostics.caseCode)
                              : qsTr("Sent. This fridge has a support case open already: the report is with it.")
                        color: Theme.success
                        font.family: Theme.fontFamily
                        font.pixelSize: root.diagnostics.caseCode.length > 0 ? Theme.fontHeadline : Theme.fontBody
                        font.weight: Font.DemiBold
                        Accessible.name: text
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Self-test")
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.diagnostics.checks.length === 0
                text: root.diagnostics.checking ? qsTr("Checking…") : qsTr("Not run yet.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            // A positioner, not the layout: the rows are made anew when the list changes, which a
            // layout must not meet mid-arrangement (Qt 6.4).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    model: root.diagnostics.checks
                    delegate: RowLayout {
                        id: checkRow
                        required property var modelData
                        objectName: "selfTestRow"
                        width: parent ? parent.width : 0
                        spacing: Theme.spacingM
                        Accessible.role: Accessible.StaticText
                        Accessible.name: (checkRow.modelData.ok ? qsTr("Passed") : qsTr("Failed")) + ": "
                                         + checkRow.modelData.name + ", " + checkRow.modelData.detail
                        StatusChip {
                            Layout.preferredWidth: 88
                            text: checkRow.modelData.ok ? qsTr("OK") : qsTr("Fails")
                            tone: checkRow.modelData.ok ? Theme.success : Theme.danger
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.preferredWidth: 160
                            text: checkRow.modelData.name
                            wrapMode: Text.Wrap
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                            font.weight: Font.Medium
                        }
                        Text {
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                            text: checkRow.modelData.detail
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                    }
                }
            }
            KioskTile {
                objectName: "runSelfTest"
                Layout.fillWidth: true
                minimumHeight: 56
                enabled: !root.diagnostics.checking
                text: qsTr("Run the self-test again")
                onClicked: root.diagnostics.refresh()
            }
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("This door")
            }
            DoorInfoRow {
                label: qsTr("Fridge")
                value: root.diagnostics.thing.length > 0 ? root.diagnostics.thing : qsTr("Not paired")
            }
            DoorInfoRow {
                label: qsTr("Broker")
                value: root.diagnostics.brokerRttMs >= 0
                       ? qsTr("%1 · %2 ms").arg(root.diagnostics.broker).arg(root.diagnostics.brokerRttMs)
                       : root.diagnostics.broker
            }
            DoorInfoRow {
                label: qsTr("Certificate")
                value: root.diagnostics.certificateExpires > 0
                       ? qsTr("%1 · until %2").arg(root.diagnostics.certificateSubject)
                             .arg(Format.date(new Date(root.diagnostics.certificateExpires)))
                       : qsTr("None")
            }
            DoorInfoRow {
                label: qsTr("Shadow version")
                value: root.diagnostics.shadowVersion > 0 ? String(root.diagnostics.shadowVersion) : qsTr("None yet")
            }
            DoorInfoRow {
                label: qsTr("Fridge firmware")
                value: root.diagnostics.firmware.length > 0 ? root.diagnostics.firmware : qsTr("Unknown")
            }
            DoorInfoRow {
                label: qsTr("App version")
                value: root.diagnostics.appVersion
            }
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Last messages")
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.diagnostics.lastMessages.length === 0
                text: qsTr("None heard since the door started.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Column {
                Layout.fillWidth: true
                Repeater {
                    model: root.diagnostics.lastMessages
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property var modelData
                        width: parent ? parent.width : 0
                        wrapMode: Text.WrapAnywhere
                        text: Format.time(new Date(modelData.at)) + "  " + modelData.topic + "  "
                              + qsTr("%1 bytes").arg(modelData.bytes)
                        color: Theme.text
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Log")
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: log.implicitHeight + 2 * Theme.spacingS
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: Theme.border
                Text {
                    textFormat: Text.PlainText
                    id: log
                    objectName: "doorLog"
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    text: root.diagnostics.logTail.length > 0 ? root.diagnostics.logTail : qsTr("Empty.")
                    wrapMode: Text.WrapAnywhere
                    color: Theme.text
                    font.family: "monospace"
                    font.pixelSize: Theme.fontSmall
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("The log's last lines")
                }
            }
            KioskTile {
                objectName: "leaveKiosk"
                Layout.fillWidth: true
                minimumHeight: 56
                tone: Theme.danger
                text: qsTr("Leave kiosk")
                onClicked: root.exitRequested()
            }
        }
    }
    FocusFollower {
        flickable: scroll
    }
}

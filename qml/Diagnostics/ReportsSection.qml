// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The case's diagnostic reports: ask the fridge for one (it comes when the fridge is online),
// follow it until it arrives, open it — checked against the SHA-256 the fridge sent — and read
// it. Asking and opening are on the family's record.
ColumnLayout {
    id: root

    required property SupportCase supportCase
    readonly property DiagnosticReport report: root.supportCase.report

    spacing: Theme.spacingS

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Diagnostic reports")
    }
    OutlineButton {
        objectName: "askReport"
        Layout.fillWidth: true
        text: qsTr("Ask the fridge for a report")
        onClicked: root.supportCase.askForReport()
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.supportCase.reports.count === 0
        wrapMode: Text.Wrap
        text: qsTr("No report asked for yet. The fridge sends its state, faults, connection and the tail of its log.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    // A positioner, not the layout: rows made anew as the list changes must not meet
    // a layout mid-arrangement (Qt 6.4).
    Column {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Repeater {
            model: root.supportCase.reports
            delegate: RowLayout {
                id: row
                required property string reportId
                required property string source
                required property double at
                required property string status
                required property string detail
                width: parent ? parent.width : 0
                spacing: Theme.spacingS
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: Format.dateTime(new Date(row.at)) + " · "
                          + (row.source === "door" ? qsTr("From the door") + " · " : "")
                          + (row.status === "success" ? qsTr("Arrived")
                             : row.status === "failed" ? qsTr("Not sent")
                             : qsTr("Waiting for the fridge"))
                          + (row.detail.length > 0 ? " · " + row.detail : "")
                    color: row.status === "failed" ? Theme.danger : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                OutlineButton {
                    objectName: "openReport"
                    visible: row.status === "success"
                    text: qsTr("Open")
                    Accessible.name: qsTr("Open the report of %1").arg(Format.dateTime(new Date(row.at)))
                    onClicked: root.supportCase.openReport(row.reportId)
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: root.report.busy
        text: qsTr("Fetching the report…")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Banner {
        Layout.fillWidth: true
        visible: root.report.error.length > 0
        kind: "danger"
        text: root.report.error
    }
    Text {
        textFormat: Text.PlainText
        objectName: "reportVerified"
        Layout.fillWidth: true
        visible: root.report.text.length > 0
        wrapMode: Text.WrapAnywhere
        text: qsTr("Checked: %1 bytes, SHA-256 %2").arg(root.report.size).arg(root.report.sha256)
        color: Theme.success
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    JsonBlock {
        objectName: "reportText"
        Layout.fillWidth: true
        visible: root.report.text.length > 0
        text: root.report.text
        Accessible.name: qsTr("The diagnostic report")
    }
}

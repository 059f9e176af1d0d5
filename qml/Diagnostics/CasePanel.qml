// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The case: the code the family's owner reads out opens one fridge for as long as they chose;
// then its shadow as the cloud keeps it, its changes as they happen, its certificates, door
// tablet, events and commands. Every look is on the family's record.
Card {
    id: root

    required property SupportCase supportCase

    readonly property bool open: root.supportCase.thing.length > 0

    // A Flickable, not a ScrollView: the column's width never waits on the scroll bar's.
    Flickable {
        id: scroll
        anchors.fill: parent
        contentHeight: column.implicitHeight
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }
        ColumnLayout {
            id: column
            width: scroll.width
            spacing: Theme.spacingM

            SectionTitle {
                Layout.fillWidth: true
                text: root.open ? qsTr("Case · %1").arg(root.supportCase.thing) : qsTr("Open a case")
            }
            Banner {
                Layout.fillWidth: true
                visible: root.supportCase.error.length > 0
                kind: "danger"
                text: root.supportCase.error
            }
            // No case: the code, and the cases the agent holds.
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.open
                wrapMode: Text.Wrap
                text: qsTr("A family lets you look at one fridge from its owner's app. Ask the owner for the case code shown there.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !root.open
                spacing: Theme.spacingS
                FormField {
                    id: code
                    objectName: "caseCodeField"
                    Layout.fillWidth: true
                    Layout.minimumWidth: 0
                    label: qsTr("Case code")
                    placeholder: "ABC-234"
                    maximumLength: 16
                    onAccepted: root.supportCase.open(code.text)
                }
                PrimaryButton {
                    objectName: "openCase"
                    Layout.alignment: Qt.AlignBottom
                    text: qsTr("Open")
                    busy: root.supportCase.busy
                    enabled: code.text.trim().length >= 6
                    onClicked: root.supportCase.open(code.text)
                }
            }
            // A positioner, not the layout: rows made anew as the list changes must not meet
            // a layout mid-arrangement (Qt 6.4).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.open ? [] : root.supportCase.cases
                    delegate: LinkRow {
                        required property string thingName
                        required property double expiresAt
                        width: parent ? parent.width : 0
                        iconName: "fridge"
                        text: thingName
                        detail: qsTr("Until %1").arg(Format.dateTime(new Date(expiresAt)))
                        onClicked: root.supportCase.resume(thingName)
                    }
                }
            }
            // The case.
            CaseRow {
                Layout.fillWidth: true
                visible: root.open
                label: qsTr("Consent until")
                value: Format.dateTime(new Date(root.supportCase.expiresAt))
            }
            CaseRow {
                Layout.fillWidth: true
                visible: root.open
                label: qsTr("Changes allowed")
                value: root.supportCase.allowWrites ? qsTr("Yes") : qsTr("No, look only")
            }
            CaseRow {
                Layout.fillWidth: true
                visible: root.open
                label: qsTr("Door tablet")
                value: root.supportCase.tabletPaired ? qsTr("Paired") : qsTr("Not paired")
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.open
                spacing: Theme.spacingS
                OutlineButton {
                    objectName: "reloadCase"
                    Layout.fillWidth: true
                    text: qsTr("Read again")
                    onClicked: root.supportCase.reload()
                }
                OutlineButton {
                    objectName: "closeCase"
                    Layout.fillWidth: true
                    text: qsTr("Close the case")
                    onClicked: root.supportCase.close()
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Shadow · version %1").arg(root.supportCase.version)
            }
            JsonBlock {
                objectName: "shadowText"
                Layout.fillWidth: true
                visible: root.open
                text: root.supportCase.shadowText
                Accessible.name: qsTr("The shadow's state")
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Live changes")
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: root.open && root.supportCase.changes.count === 0
                wrapMode: Text.Wrap
                text: qsTr("Waiting for the fridge to report…")
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
                    model: root.open ? root.supportCase.changes : []
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property double at
                        required property string change
                        objectName: "liveChange"
                        width: parent ? parent.width : 0
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        text: Format.time(new Date(at)) + "  " + change
                        color: Theme.text
                        font.family: "monospace"
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            ActionsSection {
                Layout.fillWidth: true
                visible: root.open
                supportCase: root.supportCase
            }
            ReportsSection {
                Layout.fillWidth: true
                visible: root.open
                supportCase: root.supportCase
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Certificates")
            }
            // A positioner, not the layout: rows made anew as the list changes must not meet
            // a layout mid-arrangement (Qt 6.4).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.open ? root.supportCase.certificates : []
                    delegate: CaseRow {
                        required property string role
                        required property string status
                        required property double createdAt
                        required property double expiresAt
                        width: parent ? parent.width : 0
                        label: role
                        value: expiresAt > 0
                               ? qsTr("%1, since %2, expires %3").arg(status)
                                     .arg(Format.date(new Date(createdAt)))
                                     .arg(Format.date(new Date(expiresAt)))
                               : qsTr("%1, since %2").arg(status)
                                     .arg(Format.date(new Date(createdAt)))
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Connections and shadow versions")
            }
            // A positioner, not the layout: rows made anew as the list changes must not meet
            // a layout mid-arrangement (Qt 6.4).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.open ? root.supportCase.timeline : []
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property double at
                        required property string kind
                        required property int version
                        required property string detail
                        objectName: "timelineEntry"
                        width: parent ? parent.width : 0
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        text: Format.dateTime(new Date(at)) + " · "
                              + (kind === "connected" ? qsTr("Connected")
                                 : kind === "disconnected" ? qsTr("Went offline")
                                 : qsTr("Version %1: %2").arg(version).arg(detail))
                        color: kind === "disconnected" ? Theme.warning : Theme.text
                        font.family: kind === "shadow" ? "monospace" : Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Events and commands")
            }
            // A positioner, not the layout: rows made anew as the list changes must not meet
            // a layout mid-arrangement (Qt 6.4).
            Column {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Repeater {
                    model: root.open ? root.supportCase.events : []
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property double at
                        required property string type
                        required property string message
                        width: parent ? parent.width : 0
                        wrapMode: Text.Wrap
                        text: Format.dateTime(new Date(at)) + " · " + message
                        color: type === "error" ? Theme.danger
                             : type === "diagnostic" ? Theme.warning : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
            SectionTitle {
                Layout.fillWidth: true
                visible: root.open
                text: qsTr("Metadata")
            }
            JsonBlock {
                Layout.fillWidth: true
                visible: root.open
                text: root.supportCase.metadataText
                Accessible.name: qsTr("The shadow's metadata")
            }
        }
    }
    FocusFollower {
        flickable: scroll
    }
}

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Letting Larder's support look at the fridge on screen: the family's owner chooses for how
// long and reads the case code to the agent; everyone in the family sees whether support may
// look now, until when, and every look on the record. The owner ends it at any time.
ScrollPage {
    id: root

    required property SupportAccess access
    required property string fridgeName

    pageName: "supportaccess"
    ready: !root.loading
    title: qsTr("Support access · %1").arg(root.fridgeName)

    property int hours: 24
    // What is shown, read once: the access object goes when another fridge is chosen, and a
    // page on its way out must not read a gone object.
    readonly property bool loading: root.access ? root.access.loading : false
    readonly property string error: root.access ? root.access.error : ""
    readonly property bool active: root.access ? root.access.active : false
    readonly property bool claimed: root.access ? root.access.claimed : false
    readonly property real expiresAt: root.access ? root.access.expiresAt : 0
    readonly property string caseCode: root.access ? root.access.caseCode : ""
    readonly property bool mayGrant: root.access ? root.access.mayGrant : false
    readonly property bool busy: root.access ? root.access.busy : false
    readonly property RecordsModel audit: root.access ? root.access.audit : null

    Banner {
        Layout.fillWidth: true
        visible: root.error.length > 0
        kind: "danger"
        text: root.error
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("When you call Larder support, they can look at this fridge's settings, readings, certificates, events and commands, and ask it for a diagnostic report, while they help you — only if you let them, only for as long as you choose. They never see your family, your lists, photos or messages.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacingM
            Text {
                textFormat: Text.PlainText
                objectName: "supportState"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: !root.active
                      ? qsTr("Support cannot look at this fridge.")
                      : root.claimed
                        ? qsTr("Support is looking, until %1.").arg(Format.dateTime(new Date(root.expiresAt)))
                        : qsTr("Support may look until %1, once they have the case code.").arg(Format.dateTime(new Date(root.expiresAt)))
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.caseCode.length > 0
                spacing: Theme.spacingXs
                Text {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Read this case code to the agent:")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "caseCode"
                    Layout.fillWidth: true
                    text: root.caseCode
                    color: Theme.accent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.Bold
                    font.letterSpacing: 4
                    Accessible.name: qsTr("Case code %1").arg(root.caseCode.split("").join(" "))
                }
            }
            ChoiceChips {
                visible: root.mayGrant && !root.active
                title: qsTr("For how long")
                current: root.hours
                choices: [{value: 1, label: qsTr("1 hour")}, {value: 24, label: qsTr("1 day")},
                          {value: 168, label: qsTr("7 days")}]
                onChosen: value => root.hours = value
            }
            PrimaryButton {
                objectName: "grantSupport"
                Layout.fillWidth: true
                visible: root.mayGrant && !root.active
                enabled: !root.busy
                busy: root.busy
                text: qsTr("Let support look")
                onClicked: if (root.access) root.access.grant(root.hours)
            }
            OutlineButton {
                objectName: "endSupport"
                Layout.fillWidth: true
                visible: root.mayGrant && root.active
                enabled: !root.busy
                tone: Theme.danger
                text: qsTr("End support's access now")
                onClicked: if (root.access) root.access.end()
            }
            Text {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                visible: !root.mayGrant
                wrapMode: Text.Wrap
                text: qsTr("Only the family's owner can let support look.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
    SectionTitle {
        Layout.topMargin: Theme.spacingM
        text: qsTr("On the record")
    }
    // A positioner, not the layout: rows made anew as the trail changes must not meet a layout
    // mid-arrangement (Qt 6.4).
    Column {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Repeater {
            id: trail
            model: root.audit
            delegate: RowLayout {
                id: entry
                required property double at
                required property string sentence
                required property bool bySupport
                objectName: "supportAuditEntry"
                width: parent ? parent.width : 0
                spacing: Theme.spacingM
                Accessible.name: qsTr("%1, %2").arg(entry.sentence)
                                 .arg(Format.dateTime(new Date(entry.at)))
                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 6
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 5
                    color: entry.bySupport ? Theme.accent : Theme.textMuted
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: entry.sentence
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: Format.dateTime(new Date(entry.at))
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: trail.count === 0
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        text: qsTr("Support has never looked at this fridge.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
}

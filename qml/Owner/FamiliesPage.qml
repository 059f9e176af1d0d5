// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The user's families (home, holiday house…): open one, join another, or start a new one.
ScrollPage {
    id: root

    required property FamiliesModel families
    property bool creating: false

    signal openFamily(string familyId)
    signal openJoin()

    pageName: "families"
    title: qsTr("Your families")
    ready: root.families.loaded

    Banner {
        Layout.fillWidth: true
        visible: root.families.error.length > 0
        kind: "danger"
        text: root.families.error
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        visible: !root.families.loaded
        running: visible
    }
    Text {
        Layout.fillWidth: true
        visible: root.families.loaded && root.families.count === 0
        text: qsTr("You are not in a family yet.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }

    Repeater {
        model: root.families
        delegate: ItemDelegate {
            id: row
            required property string familyId
            required property string name
            required property bool isOwner
            required property int memberCount
            required property int deviceCount
            objectName: "family-" + row.familyId
            Layout.fillWidth: true
            padding: Theme.spacingL
            Accessible.name: qsTr("Open family %1").arg(row.name)
            onClicked: root.openFamily(row.familyId)
            focusPolicy: Qt.StrongFocus
            background: Rectangle {
                color: row.pressed ? Theme.surfaceAlt : Theme.surface
                radius: Theme.radius
                border.color: row.visualFocus ? Theme.accent : Theme.border
                border.width: row.visualFocus ? 2 : 1
            }
            contentItem: RowLayout {
                spacing: Theme.spacingM
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    Text {
                        Layout.fillWidth: true
                        text: (row.memberCount === 1 ? qsTr("1 member") : qsTr("%1 members").arg(row.memberCount)) + " · "
                              + (row.deviceCount === 0 ? qsTr("no fridge") : row.deviceCount === 1 ? qsTr("1 fridge") : qsTr("%1 fridges").arg(row.deviceCount))
                        color: Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
                StatusChip {
                    text: row.isOwner ? qsTr("Owner") : qsTr("Member")
                    tone: row.isOwner ? Theme.accent : Theme.textMuted
                }
                Text {
                    text: "›"
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                }
            }
        }
    }

    PrimaryButton {
        objectName: "openJoinButton"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingM
        text: qsTr("Join a family with a code")
        onClicked: root.openJoin()
    }
    TextButton {
        Layout.fillWidth: true
        visible: !root.creating
        text: qsTr("Start a new family")
        onClicked: root.creating = true
    }
    Card {
        Layout.fillWidth: true
        visible: root.creating
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            FormField {
                id: newName
                objectName: "newFamilyName"
                Layout.fillWidth: true
                label: qsTr("Family name")
                placeholder: qsTr("Holiday house")
                maximumLength: 60
                problem: newName.text.trim().length === 0 ? qsTr("Give the family a name.") : ""
            }
            PrimaryButton {
                objectName: "createFamilyButton"
                Layout.fillWidth: true
                text: qsTr("Create family")
                busy: root.families.loading
                enabled: newName.problem.length === 0
                onClicked: {
                    root.families.create(newName.text.trim());
                    newName.text = "";
                    root.creating = false;
                }
            }
        }
    }
}

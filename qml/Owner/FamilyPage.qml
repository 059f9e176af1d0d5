// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// One family: its fridges, its members and their roles, and what the owner may do (invite,
// rename, remove someone, hand the family over); anyone may leave.
ScrollPage {
    id: root

    required property FamiliesModel families
    required property FridgeSelection selection
    property string familyId: ""
    property string myEmail: ""

    readonly property var family: root.families.revision >= 0 ? root.families.family(root.familyId) : ({})
    readonly property bool isOwner: root.family.isOwner === true
    property var invitation: null
    property bool renaming: false
    property string pendingAction: ""

    signal showFridge()
    signal addFridge(string familyId)
    signal leftFamily()

    pageName: "family"
    title: root.family.name !== undefined ? root.family.name : qsTr("Family")
    ready: root.family.familyId !== undefined

    Connections {
        target: root.families
        function onInvitationReady(familyId, code, qrPayload, expiresAt) {
            if (familyId === root.familyId)
                root.invitation = {code: code, qrPayload: qrPayload, expiresAt: new Date(expiresAt * 1000)};
        }
        function onActionFinished(ok) {
            const action = root.pendingAction;
            root.pendingAction = "";
            if (ok && action === "leave")
                root.leftFamily();
        }
    }

    Banner {
        objectName: "familyError"
        Layout.fillWidth: true
        visible: root.families.error.length > 0
        kind: "danger"
        text: root.families.error
    }

    // Fridges
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Fridges")
            }
            Text {
                Layout.fillWidth: true
                visible: (root.family.devices || []).length === 0
                text: qsTr("No fridge in this family yet.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: root.family.devices || []
                delegate: RowLayout {
                    id: fridgeRow
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacingM
                    Text {
                        Layout.fillWidth: true
                        text: fridgeRow.modelData.deviceName || fridgeRow.modelData.deviceId
                        elide: Text.ElideRight
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                    }
                    TextButton {
                        visible: root.isOwner
                        tone: Theme.danger
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1").arg(fridgeRow.modelData.deviceName)
                        onClicked: root.ask(qsTr("Remove %1?").arg(fridgeRow.modelData.deviceName || fridgeRow.modelData.deviceId),
                                            qsTr("Nobody in the family can see or control it any more, and its door tablet goes back to its pairing screen. You can pair it again with the code on its label."),
                                            qsTr("Remove"), true,
                                            () => root.families.removeDevice(fridgeRow.modelData.deviceId))
                    }
                    TextButton {
                        text: qsTr("Show")
                        Accessible.name: qsTr("Show %1").arg(fridgeRow.modelData.deviceName)
                        onClicked: {
                            root.selection.select(fridgeRow.modelData.deviceId);
                            root.showFridge();
                        }
                    }
                }
            }
            TextButton {
                objectName: "addFridgeToFamily"
                Layout.fillWidth: true
                text: qsTr("Add a fridge")
                onClicked: root.addFridge(root.familyId)
            }
        }
    }

    // Members
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Members")
            }
            Repeater {
                model: root.family.members || []
                delegate: ColumnLayout {
                    id: memberRow
                    required property var modelData
                    readonly property bool isMe: memberRow.modelData.email.toLowerCase() === root.myEmail.toLowerCase()
                    readonly property bool isOwnerRow: memberRow.modelData.role === "owner"
                    readonly property bool isTablet: memberRow.modelData.role === "tablet"
                    readonly property string label: memberRow.isTablet ? memberRow.modelData.name : memberRow.modelData.email
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Avatar { email: memberRow.label }
                        Text {
                            Layout.fillWidth: true
                            text: memberRow.isMe ? qsTr("%1 (you)").arg(memberRow.label) : memberRow.label
                            elide: Text.ElideMiddle
                            color: Theme.text
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontBody
                        }
                        StatusChip {
                            text: memberRow.isOwnerRow ? qsTr("Owner") : memberRow.isTablet ? qsTr("Tablet") : qsTr("Member")
                            tone: memberRow.isOwnerRow ? Theme.accent : Theme.textMuted
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 40 + Theme.spacingM
                        visible: root.isOwner && !memberRow.isMe
                        spacing: Theme.spacingS
                        TextButton {
                            visible: !memberRow.isTablet
                            text: qsTr("Make owner")
                            Accessible.name: qsTr("Make %1 the owner").arg(memberRow.modelData.email)
                            onClicked: root.ask(qsTr("Hand the family over?"),
                                                qsTr("%1 becomes the owner of %2. You stay a member.").arg(memberRow.modelData.email).arg(root.title),
                                                qsTr("Make owner"), false,
                                                () => root.families.transferOwnership(root.familyId, memberRow.modelData.userId))
                        }
                        TextButton {
                            tone: Theme.danger
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(memberRow.label)
                            onClicked: root.ask(qsTr("Remove %1?").arg(memberRow.label),
                                                memberRow.isTablet ? qsTr("The tablet on the fridge door goes back to its pairing screen.")
                                                                   : qsTr("They can no longer see or control this family's fridges."),
                                                qsTr("Remove"), true,
                                                () => root.families.removeMember(root.familyId, memberRow.modelData.userId))
                        }
                        Item { Layout.fillWidth: true }
                    }
                }
            }
            PrimaryButton {
                objectName: "inviteButton"
                Layout.fillWidth: true
                visible: root.isOwner
                text: root.invitation ? qsTr("New invitation") : qsTr("Invite someone")
                onClicked: root.invite()
            }
            Text {
                Layout.fillWidth: true
                visible: !root.isOwner
                text: qsTr("To invite someone, ask the family's owner.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    InvitationCard {
        Layout.fillWidth: true
        visible: root.invitation !== null
        code: root.invitation ? root.invitation.code : ""
        qrPayload: root.invitation ? root.invitation.qrPayload : ""
        expiresAt: root.invitation ? root.invitation.expiresAt : new Date()
    }

    // Settings of the family
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            RowLayout {
                Layout.fillWidth: true
                visible: root.isOwner && !root.renaming
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Name: %1").arg(root.title)
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                TextButton {
                    text: qsTr("Rename")
                    onClicked: {
                        newName.text = root.title;
                        root.renaming = true;
                    }
                }
            }
            FormField {
                id: newName
                Layout.fillWidth: true
                visible: root.renaming
                label: qsTr("Family name")
                maximumLength: 60
                problem: newName.text.trim().length === 0 ? qsTr("Give the family a name.") : ""
            }
            RowLayout {
                Layout.fillWidth: true
                visible: root.renaming
                Item { Layout.fillWidth: true }
                TextButton {
                    text: qsTr("Cancel")
                    onClicked: root.renaming = false
                }
                PrimaryButton {
                    text: qsTr("Save")
                    enabled: newName.problem.length === 0
                    onClicked: {
                        root.families.rename(root.familyId, newName.text.trim());
                        root.renaming = false;
                    }
                }
            }
            TextButton {
                objectName: "leaveFamilyButton"
                Layout.fillWidth: true
                tone: Theme.danger
                text: qsTr("Leave this family")
                onClicked: root.ask(qsTr("Leave %1?").arg(root.title),
                                    root.isOwner ? qsTr("As the owner, hand the family over to another member first (or remove its fridges if you are the only one).")
                                                 : qsTr("You will no longer see or control its fridges. You can join again with a new invitation."),
                                    qsTr("Leave"), true,
                                    () => { root.pendingAction = "leave"; root.families.leave(root.familyId); })
            }
        }
    }

    ConfirmDialog {
        id: confirm
        property var action: null
        onConfirmed: {
            const run = confirm.action;
            if (run)
                run();
        }
    }

    function ask(title, message, confirmText, destructive, action) {
        confirm.title = title;
        confirm.message = message;
        confirm.confirmText = confirmText;
        confirm.destructive = destructive;
        confirm.action = action;
        confirm.open();
    }
    function invite() {
        root.families.invite(root.familyId);
    }
}

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
    /// The family's alert limits (shown; the owner changes them).
    required property Alerts alerts
    property string familyId: ""

    readonly property bool isOwner: family.isOwner
    property var invitation: null
    property bool renaming: false
    property string pendingAction: ""

    signal showFridge()
    signal addFridge(string familyId)
    signal leftFamily()

    pageName: "family"
    title: family.exists ? family.name : qsTr("Family")
    ready: family.exists

    FamilyDetails {
        id: family
        families: root.families
        familyId: root.familyId
    }

    Connections {
        target: root.families
        function onInvitationReady(familyId, code, qrPayload, expiresAt) {
            if (familyId !== root.familyId)
                return;
            root.invitation = {code: code, qrPayload: qrPayload, expiresAt: new Date(expiresAt * 1000)};
            // The new code and its QR code in view (below the members, often below the fold),
            // once the card is laid out.
            showInvitation.restart();
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
                visible: family.devices.count === 0
                text: qsTr("No fridge in this family yet.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: family.devices
                delegate: RowLayout {
                    id: fridgeRow
                    required property string deviceId
                    required property string deviceName
                    required property bool mayRemove
                    Layout.fillWidth: true
                    spacing: Theme.spacingM
                    Text {
                        Layout.fillWidth: true
                        text: fridgeRow.deviceName
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                    }
                    TextButton {
                        visible: fridgeRow.mayRemove
                        tone: Theme.danger
                        text: qsTr("Remove")
                        Accessible.name: qsTr("Remove %1").arg(fridgeRow.deviceName)
                        onClicked: root.ask(qsTr("Remove %1?").arg(fridgeRow.deviceName),
                                            qsTr("Nobody in the family can see or control it any more, and its door tablet goes back to its pairing screen. You can pair it again with the code on its label."),
                                            qsTr("Remove"), true,
                                            () => root.families.removeDevice(fridgeRow.deviceId))
                    }
                    TextButton {
                        text: qsTr("Show")
                        Accessible.name: qsTr("Show %1").arg(fridgeRow.deviceName)
                        onClicked: {
                            root.selection.select(fridgeRow.deviceId);
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
                model: family.members
                delegate: ColumnLayout {
                    id: memberRow
                    required property string userId
                    required property string label
                    required property string email
                    required property string kind
                    required property bool isMe
                    required property bool isOwner
                    required property bool mayRemove
                    required property bool mayMakeOwner
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingM
                        Avatar { name: memberRow.label }
                        // The name, and the address under it where a name was chosen.
                        Column {
                            Layout.fillWidth: true
                            Text {
                                width: parent.width
                                text: memberRow.isMe ? qsTr("%1 (you)").arg(memberRow.label) : memberRow.label
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                color: Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontBody
                            }
                            Text {
                                width: parent.width
                                visible: memberRow.email.length > 0 && memberRow.email !== memberRow.label
                                text: memberRow.email
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                                color: Theme.textMuted
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.fontSmall
                            }
                        }
                        StatusChip {
                            text: memberRow.isOwner ? qsTr("Owner") : memberRow.kind === "tablet" ? qsTr("Tablet") : qsTr("Member")
                            tone: memberRow.isOwner ? Theme.accent : Theme.textMuted
                        }
                    }
                    // The actions wrap under each other where the row is narrow.
                    Flow {
                        Layout.fillWidth: true
                        Layout.leftMargin: 40 + Theme.spacingM
                        visible: memberRow.mayRemove
                        spacing: Theme.spacingS
                        TextButton {
                            visible: memberRow.mayMakeOwner
                            text: qsTr("Make owner")
                            Accessible.name: qsTr("Make %1 the owner").arg(memberRow.label)
                            onClicked: root.ask(qsTr("Hand the family over?"),
                                                qsTr("%1 becomes the owner of %2. You stay a member.").arg(memberRow.label).arg(root.title),
                                                qsTr("Make owner"), false,
                                                () => root.families.transferOwnership(root.familyId, memberRow.userId))
                        }
                        TextButton {
                            tone: Theme.danger
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(memberRow.label)
                            onClicked: root.ask(qsTr("Remove %1?").arg(memberRow.label),
                                                memberRow.kind === "tablet" ? qsTr("The tablet on the fridge door goes back to its pairing screen.")
                                                                   : qsTr("They can no longer see or control this family's fridges."),
                                                qsTr("Remove"), true,
                                                () => root.families.removeMember(root.familyId, memberRow.userId))
                        }
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

    Timer {
        id: showInvitation
        interval: 150
        onTriggered: root.bringIntoView(invitationCard)
    }

    InvitationCard {
        id: invitationCard
        objectName: "invitationCard"
        Layout.fillWidth: true
        visible: root.invitation !== null
        code: root.invitation ? root.invitation.code : ""
        qrPayload: root.invitation ? root.invitation.qrPayload : ""
        expiresAt: root.invitation ? root.invitation.expiresAt : new Date()
    }

    AlertLimitsCard {
        objectName: "alertLimits"
        Layout.fillWidth: true
        alerts: root.alerts
        familyId: root.familyId
        isOwner: root.isOwner
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
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
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

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The account (who is signed in, sign out), the families, how Larder looks and speaks, when it
// may notify; under "About and support", which cloud the app uses.
ScrollPage {
    id: root

    required property AuthSession session
    required property AccountActions account
    required property ProfileChoice profiles
    required property Alerts alerts
    required property DisplayPreferences display
    /// "About and support" is open (the cloud profile: for support, not for every day).
    property bool showSupport: false

    signal openFamilies()

    pageName: "settings"
    title: qsTr("Account and settings")

    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Avatar { name: root.session.name.length ? root.session.name : root.session.email }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: root.session.name.length ? root.session.name : qsTr("Signed in as")
                        wrapMode: Text.Wrap
                        color: root.session.name.length ? Theme.text : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: root.session.name.length ? Theme.fontLabel : Theme.fontSmall
                        font.weight: root.session.name.length ? Font.DemiBold : Font.Normal
                    }
                    Text {
                        objectName: "signedInEmail"
                        Layout.fillWidth: true
                        text: root.session.email
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: root.session.name.length ? Theme.textMuted : Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: root.session.name.length ? Theme.fontSmall : Theme.fontLabel
                    }
                }
            }
            NameField {
                Layout.fillWidth: true
                session: root.session
                account: root.account
            }
            Banner {
                Layout.fillWidth: true
                visible: root.session.keychainProblem.length > 0
                kind: "warning"
                text: root.session.keychainProblem
            }
            TextButton {
                objectName: "familiesButton"
                Layout.fillWidth: true
                text: qsTr("Your families")
                onClicked: root.openFamilies()
            }
            PrimaryButton {
                objectName: "signOutButton"
                Layout.fillWidth: true
                tone: Theme.danger
                text: qsTr("Sign out")
                onClicked: confirm.open()
            }
        }
    }

    DisplayCard {
        Layout.fillWidth: true
        display: root.display
    }

    QuietHoursCard {
        Layout.fillWidth: true
        alerts: root.alerts
    }

    Card {
        Layout.fillWidth: true
        LinkRow {
            objectName: "aboutButton"
            anchors.left: parent.left
            anchors.right: parent.right
            iconName: "sliders"
            text: qsTr("About and support")
            detail: root.showSupport ? qsTr("Hide") : qsTr("Version %1, the cloud this app uses").arg(Qt.application.version)
            onClicked: root.showSupport = !root.showSupport
        }
    }

    Card {
        Layout.fillWidth: true
        visible: root.showSupport
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Cloud")
            }
            Repeater {
                model: ListModel {
                    ListElement { profile: "local"; label: qsTr("This computer (larder-cloud)") }
                    ListElement { profile: "aws"; label: qsTr("Larder on AWS") }
                }
                delegate: RadioButton {
                    id: option
                    required property string profile
                    required property string label
                    Layout.fillWidth: true
                    checked: root.profiles.chosen === option.profile
                    enabled: root.profiles.available(option.profile)
                    text: option.label
                    Accessible.name: option.text
                    onClicked: root.profiles.choose(option.profile)
                    indicator: Rectangle {
                        x: 0
                        y: (option.height - height) / 2
                        implicitWidth: 24
                        implicitHeight: 24
                        radius: 12
                        color: Theme.surface
                        border.width: 2
                        border.color: option.checked ? Theme.accent : Theme.border
                        Rectangle {
                            anchors.centerIn: parent
                            width: 12
                            height: 12
                            radius: 6
                            visible: option.checked
                            color: Theme.accent
                        }
                    }
                    contentItem: Text {
                        leftPadding: option.indicator.width + Theme.spacingS
                        text: option.enabled ? option.text : qsTr("%1 — not set up on this device").arg(option.text)
                        color: option.enabled ? Theme.text : Theme.textMuted
                        wrapMode: Text.Wrap
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        verticalAlignment: Text.AlignVCenter
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: root.profiles.active !== "local" && root.profiles.active !== "aws"
                      ? qsTr("In use now: the profile file %1 (from the command line).").arg(root.profiles.active)
                      : root.profiles.chosen === root.profiles.active ? qsTr("The selected cloud is in use now.")
                      : qsTr("Larder switches to it the next time it starts.")
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }

    ConfirmDialog {
        id: confirm
        title: qsTr("Sign out?")
        message: qsTr("This signs you out of Larder on all your devices. Your family and fridges stay as they are.")
        confirmText: qsTr("Sign out")
        onConfirmed: root.session.signOut()
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Signed in: the selected fridge's controls, a switcher between the fridges of all the user's
// families, and the way to the family and account screens.
Item {
    id: root

    required property AuthSession session
    required property FamiliesModel families
    required property FridgeSelection selection
    required property Alerts alerts

    readonly property string pageName: "fridge"

    // The family's own limits, for showing a fridge too warm before its alert.
    Connections {
        target: root.selection
        function onFridgeChanged() { root.alerts.loadThresholds(root.selection.familyId); }
    }
    Component.onCompleted: root.alerts.loadThresholds(root.selection.familyId)
    readonly property bool ready: true

    signal openFamilies()
    signal openFamily(string familyId)
    signal openJoin()
    signal openSettings()
    signal openAddFridge()
    signal openCommands()
    signal openSupport()
    signal openHistory(string deviceId, string name)
    signal openCamera()

    Rectangle {
        id: topBar
        anchors.left: parent.left
        anchors.right: parent.right
        implicitHeight: Theme.touchTarget + 2 * Theme.spacingS
        color: Theme.background

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            spacing: Theme.spacingS

            Text {
                text: "Larder"
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.Bold
                Accessible.ignored: true
            }
            Item { Layout.fillWidth: true }
            TextButton {
                objectName: "familyButton"
                visible: root.selection.familyName.length > 0
                text: qsTr("%1 · family").arg(root.selection.familyName)
                Accessible.name: qsTr("Family %1").arg(root.selection.familyName)
                onClicked: root.openFamily(root.selection.familyId)
            }
            AbstractButton {
                id: accountButton
                objectName: "accountButton"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Account and settings")
                onClicked: root.openSettings()
                contentItem: Item {
                    Avatar {
                        anchors.centerIn: parent
                        name: root.session.name.length ? root.session.name : root.session.email
                    }
                }
                background: Rectangle {
                    radius: width / 2
                    color: "transparent"
                    border.color: Theme.accent
                    border.width: accountButton.visualFocus ? 2 : 0
                }
            }
        }
    }

    Flow {
        id: switcher
        anchors.top: topBar.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS
        visible: root.selection.fridges.count > 1
        height: visible ? implicitHeight : 0

        // qmllint disable unqualified
        Repeater {
            model: root.selection.fridges
            delegate: Button {
                id: chip
                required property string deviceId
                required property string deviceName
                required property string familyName
                required property bool isCurrent
                readonly property bool current: chip.isCurrent
                /// Unread alerts of this fridge (a map: qmllint cannot know its keys).
                readonly property var unreadMap: root.alerts.unreadByFridge
                readonly property int unread: chip.unreadMap[chip.deviceId] || 0
                text: chip.unread === 1 ? qsTr("%1 · %2 · 1 alert").arg(chip.deviceName).arg(chip.familyName)
                      : chip.unread > 1 ? qsTr("%1 · %2 · %3 alerts").arg(chip.deviceName).arg(chip.familyName).arg(chip.unread)
                      : qsTr("%1 · %2").arg(chip.deviceName).arg(chip.familyName)
                implicitHeight: 40
                checkable: false
                Accessible.name: qsTr("Show %1").arg(chip.text)
                onClicked: root.selection.select(chip.deviceId)
                contentItem: Text {
                    text: chip.text
                    color: chip.current ? Theme.textOnAccent : Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Medium
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    radius: height / 2
                    color: chip.current ? Theme.accent : Theme.surface
                    border.color: chip.visualFocus ? Theme.text : chip.unread > 0 ? Theme.danger : chip.current ? Theme.accent : Theme.border
                    border.width: chip.unread > 0 || chip.visualFocus ? 2 : 1
                }
            }
        }
    }

    /// The fridge screen scrolled to its temperature charts.
    function showTemperatures() {
        const screen = screenLoader.item as FridgeScreen;
        if (screen)
            screen.scrollToFooter();
    }

    Loader {
        id: screenLoader
        anchors.top: switcher.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        sourceComponent: root.selection.fridge ? fridgeScreen : noFridge
    }

    // Loader and Repeater cannot instantiate bound components in Qt 6.4, so these reach
    // `root` through their context.
    // qmllint disable unqualified
    Component {
        id: fridgeScreen
        FridgeScreen {
            objectName: "fridgeScreen"
            fridge: root.selection.fridge
            alerts: root.alerts
            limits: root.alerts.thresholdsByFamily[root.selection.familyId]
                    || ({fridgeMaxC: AlertDefaults.fridgeMaxC, freezerMaxC: AlertDefaults.freezerMaxC})
            footer: ColumnLayout {
                spacing: Theme.spacingM
                Loader {
                    Layout.fillWidth: true
                    active: root.selection.history !== null
                    visible: active
                    sourceComponent: TemperatureCard {
                        objectName: "temperatureCard"
                        history: root.selection.history
                        limits: root.alerts.thresholdsByFamily[root.selection.familyId]
                                || ({fridgeMaxC: AlertDefaults.fridgeMaxC, freezerMaxC: AlertDefaults.freezerMaxC})
                    }
                }
                Card {
                    Layout.fillWidth: true
                    ColumnLayout {
                        anchors.fill: parent
                        spacing: 0
                        LinkRow {
                            objectName: "cameraButton"
                            Layout.fillWidth: true
                            visible: root.selection.fridge !== null
                                     && root.selection.feature("camera") !== null
                            iconName: "camera"
                            text: qsTr("Show camera")
                            detail: qsTr("See the shelves live, wherever you are")
                            onClicked: root.openCamera()
                        }
                        LinkRow {
                            objectName: "historyButton"
                            Layout.fillWidth: true
                            iconName: "clock"
                            text: qsTr("History")
                            detail: qsTr("Alerts and events of this fridge")
                            onClicked: root.openHistory(root.selection.fridge.thing, root.selection.fridge.displayName)
                        }
                        LinkRow {
                            objectName: "commandsButton"
                            Layout.fillWidth: true
                            visible: root.selection.commands !== null
                            iconName: "bolt"
                            text: qsTr("Commands")
                            detail: root.selection.commands && root.selection.commands.active > 0
                                    ? qsTr("%n running", "", root.selection.commands.active)
                                    : qsTr("Super freeze, defrost, silence the alarm")
                            onClicked: root.openCommands()
                        }
                        LinkRow {
                            objectName: "supportButton"
                            Layout.fillWidth: true
                            readonly property SupportAccess access: root.selection.fridge
                                ? root.selection.feature("supportAccess") as SupportAccess : null
                            visible: access !== null
                            iconName: "headset"
                            text: qsTr("Support access")
                            detail: access && access.active
                                    ? qsTr("Support may look until %1").arg(Format.dateTime(new Date(access.expiresAt)))
                                    : qsTr("Let Larder support look while they help you")
                            onClicked: root.openSupport()
                        }
                    }
                }
            }
        }
    }
    Component {
        id: noFridge
        NoFridgeView {
            families: root.families
            onOpenFamilies: root.openFamilies()
            onOpenJoin: root.openJoin()
            onOpenAddFridge: root.openAddFridge()
        }
    }
}

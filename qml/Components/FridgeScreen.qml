// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Components
import Larder.Theme

// One fridge: live temperatures, setpoints, mode, ice maker and door, bound to its shadow.
Item {
    id: root

    required property FridgeController fridge
    /// The alerts of the user's fridges (null on the door, whose alarm covers the screen).
    property Alerts alerts: null
    /// The family's temperature limits ({fridgeMaxC, freezerMaxC}); the rules' defaults if none.
    property var limits: ({fridgeMaxC: AlertDefaults.fridgeMaxC, freezerMaxC: AlertDefaults.freezerMaxC})
    /// More under the controls (the owner app's way to the history and the commands).
    property Component footer: null
    // Controls work when the app can reach the cloud; while the fridge itself is offline the
    // change waits in its shadow and applies when it comes back.
    readonly property bool canWrite: root.fridge.cloudConnected && root.fridge.synced
    readonly property bool wide: root.width >= 760
    property date now: new Date()

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: root.now = new Date()
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        boundsBehavior: Flickable.StopAtBounds
        clip: true // scrolled content never over the bars above it
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (flick.width - width) / 2)
            y: Theme.spacingXl
            width: Math.min(flick.width - 2 * Theme.spacingL, Theme.maxContentWidth)
            spacing: Theme.spacingL

            FridgeHeader {
                Layout.fillWidth: true
                fridge: root.fridge
                now: root.now
            }

            StatusBanners {
                Layout.fillWidth: true
                fridge: root.fridge
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.wide ? 2 : 1
                columnSpacing: Theme.spacingL
                rowSpacing: Theme.spacingL

                CompartmentCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true // side by side, the same height
                    Layout.preferredWidth: 1
                    title: qsTr("Fridge")
                    temperature: root.fridge.fridgeTemperature
                    control: root.fridge.fridgeSetpoint
                    minimum: 1
                    maximum: 8
                    step: 0.5
                    tone: Theme.fridgeTone
                    alert: root.openAlert("fridgeWarm")
                    limit: root.limits.fridgeMaxC !== undefined ? root.limits.fridgeMaxC : AlertDefaults.fridgeMaxC
                    now: root.now
                    canWrite: root.canWrite
                    fridgeOnline: root.fridge.fridgeOnline
                }
                CompartmentCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true // side by side, the same height
                    Layout.preferredWidth: 1
                    title: qsTr("Freezer")
                    temperature: root.fridge.freezerTemperature
                    control: root.fridge.freezerSetpoint
                    minimum: -24
                    maximum: -14
                    step: 1
                    tone: Theme.freezerTone
                    alert: root.openAlert("freezerWarm")
                    limit: root.limits.freezerMaxC !== undefined ? root.limits.freezerMaxC : AlertDefaults.freezerMaxC
                    now: root.now
                    canWrite: root.canWrite
                    fridgeOnline: root.fridge.fridgeOnline
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingM
                    Text {
                        text: qsTr("Mode")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                    }
                    ModeSelector {
                        Layout.fillWidth: true
                        control: root.fridge.mode
                        modes: root.fridge.modes
                        enabledByConnection: root.canWrite
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    anchors.fill: parent
                    spacing: Theme.spacingL
                    SwitchRow {
                        Layout.fillWidth: true
                        control: root.fridge.iceMaker
                        label: qsTr("Ice maker")
                        description: root.fridge.iceMaker.target === true ? qsTr("Making ice") : qsTr("Off")
                        enabledByConnection: root.canWrite
                        deviceOnline: root.fridge.fridgeOnline
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        implicitHeight: 1
                        color: Theme.border
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Door")
                        value: !root.fridge.hasReadings ? "–"
                             : root.fridge.doorOpen ? root.doorOpenText() : qsTr("Closed")
                        valueColor: root.fridge.doorOpen ? Theme.warning : Theme.success
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Model")
                        value: root.fridge.model.length ? qsTr("%1 · firmware %2").arg(root.fridge.model).arg(root.fridge.firmware) : "–"
                    }
                    InfoRow {
                        Layout.fillWidth: true
                        label: qsTr("Serial number")
                        value: root.fridge.serial.length ? root.fridge.serial : "–"
                    }
                }
            }

            Loader {
                Layout.fillWidth: true
                active: root.footer !== null
                visible: active
                sourceComponent: root.footer
            }
        }
    }

    /// Scrolls to what the page added at the end (the temperature charts, the links).
    function scrollToFooter() {
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
    }

    /// This fridge's open alert of @p condition ({message, value, limit, since}), or null.
    function openAlert(condition) {
        if (!root.alerts)
            return null;
        const open = root.alerts.openByFridge[root.fridge.thing];
        return open && open[condition] ? open[condition] : null;
    }

    function doorOpenText() {
        if (isNaN(root.fridge.doorOpenedAt.getTime()))
            return qsTr("Open");
        const seconds = Math.max(0, Math.round((root.now - root.fridge.doorOpenedAt) / 1000));
        return seconds < 60 ? qsTr("Open for %1 s").arg(seconds) : qsTr("Open for %1 min").arg(Math.floor(seconds / 60));
    }

    FocusFollower {
        flickable: flick
    }
}

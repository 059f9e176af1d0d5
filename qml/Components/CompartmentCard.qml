// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// One compartment: its measured temperature, big, and its setpoint stepper.
Card {
    id: root

    required property string title
    required property real temperature
    required property ShadowControl control
    required property real minimum
    required property real maximum
    required property real step
    required property color tone
    required property bool canWrite
    property bool fridgeOnline: true
    /// The compartment's open temperature alert ({limit, since, message}), or null.
    property var alert: null
    /// The temperature it must stay under (the family's limit); NaN: none known.
    property real limit: NaN
    /// Tighter, for the door where everything shows at once.
    property bool compact: false
    /// The last hours as a trend line under the number ([{t, v}], from, to); none when empty.
    property var trend: []
    property real trendFrom: 0
    property real trendTo: 0
    /// The time now, for how long the alert has held.
    property date now: new Date()
    /// Too warm: an alert holds, or the reading is over the limit already (before the alert,
    /// which waits to see it last).
    readonly property bool warm: root.alert !== null
                                 || (!isNaN(root.limit) && !isNaN(root.temperature) && root.temperature > root.limit)
    readonly property color shown: root.warm ? Theme.danger : root.tone

    padding: root.compact ? Theme.spacingL : Theme.spacingXl

    ColumnLayout {
        anchors.fill: parent
        spacing: root.compact ? Theme.spacingXs : Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            Rectangle {
                width: 10
                height: 10
                radius: 5
                color: root.shown
            }
            Text {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            Text {
                text: root.fridgeOnline ? qsTr("Now") : qsTr("Last known")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacingS
            Icon {
                visible: root.warm
                name: "warning"
                size: 36
                color: Theme.danger
            }
        Text {
            text: Format.degrees(root.temperature)
            color: root.shown
            font.family: Theme.fontFamily
            font.pixelSize: root.compact ? Math.round(Theme.fontDisplay * 0.8) : Theme.fontDisplay
            font.weight: Font.Light
            Accessible.role: Accessible.StaticText
            Accessible.name: root.warm ? qsTr("%1 temperature %2, too warm").arg(root.title).arg(text)
                                       : qsTr("%1 temperature %2").arg(root.title).arg(text)
        }
        }
        // Not by colour alone: the alert's sentence under the number.
        Text {
            Layout.fillWidth: true
            visible: root.warm
            objectName: "warmText"
            text: root.warm ? root.warmText() : ""
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
        }
        // (Made only where there is a trend: the owner app's cards have none. A Loader cannot
        // make bound components in Qt 6.4: the chart reaches `root` by context.)
        // qmllint disable unqualified
        Loader {
            Layout.fillWidth: true
            active: root.trend.length > 1
            visible: active
            sourceComponent: TemperatureChart {
                objectName: "trend"
                bare: true
                series: root.trend
                from: root.trendFrom
                to: root.trendTo
                limit: root.limit
                tone: root.tone
                Accessible.name: qsTr("%1 over the last 24 hours").arg(root.title)
            }
        }
        // qmllint enable unqualified
        Rectangle {
            Layout.fillWidth: true
            visible: !root.compact
            implicitHeight: 1
            color: Theme.border
        }
        SetpointStepper {
            Layout.fillWidth: true
            control: root.control
            label: qsTr("%1 temperature").arg(root.title)
            minimum: root.minimum
            maximum: root.maximum
            step: root.step
            tone: root.tone
            enabledByConnection: root.canWrite
            deviceOnline: root.fridgeOnline
        }
    }

    function warmText() {
        if (root.alert === null)
            return qsTr("%1 — above %2").arg(Format.degrees(root.temperature))
                                         .arg(Format.degrees(root.limit, Number.isInteger(root.limit) && Format.unit === "C" ? 0 : 1));
        if (root.alert.since === undefined)
            return root.alert.message;
        const minutes = Math.max(0, Math.floor((root.now - root.alert.since) / 60000));
        const limit = Format.degrees(root.alert.limit, Number.isInteger(root.alert.limit) && Format.unit === "C" ? 0 : 1);
        const temperature = Format.degrees(root.temperature);
        if (minutes >= 120)
            return qsTr("%1 — above %2 for %n h", "", Math.floor(minutes / 60)).arg(temperature).arg(limit);
        return qsTr("%1 — above %2 for %n min", "", minutes).arg(temperature).arg(limit);
    }
}

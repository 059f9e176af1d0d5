// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Both compartments' temperatures over the last 24 hours or 30 days, as charts with their limit,
// setpoint, door openings and alerts, each with its answer in words: the lowest and highest, and
// how long it was above its limit.
Card {
    id: root

    required property TemperatureHistory history
    /// {fridgeMaxC, freezerMaxC}: the family's limits.
    required property var limits

    component Compartment: ColumnLayout {
        id: part
        required property string title
        required property string which
        required property var series
        required property real setpoint
        required property real limit
        required property color tone
        required property TemperatureHistory history
        // (Read again whenever the series changes: an invokable call alone is not followed.)
        readonly property var extremes: part.series.length >= 0 ? part.history.extremes(part.which) : ({})
        readonly property int above: part.series.length >= 0 ? part.history.minutesAbove(part.which, part.limit) : 0
        readonly property string summary: part.series.length === 0
            ? qsTr("No readings in this time yet.")
            : qsTr("%1 to %2").arg(Format.degrees(part.extremes.min)).arg(Format.degrees(part.extremes.max))
              + " · " + (part.above === 0 ? qsTr("never above %1").arg(Format.degrees(part.limit, 0))
                         : part.above < 120 ? qsTr("%1 min above %2").arg(part.above).arg(Format.degrees(part.limit, 0))
                         : qsTr("%1 h above %2").arg(Math.round(part.above / 60)).arg(Format.degrees(part.limit, 0)))
        Layout.fillWidth: true
        spacing: 2

        /// The alerts this chart marks: the freezer's its own, the fridge's every other.
        function alertsOf(all: var): var {
            const out = [];
            for (let i = 0; i < all.length; ++i)
                if (part.which === "freezer" ? all[i].condition === "freezerWarm"
                                             : all[i].condition !== "freezerWarm")
                    out.push(all[i]);
            return out;
        }

        Text {
            Layout.fillWidth: true
            text: part.title
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
        Text {
            Layout.fillWidth: true
            text: part.summary
            wrapMode: Text.Wrap
            color: part.above > 0 ? Theme.danger : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        TemperatureChart {
            Layout.fillWidth: true
            series: part.series
            from: part.history.from
            to: part.history.to
            setpoint: part.setpoint
            limit: part.limit
            // (A month's hundreds of openings would be a solid bar: the day's only.)
            doors: part.which === "fridge" && part.history.range === "day" ? part.history.doorOpenings : []
            alerts: part.alertsOf(part.history.alerts)
            tone: part.tone
            byDate: part.history.range === "month"
            Accessible.name: qsTr("%1 temperature chart: %2").arg(part.title).arg(part.summary)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        SectionTitle {
            Layout.fillWidth: true
            text: qsTr("Temperatures")
        }
        ChoiceChips {
            objectName: "historyRange"
            title: qsTr("Temperatures")
            choices: [{value: "day", label: qsTr("Last 24 hours")},
                      {value: "month", label: qsTr("Last 30 days")}]
            current: root.history.range
            onChosen: value => root.history.range = value
        }
        Compartment {
            title: qsTr("Fridge")
            which: "fridge"
            series: root.history.fridge
            setpoint: root.history.fridgeSetpoint
            limit: root.limits && root.limits.fridgeMaxC !== undefined ? root.limits.fridgeMaxC : AlertDefaults.fridgeMaxC
            tone: Theme.fridgeTone
            history: root.history
        }
        Compartment {
            title: qsTr("Freezer")
            which: "freezer"
            series: root.history.freezer
            setpoint: root.history.freezerSetpoint
            limit: root.limits && root.limits.freezerMaxC !== undefined ? root.limits.freezerMaxC : AlertDefaults.freezerMaxC
            tone: Theme.freezerTone
            history: root.history
        }
        Text {
            Layout.fillWidth: true
            text: (root.history.doorOpeningCount === 1 ? qsTr("The door opened once.")
                   : qsTr("The door opened %1 times.").arg(root.history.doorOpeningCount))
                  + " " + (root.history.range === "day" ? qsTr("Orange ticks: the door opened.") + " " : "")
                  + qsTr("Red dots: an alert. Dashed: the limit (red) and the setting (grey).")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
        }
        Banner {
            Layout.fillWidth: true
            visible: root.history.error.length > 0
            kind: "danger"
            text: root.history.error
        }
    }
}

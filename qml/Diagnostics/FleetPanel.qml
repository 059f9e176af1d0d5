// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The fleet: a query in AWS IoT fleet indexing's syntax, what it matches (technical data only)
// with the fleet's counts, page after page. A mistake in the query says where it is.
ColumnLayout {
    id: root

    required property FleetSearch search

    /// The agent chose a fridge to look at (only with its family's consent).
    signal inspect(string thing)

    spacing: Theme.spacingM

    /// A fridge's reported mode in the reader's language (its own word when Larder knows no name).
    function modeName(mode) {
        switch (mode) {
        case "normal": return qsTr("normal mode");
        case "eco": return qsTr("eco mode");
        case "vacation": return qsTr("vacation mode");
        case "superCool": return qsTr("super cool");
        case "superFreeze": return qsTr("super freeze");
        default: return mode;
        }
    }
    /// The non-empty @p parts, joined by " · ".
    function joined(parts) {
        let out = "";
        for (let i = 0; i < parts.length; ++i)
            if (parts[i].length > 0)
                out += (out.length > 0 ? " · " : "") + parts[i];
        return out;
    }

    FormField {
        id: query
        objectName: "fleetQuery"
        Layout.fillWidth: true
        label: qsTr("Search the fleet")
        text: root.search.query === "*" ? "" : root.search.query
        problem: root.search.errorPosition > 0 ? root.search.error : ""
        showProblem: problem.length > 0
        onAccepted: root.search.search(query.text)
    }
    // Under the field at every width: a query is long, and the field keeps all of it.
    PrimaryButton {
        objectName: "fleetSearchButton"
        Layout.alignment: Qt.AlignRight
        Layout.minimumWidth: 160
        text: qsTr("Search")
        busy: root.search.loading
        onClicked: root.search.search(query.text)
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("Fields: thingName, thingTypeName, connectivity.connected, shadow.reported.…, alerts.open. * finds every fridge.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    Banner {
        Layout.fillWidth: true
        visible: root.search.error.length > 0 && root.search.errorPosition === 0
        kind: "danger"
        text: root.search.error
    }
    // The fleet's own organisation: a group's fridges in one touch (its query in the field).
    ChoiceChips {
        objectName: "fleetGroups"
        Layout.fillWidth: true
        visible: root.search.groups.length > 0
        title: qsTr("Thing groups")
        current: root.search.query
        choices: {
            let out = [{value: "*", label: qsTr("All")}];
            for (let i = 0; i < root.search.groups.length; ++i) {
                const group = root.search.groups[i];
                out.push({value: root.search.groupQuery(group.name),
                          label: qsTr("%1 (%2)").arg(group.name).arg(group.things)});
            }
            return out;
        }
        onChosen: (value) => root.search.search(value)
    }
    Text {
        textFormat: Text.PlainText
        objectName: "fleetCounts"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        readonly property var stats: root.search.statistics
        text: qsTr("%1 found · %2 online · %3 with open alerts")
              .arg(root.search.matched)
              .arg(stats.connected === undefined ? "–" : stats.connected)
              .arg(stats.withOpenAlerts === undefined ? "–" : stats.withOpenAlerts)
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    ListView {
        id: list
        objectName: "fleetList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 160
        clip: true
        spacing: Theme.spacingXs
        model: root.search.things
        delegate: ItemDelegate {
            id: row
            required property string thingName
            required property string model
            required property string firmware
            required property string mode
            required property bool connected
            required property real fridgeTemperature
            required property int openAlerts
            objectName: "fleetThing"
            width: ListView.view.width
            focusPolicy: Qt.StrongFocus
            /// "LF-300 · firmware 1.4.2 · eco · 4.1 °C · online · 1 open alert".
            readonly property string detailText: root.joined([
                row.model, row.firmware.length ? qsTr("firmware %1").arg(row.firmware) : "",
                root.modeName(row.mode), isNaN(row.fridgeTemperature) ? "" : Format.temperature(row.fridgeTemperature),
                row.connected ? qsTr("online") : qsTr("offline"),
                row.openAlerts === 1 ? qsTr("1 open alert")
                : row.openAlerts > 1 ? qsTr("%1 open alerts").arg(row.openAlerts) : ""])
            Accessible.name: qsTr("%1, %2").arg(row.thingName).arg(row.detailText)
            onClicked: root.inspect(row.thingName)
            background: Rectangle {
                radius: Theme.radius
                color: row.down ? Theme.surfaceAlt : Theme.surface
                border.color: row.visualFocus ? Theme.accent : Theme.border
                border.width: row.visualFocus ? 2 : 1
            }
            contentItem: RowLayout {
                spacing: Theme.spacingM
                Rectangle {
                    implicitWidth: 10
                    implicitHeight: 10
                    radius: 5
                    color: row.connected ? Theme.success : Theme.textMuted
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        text: row.thingName
                        wrapMode: Text.WrapAnywhere
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: row.detailText
                        color: row.openAlerts > 0 ? Theme.danger : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                    }
                }
            }
        }
    }
    OutlineButton {
        objectName: "fleetMore"
        Layout.fillWidth: true
        visible: root.search.hasMore
        enabled: !root.search.loading
        text: qsTr("Show more")
        onClicked: root.search.more()
    }
}

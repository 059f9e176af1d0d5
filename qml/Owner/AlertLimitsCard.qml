// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// When the family's fridges raise an alert: the door open for how long, each compartment above
// which temperature and for how long. Everyone in the family sees them; the owner changes them
// (within the range the cloud's rules accept; each change applies within a second).
Card {
    id: root

    required property Alerts alerts
    required property string familyId
    required property bool isOwner

    readonly property var limits: root.alerts.thresholdsByFamily[root.familyId] || ({})

    Component.onCompleted: root.alerts.loadThresholds(root.familyId)
    onFamilyIdChanged: root.alerts.loadThresholds(root.familyId)

    function valueOf(id) {
        return root.limits[id] !== undefined ? root.limits[id] : AlertDefaults.defaultValue(id);
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        SectionTitle {
            Layout.fillWidth: true
            text: qsTr("When to alert")
        }
        Text {
            Layout.fillWidth: true
            text: root.isOwner ? qsTr("For every fridge of this family.")
                               : qsTr("Set by the family's owner, for every fridge of this family.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        Limit {
            settingId: "doorOpenMinutes"
            label: qsTr("The door open for")
            shown: qsTr("%n min", "", root.valueOf("doorOpenMinutes"))
            step: 1
        }
        Limit {
            settingId: "fridgeMaxC"
            label: qsTr("The fridge warmer than")
            shown: Format.temperature(root.valueOf("fridgeMaxC"), Format.unit === "F" ? 0 : 1)
            step: 0.5
        }
        Limit {
            settingId: "freezerMaxC"
            label: qsTr("The freezer warmer than")
            shown: Format.temperature(root.valueOf("freezerMaxC"), 0)
            step: 1
        }
        Limit {
            settingId: "warmMinutes"
            label: qsTr("…for at least")
            shown: qsTr("%n min", "", root.valueOf("warmMinutes"))
            step: 5
        }
    }

    // One limit: its words, its value, and for the owner − and +.
    component Limit: RowLayout {
        id: limit
        required property string settingId
        required property string label
        required property string shown
        required property real step
        readonly property real value: root.valueOf(limit.settingId)
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Text {
            Layout.fillWidth: true
            text: limit.label
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        RoundIconButton {
            visible: root.isOwner
            glyph: "−"
            enabled: limit.value - limit.step >= AlertDefaults.lowest(limit.settingId)
            Accessible.name: qsTr("Lower: %1").arg(limit.label)
            onClicked: root.alerts.setThreshold(root.familyId, limit.settingId, limit.value - limit.step)
        }
        Text {
            Layout.minimumWidth: 72
            horizontalAlignment: Text.AlignHCenter
            text: limit.shown
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
        RoundIconButton {
            visible: root.isOwner
            glyph: "+"
            enabled: limit.value + limit.step <= AlertDefaults.highest(limit.settingId)
            Accessible.name: qsTr("Raise: %1").arg(limit.label)
            onClicked: root.alerts.setThreshold(root.familyId, limit.settingId, limit.value + limit.step)
        }
    }
}

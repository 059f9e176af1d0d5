// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// The fridge's name, whether it is online and when it last reported.
RowLayout {
    id: root

    required property FridgeController fridge
    required property date now

    spacing: Theme.spacingM

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Text {
            Layout.fillWidth: true
            text: root.fridge.displayName
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            text: root.reportedText()
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
    StatusChip {
        text: !root.fridge.cloudConnected ? (root.fridge.connecting ? qsTr("Connecting…") : qsTr("No connection"))
            : !root.fridge.synced ? qsTr("Syncing…")
            : root.fridge.fridgeOnline ? qsTr("Online") : qsTr("Fridge offline")
        tone: !root.fridge.cloudConnected ? Theme.danger
            : !root.fridge.synced ? Theme.warning
            : root.fridge.fridgeOnline ? Theme.success : Theme.warning
        busy: root.fridge.connecting || (root.fridge.cloudConnected && !root.fridge.synced)
    }

    function reportedText() {
        const at = root.fridge.lastReported;
        if (isNaN(at.getTime()))
            return qsTr("Waiting for the fridge's first report");
        // Offline, "just now" would contradict the chip: say when it last spoke.
        if (root.fridge.synced && !root.fridge.fridgeOnline)
            return qsTr("Last report %1").arg(Format.dateTime(at));
        const seconds = Math.max(0, Math.round((root.now - at) / 1000));
        if (seconds < 5)
            return qsTr("Updated just now");
        if (seconds < 60)
            return qsTr("Updated %1 s ago").arg(seconds);
        if (seconds < 3600)
            return qsTr("Updated %1 min ago").arg(Math.floor(seconds / 60));
        return qsTr("Last report %1").arg(Format.dateTime(at));
    }
}

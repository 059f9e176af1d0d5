// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// What is wrong right now, in words: no connection to the cloud, or the fridge is offline.
ColumnLayout {
    id: root

    required property FridgeController fridge
    // From the conditions, not the children's `visible` (a hidden parent hides them too).
    readonly property bool cloudProblem: !root.fridge.cloudConnected || root.fridge.connectionError.length > 0
    readonly property bool fridgeAway: root.fridge.cloudConnected && root.fridge.synced && !root.fridge.fridgeOnline

    spacing: Theme.spacingS
    visible: root.cloudProblem || root.fridgeAway

    Banner {
        id: cloudBanner
        Layout.fillWidth: true
        visible: root.cloudProblem
        kind: "danger"
        title: root.fridge.connecting ? qsTr("Connecting to Larder…") : qsTr("Can't reach Larder")
        text: root.fridge.connectionError.length > 0 ? root.fridge.connectionError
                                                     : qsTr("Trying again in a moment. Your changes are kept.")
    }
    Banner {
        id: fridgeBanner
        Layout.fillWidth: true
        visible: root.fridgeAway
        kind: "warning"
        title: qsTr("The fridge is offline")
        text: qsTr("It shows its last report. Changes you make now are applied when it reconnects.")
    }
}

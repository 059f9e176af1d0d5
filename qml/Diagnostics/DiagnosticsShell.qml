// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Support's diagnostic mode: the fleet on the left, the case the agent looks at (with the
// family's consent) on the right; on a narrow window one above the other. Technical data only.
Item {
    id: root

    required property AuthSession session
    required property FleetSearch search
    required property SupportCase supportCase

    /// For self-tests and screenshots.
    readonly property string pageName: "diagnostics"
    readonly property bool ready: !root.search.loading

    RowLayout {
        id: bar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM
        Text {
            Layout.fillWidth: true
            text: qsTr("Larder support")
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.maximumWidth: root.width / 3
            text: root.session.email
            elide: Text.ElideMiddle
            property bool elisionIntended: true
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        TextButton {
            objectName: "staffSignOut"
            text: qsTr("Sign out")
            onClicked: root.session.signOut()
        }
    }
    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        columns: root.width >= 1000 ? 2 : 1
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingL
        FleetPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            search: root.search
            onInspect: thing => root.supportCase.resume(thing)
        }
        CasePanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            supportCase: root.supportCase
        }
    }
}

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
    objectName: "diagnosticsShell"

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
    /// Side by side from 1000 px; on a phone one at a time, chosen above them.
    readonly property bool wide: root.width >= 1000
    property int shown: 0 ///< 0 the fleet, 1 the case (narrow windows)
    property string lastCase: ""

    Connections {
        target: root.supportCase
        function onChanged() {
            // A case just opened: show it (on a phone, the case replaces the fleet).
            if (root.supportCase.thing !== root.lastCase) {
                root.lastCase = root.supportCase.thing;
                if (root.lastCase.length > 0)
                    root.shown = 1;
            }
        }
    }
    ChoiceChips {
        id: switcher
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: bar.bottom
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingS
        visible: !root.wide
        height: root.wide ? 0 : implicitHeight
        title: qsTr("Show")
        current: root.shown
        choices: [{value: 0, label: qsTr("Fleet")},
                  {value: 1, label: root.supportCase.thing.length > 0
                                    ? qsTr("Case · %1").arg(root.supportCase.thing) : qsTr("Case")}]
        onChosen: value => root.shown = value
    }
    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: root.wide ? bar.bottom : switcher.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        columns: root.wide ? 2 : 1
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingL
        FleetPanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.minimumWidth: 0
            visible: root.wide || root.shown === 0
            search: root.search
            onInspect: thing => root.supportCase.resume(thing)
        }
        CasePanel {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.minimumWidth: 0
            visible: root.wide || root.shown === 1
            supportCase: root.supportCase
        }
    }
}

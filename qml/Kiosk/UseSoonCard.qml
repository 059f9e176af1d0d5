// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// What to use soon, on the door: everything whose best-before is within two days or past,
// soonest first, each with when and a large "Used up".
Card {
    id: root

    required property InventorySync inventory

    padding: Theme.spacingL

    IngredientFilter {
        id: soon
        source: root.inventory.items
        soonOnly: true
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Icon {
                name: "clock"
                color: soon.count > 0 ? Theme.warning : Theme.textMuted
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Use soon")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
        }
        ListView {
            id: list
            objectName: "useSoonList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingXs
            model: soon
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { }
            delegate: Rectangle {
                id: row
                required property string itemId
                required property string name
                required property date bestBefore
                width: ListView.view.width
                implicitHeight: Math.max(64, rowLayout.implicitHeight + 2 * Theme.spacingS)
                radius: Theme.radiusSmall
                color: Theme.warningSurface
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2").arg(row.name).arg(root.when(row.bestBefore))
                RowLayout {
                    id: rowLayout
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacingM
                    anchors.rightMargin: Theme.spacingS
                    spacing: Theme.spacingS
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontLabel
                        font.weight: Font.DemiBold
                    }
                    Text {
                        text: root.when(row.bestBefore)
                        color: Theme.warning
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                    }
                    KioskTile {
                        text: qsTr("Used up")
                        implicitWidth: 112
                        minimumHeight: 52
                        Accessible.name: qsTr("%1 is used up").arg(row.name)
                        onClicked: root.inventory.remove(row.itemId, "usedUp")
                    }
                }
            }
            FocusFollower {
                flickable: list
            }
            Text {
                anchors.centerIn: parent
                width: parent.width
                visible: list.count === 0
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: root.inventory.loading ? qsTr("Loading…") : qsTr("Nothing to use up soon.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }

    /// "2 days ago", "yesterday", "today", "tomorrow", "in 2 days".
    function when(date) {
        const today = new Date();
        today.setHours(0, 0, 0, 0);
        const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
        const days = Math.round((day - today) / 86400000);
        if (days < -1)
            return qsTr("%1 days ago").arg(-days);
        if (days === -1)
            return qsTr("yesterday");
        if (days === 0)
            return qsTr("today");
        if (days === 1)
            return qsTr("tomorrow");
        return qsTr("in %1 days").arg(days);
    }
}

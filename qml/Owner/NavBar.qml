// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Theme

// The owner app's main places, always in view and never over content: a bar along the bottom
// on a phone, a rail down the left side where there is width. Each place has an icon, a label
// and a badge for what is new; Ctrl+1…5 reach them from the keyboard.
Rectangle {
    id: root

    /// [{key, label, icon, badge, enabled}], in order.
    required property var places
    required property string current
    property bool vertical: false

    signal chosen(string key)

    color: Theme.surface
    implicitHeight: root.vertical ? 0 : Theme.touchTarget + 2 * Theme.spacingS + Theme.fontCaption
    implicitWidth: root.vertical ? 96 : 0

    Rectangle {
        // the hairline between the places and the content
        color: Theme.border
        width: root.vertical ? 1 : parent.width
        height: root.vertical ? parent.height : 1
        anchors.right: root.vertical ? parent.right : undefined
        anchors.top: parent.top
    }

    // Qt 6.4 lays out Repeater delegates in a GridLayout wrongly: one layout per direction.
    // The delegates reach `root` through their context.
    // qmllint disable unqualified
    RowLayout {
        visible: !root.vertical
        anchors.fill: parent
        anchors.topMargin: 1
        spacing: 0
        Repeater {
            model: root.vertical ? [] : root.places
            delegate: Place {
                current: root.current
                vertical: false
                onPicked: key => root.chosen(key)
            }
        }
    }
    ColumnLayout {
        visible: root.vertical
        anchors.fill: parent
        anchors.topMargin: Theme.spacingXl
        spacing: Theme.spacingS
        Repeater {
            model: root.vertical ? root.places : []
            delegate: Place {
                current: root.current
                vertical: true
                onPicked: key => root.chosen(key)
            }
        }
        Item { Layout.fillHeight: true }
    }

    component Place: AbstractButton {
        id: place
        required property var modelData
        property string current
        property bool vertical
        readonly property bool selected: place.modelData.key === place.current
        signal picked(string key)
        objectName: "nav_" + place.modelData.key
        Layout.fillWidth: true
        Layout.fillHeight: !place.vertical
        Layout.preferredHeight: place.vertical ? 72 : -1
        Layout.alignment: Qt.AlignTop
        enabled: place.modelData.enabled
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.PageTab
        Accessible.name: place.modelData.badge > 0
                         ? qsTr("%1, %2 new").arg(place.modelData.label).arg(place.modelData.badge)
                         : place.modelData.label
        Accessible.selected: place.selected
        onClicked: place.picked(place.modelData.key)

        contentItem: ColumnLayout {
            spacing: 2
            opacity: place.enabled ? 1 : 0.4
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 56
                implicitHeight: 30
                radius: 15
                color: place.selected ? Theme.infoSurface : "transparent"
                Icon {
                    anchors.centerIn: parent
                    name: place.modelData.icon
                    color: place.selected ? Theme.accent : Theme.textMuted
                }
                Label {
                    visible: place.modelData.badge > 0
                    x: parent.width / 2 + 4
                    y: -2
                    leftPadding: 5
                    rightPadding: 5
                    width: Math.max(18, implicitWidth)
                    height: 18
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    text: place.modelData.badge > 99 ? "99+" : place.modelData.badge
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontCaption - 1
                    font.weight: Font.Bold
                    background: Rectangle {
                        radius: 9
                        color: Theme.danger
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                text: place.modelData.label
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                maximumLineCount: 2
                color: place.selected ? Theme.accent : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
                font.weight: place.selected ? Font.DemiBold : Font.Medium
            }
        }
        background: Rectangle {
            color: "transparent"
            border.width: place.visualFocus ? 2 : 0
            border.color: Theme.accent
            radius: Theme.radiusSmall
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// The main action of a screen: filled, full width, with a spinner while it works.
Button {
    id: root

    property bool busy: false
    property color tone: Theme.accent

    implicitHeight: Theme.touchTarget
    enabled: !root.busy
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontLabel
    font.weight: Font.DemiBold
    Accessible.role: Accessible.Button
    Accessible.name: root.text

    contentItem: Text {
        text: root.text
        opacity: root.busy ? 0 : 1
        color: Theme.textOnAccent
        font: root.font
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingL
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.pressed ? Qt.darker(root.tone, 1.15) : root.tone
        opacity: root.enabled || root.busy ? 1 : 0.5
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.text
        BusyIndicator {
            anchors.centerIn: parent
            visible: root.busy
            running: root.busy
            implicitWidth: 28
            implicitHeight: 28
        }
    }
}

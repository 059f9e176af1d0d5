// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A large touch tile for the door: a title and a small line under it; highlighted when checked.
AbstractButton {
    id: root

    property string detail: ""
    property color tone: Theme.accent
    /// The way to something more (its border in the tone).
    property bool primary: false

    implicitWidth: Math.max(120, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    implicitHeight: 72
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.detail.length ? qsTr("%1, %2").arg(root.text).arg(root.detail) : root.text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.checked ? Qt.rgba(root.tone.r, root.tone.g, root.tone.b, Theme.dark ? 0.22 : 0.12)
             : root.pressed ? Theme.border : Theme.surfaceAlt
        border.color: root.checked || root.primary || root.visualFocus ? root.tone : Theme.border
        border.width: root.checked || root.visualFocus ? 2 : 1
    }
    contentItem: Item {
        implicitWidth: childrenRect.width
        implicitHeight: childrenRect.height
        Column {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 2
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: root.text
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: !root.enabled ? Theme.textMuted
                     : root.checked || root.primary ? root.tone : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel + 2
                font.weight: Font.DemiBold
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: root.detail.length > 0
                text: root.detail
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

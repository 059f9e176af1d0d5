// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Theme

// A row that opens another screen: an icon, a title, a line of detail and a chevron.
AbstractButton {
    id: root

    property string iconName: ""
    property string detail: ""

    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    implicitHeight: Math.max(Theme.touchTarget + Theme.spacingS, implicitContentHeight + topPadding + bottomPadding)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.detail.length ? root.text + ", " + root.detail : root.text

    contentItem: RowLayout {
        spacing: Theme.spacingM
        Icon {
            visible: root.iconName.length > 0
            name: root.iconName
            color: Theme.accent
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                Layout.fillWidth: true
                text: root.text
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
                font.weight: Font.Medium
            }
            Text {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
        Text {
            text: "›"
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
        }
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.pressed ? Theme.surfaceAlt : "transparent"
        border.width: root.visualFocus ? 2 : 0
        border.color: Theme.accent
    }
}

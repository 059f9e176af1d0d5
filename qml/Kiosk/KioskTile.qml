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

    /// At least this tall (a touch target); taller when its words wrap.
    property real minimumHeight: 72

    implicitWidth: Math.max(120, root.implicitContentWidth + root.leftPadding + root.rightPadding)
    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: Theme.spacingXs
    bottomPadding: Theme.spacingXs
    implicitHeight: Math.max(root.minimumHeight, root.implicitContentHeight + root.topPadding + root.bottomPadding)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: root.detail.length ? qsTr("%1, %2").arg(root.text).arg(root.detail) : root.text

    background: Rectangle {
        radius: Theme.radiusSmall
        color: root.checked ? Qt.rgba(root.tone.r, root.tone.g, root.tone.b, Theme.dark ? 0.22 : 0.12)
             : root.pressed ? Theme.border : Theme.surfaceAlt
        // Keyboard focus in the text colour, thicker: distinct from chosen (the tone).
        border.color: root.visualFocus ? Theme.text
                    : (root.checked || root.primary) && root.enabled ? root.tone : Theme.border
        border.width: root.visualFocus ? 3 : root.checked ? 2 : 1
    }
    contentItem: TileWords {
        title: root.text
        detail: root.detail
        titleColor: !root.enabled ? Theme.textMuted
                  : root.checked || root.primary ? root.tone : Theme.text
    }

    // The title and the line under it, wrapping within the tile.
    component TileWords: Item {
        id: words
        property string title
        property string detail
        property color titleColor
        implicitWidth: Math.max(titleText.implicitWidth, detailText.visible ? detailText.implicitWidth : 0)
        implicitHeight: column.implicitHeight
        Column {
            id: column
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            spacing: 2
            Text {
                id: titleText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: words.title
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: words.titleColor
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel + 2
                font.weight: Font.DemiBold
            }
            Text {
                id: detailText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                visible: words.detail.length > 0
                text: words.detail
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}

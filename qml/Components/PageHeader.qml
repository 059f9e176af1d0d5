// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Theme

// A screen's top bar: back (when there is somewhere to go back to) and the title.
Rectangle {
    id: root

    required property string title
    property bool canGoBack: true

    signal back()

    implicitHeight: Theme.touchTarget + 2 * Theme.spacingS
    color: Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingL
        spacing: Theme.spacingS

        AbstractButton {
            id: backButton
            visible: root.canGoBack
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Back")
            onClicked: root.back()
            contentItem: Text {
                text: "←"
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                radius: width / 2
                color: backButton.pressed ? Theme.surfaceAlt : "transparent"
                border.color: Theme.accent
                border.width: backButton.visualFocus ? 2 : 0
            }
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: root.canGoBack ? 0 : Theme.spacingS
            text: root.title
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
}

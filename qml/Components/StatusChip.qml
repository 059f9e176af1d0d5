// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// A small pill with a coloured dot: "Online", "Offline", "Connecting…".
Rectangle {
    id: root

    required property string text
    required property color tone
    property bool busy: false

    implicitWidth: row.implicitWidth + 2 * Theme.spacingM
    implicitHeight: 30
    radius: height / 2
    color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, Theme.dark ? 0.18 : 0.12)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacingS
        Rectangle {
            width: 8
            height: 8
            radius: 4
            color: root.tone
            SequentialAnimation on opacity {
                running: root.busy
                loops: Animation.Infinite
                NumberAnimation { to: 0.2; duration: 500 }
                NumberAnimation { to: 1; duration: 500 }
            }
        }
        Text {
            text: root.text
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
        }
    }
}

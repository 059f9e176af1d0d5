// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// The fridge's alarm on the door: while it sounds, the whole screen says what is wrong (the
// door left open, a compartment warming up) and offers "Mute 5 minutes — I'm restocking";
// muted, it shrinks to a strip across the top so the door can be used meanwhile. It goes by
// itself when the alert ends (the door closed).
Item {
    id: root

    required property DoorAlarm alarm

    visible: root.alarm.active
    readonly property color tone: root.alarm.level === "error" ? Theme.danger : Theme.warning
    readonly property string title: root.alarm.condition === "doorOpen" ? qsTr("The door is open")
        : root.alarm.condition === "fridgeWarm" ? qsTr("The fridge is too warm")
        : root.alarm.condition === "freezerWarm" ? qsTr("The freezer is too warm")
        : root.alarm.condition === "offline" ? qsTr("The fridge is not reachable")
        : qsTr("The fridge needs you")

    // Sounding: the whole screen, over everything, taking every touch but its button's.
    Rectangle {
        id: full
        objectName: "alarmBanner"
        anchors.fill: parent
        visible: !root.alarm.muted
        color: Theme.background

        Rectangle {
            anchors.fill: parent
            color: root.tone
            SequentialAnimation on opacity {
                running: full.visible
                loops: Animation.Infinite
                NumberAnimation { from: 0.28; to: 0.12 + 0.06 * root.alarm.stage; duration: 700 }
                NumberAnimation { from: 0.12 + 0.06 * root.alarm.stage; to: 0.28; duration: 700 }
            }
        }
        MouseArea {
            anchors.fill: parent
            Accessible.ignored: true
        }
        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.spacingXxl, 760)
            spacing: Theme.spacingL

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: 120
                implicitHeight: 120
                radius: 60
                color: root.tone
                Text {
                    anchors.centerIn: parent
                    text: "!"
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: 80
                    font.weight: Font.Black
                    Accessible.ignored: true
                }
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.title
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.Bold
                Accessible.role: Accessible.AlertMessage
                Accessible.name: root.title
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.alarm.message
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline
            }
            Button {
                id: mute
                objectName: "muteAlarm"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: Theme.spacingL
                implicitHeight: 80
                text: qsTr("Silence 5 minutes — I'm restocking")
                Accessible.name: mute.text
                onClicked: root.alarm.mute(5)
                contentItem: Text {
                    text: mute.text
                    color: Theme.textOnAccent
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    leftPadding: Theme.spacingXl
                    rightPadding: Theme.spacingXl
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: mute.pressed ? Qt.darker(root.tone, 1.2) : root.tone
                }
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("The family's phones have the alert too. Muting silences this door only.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
        }
    }

    // Muted: a strip over the top, the screen usable below it.
    Rectangle {
        objectName: "alarmStrip"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        visible: root.alarm.muted
        implicitHeight: strip.implicitHeight + 2 * Theme.spacingS
        color: root.tone
        Accessible.role: Accessible.AlertMessage
        Accessible.name: strip.text
        Text {
            id: strip
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.spacingL
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            text: qsTr("%1 · muted until %2").arg(root.title)
                  .arg(Format.time(root.alarm.mutedUntil))
            color: Theme.textOnAccent
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// Records a voice message for the board: one button to start; while recording, the time (and
// the limit), Cancel and Send. Send stops the take and posts it; Cancel throws it away. Where
// there is no microphone a line says so instead.
ColumnLayout {
    id: root

    required property Board board
    /// Taller controls (the door tablet).
    property bool large: false
    readonly property bool recording: recorder.recording

    spacing: Theme.spacingXs

    function clock(ms) {
        const seconds = Math.floor(ms / 1000);
        return qsTr("%1:%2").arg(Math.floor(seconds / 60)).arg(String(seconds % 60).padStart(2, "0"));
    }

    VoiceRecorder {
        id: recorder
        objectName: "voiceRecorder"
        maxSeconds: 120
        property bool sendWhenDone: true
        onFinished: (file, durationMs) => {
            if (recorder.sendWhenDone)
                root.board.postVoice(file, durationMs);
        }
    }

    PrimaryButton {
        objectName: "recordVoice"
        Layout.fillWidth: true
        Layout.preferredHeight: root.large ? 76 : Theme.touchTarget
        visible: !recorder.recording && recorder.available
        text: qsTr("● Record a voice message")
        font.pixelSize: root.large ? Theme.fontTitle : Theme.fontLabel
        Accessible.name: qsTr("Record a voice message")
        onClicked: {
            recorder.sendWhenDone = true;
            recorder.start();
        }
    }

    Label {
        objectName: "noMicrophone"
        Layout.fillWidth: true
        visible: !recorder.available
        text: qsTr("Voice messages cannot be recorded here: this device has no microphone.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: root.large ? Theme.fontLabel : Theme.fontSmall
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: root.large ? 76 : Theme.touchTarget
        visible: recorder.recording
        radius: Theme.radiusSmall
        color: Theme.surfaceAlt
        border.color: Theme.danger
        border.width: 2

        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingS
            spacing: Theme.spacingS
            Rectangle {
                implicitWidth: 14
                implicitHeight: 14
                radius: 7
                color: Theme.danger
                SequentialAnimation on opacity {
                    running: recorder.recording
                    loops: Animation.Infinite
                    NumberAnimation { to: 0.25; duration: 600 }
                    NumberAnimation { to: 1; duration: 600 }
                }
            }
            Label {
                objectName: "recordingClock"
                Layout.fillWidth: true
                text: qsTr("Recording %1 of %2").arg(root.clock(recorder.duration))
                          .arg(root.clock(recorder.maxSeconds * 1000))
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: root.large ? Theme.fontTitle : Theme.fontLabel
            }
            TextButton {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Throw this recording away")
                onClicked: recorder.discard()
            }
            PrimaryButton {
                objectName: "sendVoice"
                text: qsTr("Send")
                Accessible.name: qsTr("Send the voice message")
                onClicked: {
                    recorder.sendWhenDone = true;
                    recorder.stop();
                }
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: recorder.error.length > 0 && !recorder.recording
        text: recorder.error
        wrapMode: Text.Wrap
        color: Theme.danger
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Larder.Components
import Larder.Core
import Larder.Theme

// The camera, looking for the label's QR code; says what it read once.
Card {
    id: root

    property bool scanning: false
    readonly property bool hasCamera: devices.videoInputs.length > 0

    signal found(string content)

    function start() {
        scanner.active = true;
        root.scanning = true;
    }
    function stop() {
        root.scanning = false;
    }

    MediaDevices {
        id: devices
    }
    CaptureSession {
        camera: Camera {
            id: camera
            active: root.scanning
        }
        videoOutput: output
    }
    FrameScanner {
        id: scanner
        videoSink: output.videoSink
        onFound: content => {
            root.stop();
            root.found(content);
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        VideoOutput {
            id: output
            Layout.fillWidth: true
            Layout.preferredHeight: root.scanning ? width * 3 / 4 : 0
            visible: root.scanning
            fillMode: VideoOutput.PreserveAspectCrop
        }
        Text {
            Layout.fillWidth: true
            visible: root.scanning
            text: camera.errorString.length ? camera.errorString : qsTr("Hold the label's QR code in the frame.")
            wrapMode: Text.Wrap
            color: camera.errorString.length ? Theme.danger : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        PrimaryButton {
            objectName: "scanButton"
            Layout.fillWidth: true
            enabled: root.hasCamera
            text: root.scanning ? qsTr("Stop the camera") : qsTr("Scan the label with the camera")
            onClicked: root.scanning ? root.stop() : root.start()
        }
        Text {
            Layout.fillWidth: true
            visible: !root.hasCamera
            text: qsTr("No camera found on this device: open a photo of the label or type its code.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import QtMultimedia
import Larder.Components
import Larder.Core
import Larder.Theme

// The camera, looking for a QR code (a fridge's label, an invitation); says what it read once.
Card {
    id: root

    property bool scanning: false
    /// What to hold in the frame, the button, and what to do without a camera.
    property string hint: qsTr("Hold the label's QR code in the frame.")
    property string scanText: qsTr("Scan the label with the camera")
    property string noCameraText: qsTr("No camera found on this device: open a photo of the label or type its code.")
    readonly property bool hasCamera: devices.videoInputs.length > 0
    /// The camera's view while scanning (a VideoOutput), else null.
    readonly property var videoItem: view.item

    signal found(string content)

    function start() {
        if (!root.hasCamera)
            return; // no camera to start (and no pipeline to tear down)
        scanner.active = true;
        root.scanning = true;
    }
    function stop() {
        root.scanning = false;
    }

    MediaDevices {
        id: devices
    }
    FrameScanner {
        id: scanner
        videoSink: root.videoItem ? root.videoItem.videoSink : null
        onFound: content => {
            root.stop();
            root.found(content);
        }
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        // The camera exists only while scanning: an idle capture pipeline is not kept around
        // (and Qt 6.4's GStreamer backend can hang tearing one down that never ran).
        Loader {
            id: view
            Layout.fillWidth: true
            Layout.preferredHeight: root.scanning ? width * 3 / 4 : 0
            active: root.scanning
            visible: root.scanning
            sourceComponent: VideoOutput {
                id: output
                property string errorString: camera.errorString
                fillMode: VideoOutput.PreserveAspectCrop
                CaptureSession {
                    camera: Camera {
                        id: camera
                        active: true
                    }
                    videoOutput: output
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: root.scanning
            text: root.videoItem && root.videoItem.errorString.length ? root.videoItem.errorString : root.hint
            wrapMode: Text.Wrap
            color: root.videoItem && root.videoItem.errorString.length ? Theme.danger : Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        PrimaryButton {
            objectName: "scanButton"
            Layout.fillWidth: true
            enabled: root.hasCamera
            text: root.scanning ? qsTr("Stop the camera") : root.scanText
            onClicked: root.scanning ? root.stop() : root.start()
        }
        Text {
            Layout.fillWidth: true
            visible: !root.hasCamera
            text: root.noCameraText
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}

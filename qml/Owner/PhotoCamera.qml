// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Larder.Components
import Larder.Core
import Larder.Theme

// Takes a photo for the board with the device's camera: the camera's view while open, then
// "Take the photo" keeps the frame on screen (as a JPEG) and closes the camera.
Card {
    id: root

    readonly property bool hasCamera: devices.videoInputs.length > 0
    property bool open: false

    /// The camera's view while open (a VideoOutput), else null.
    readonly property var videoItem: view.item

    signal taken(string file)

    visible: root.open
    padding: Theme.spacingM

    MediaDevices {
        id: devices
    }
    PhotoSnap {
        id: snap
        videoSink: root.videoItem ? root.videoItem.videoSink : null
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        // The camera exists only while open (no idle capture pipeline is kept around).
        Loader {
            id: view
            Layout.fillWidth: true
            Layout.preferredHeight: root.open ? width * 3 / 4 : 0
            active: root.open
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
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: snap.error.length ? snap.error
                : root.videoItem && root.videoItem.errorString.length ? root.videoItem.errorString : ""
            wrapMode: Text.Wrap
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextButton {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Close the camera")
                onClicked: root.open = false
            }
            PrimaryButton {
                objectName: "takePhoto"
                Layout.fillWidth: true
                text: qsTr("Take the photo")
                onClicked: {
                    const file = snap.take();
                    if (file.length > 0) {
                        root.open = false;
                        root.taken(file);
                    }
                }
            }
        }
    }
}

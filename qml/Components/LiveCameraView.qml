// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtMultimedia
import Larder.Core
import Larder.Theme

// The fridge's cameras live: the shelf in 16:9 with what is happening said over it (connecting,
// dark, busy, unreachable — never a bare black rectangle), a chip per shelf, and how old the
// picture is. It watches only while it is shown and the app is in front; it stops when it is
// closed or the app goes to the background.
// (An Item with a Column inside: a ColumnLayout did not pass on the height the chips' Flow and
// the 16:9 picture gain from their width in Qt 6.4.)
Item {
    id: root

    required property LiveCamera camera
    /// Watch while shown (a page may pause it).
    property bool wanted: true
    /// The picture's height on a tall screen (the door) may be capped by the page.
    property real maximumPictureHeight: Infinity

    // (The camera itself pauses while the app is in the background.)
    readonly property bool shouldWatch: root.wanted && root.visible
    readonly property bool flowing: root.camera.status === LiveCamera.Live
                                    || root.camera.status === LiveCamera.Dark
    /// Qt 6.4 draws video only with a graphics API (not with the software scene graph): there
    /// the view says so instead of showing a black rectangle.
    readonly property bool drawsVideo: GraphicsInfo.api !== GraphicsInfo.Software
    onShouldWatchChanged: root.shouldWatch ? root.camera.start() : root.camera.stop()
    Component.onCompleted: {
        root.camera.videoSink = video.videoSink;
        if (root.shouldWatch)
            root.camera.start();
    }
    Component.onDestruction: root.camera.stop()

    implicitHeight: column.implicitHeight
    // Not 0: a page's ColumnLayout in Qt 6.4 left an item of no implicit width at width 0,
    // whatever its Layout.fillWidth.
    implicitWidth: 240

    Column {
        id: column
        width: root.width
        spacing: Theme.spacingM

        Rectangle {
            id: picture
            objectName: "livePicture"
            // 16:9 always: where the height is capped, narrower (the whole shelf, never cropped).
            width: Math.min(parent.width, Math.floor(root.maximumPictureHeight * 16 / 9))
            height: Math.round(width * 9 / 16)
            radius: Theme.radiusSmall
            color: "#111418"
            clip: true
            Accessible.role: Accessible.Graphic
            Accessible.name: root.flowing
                             ? qsTr("Live picture: %1").arg(root.camera.cameraLabel)
                             : root.camera.message

            VideoOutput {
                id: video
                anchors.fill: parent
                fillMode: VideoOutput.PreserveAspectCrop
                visible: root.flowing && root.drawsVideo
            }
            // Live: a red dot and the word, top right (the frame's own stamp is top left).
            Rectangle {
                objectName: "liveBadge"
                visible: root.flowing
                anchors.top: parent.top
                anchors.right: parent.right
                anchors.margins: Theme.spacingS
                radius: height / 2
                color: "#cc000000"
                implicitWidth: badge.implicitWidth + 2 * Theme.spacingS
                implicitHeight: badge.implicitHeight + Theme.spacingXs
                Row {
                    id: badge
                    anchors.centerIn: parent
                    spacing: Theme.spacingXs
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: 8
                        height: 8
                        radius: 4
                        color: Theme.danger
                    }
                    Text {
                        text: qsTr("Live")
                        color: "white"
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                    }
                }
            }
            // The light is off: the dark shelf, and why, along the bottom.
            Rectangle {
                objectName: "darkNotice"
                visible: root.camera.status === LiveCamera.Dark
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                implicitHeight: darkText.implicitHeight + 2 * Theme.spacingS
                color: "#cc000000"
                Text {
                    id: darkText
                    anchors.fill: parent
                    anchors.margins: Theme.spacingS
                    text: root.camera.message
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    color: "white"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
            // Live but not drawable here (the software scene graph).
            Text {
                objectName: "noVideoNotice"
                visible: root.flowing && !root.drawsVideo
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingL
                text: qsTr("The camera is live, but this screen cannot draw video without graphics acceleration.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: "#e6e8eb"
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            // Not live: what is happening, and a way to try again where that helps.
            Column {
                visible: !root.flowing
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingL
                spacing: Theme.spacingM
                BusyIndicator {
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: root.camera.status === LiveCamera.Connecting
                    running: visible
                    Accessible.ignored: true
                }
                Text {
                    objectName: "cameraMessage"
                    width: parent.width
                    text: root.camera.status === LiveCamera.Off ? qsTr("The camera is off.")
                                                                : root.camera.message
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    color: "#e6e8eb"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                }
                Button {
                    objectName: "cameraRetry"
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: root.camera.status === LiveCamera.Busy
                             || root.camera.status === LiveCamera.Unavailable
                             || root.camera.status === LiveCamera.Off
                    text: root.camera.status === LiveCamera.Off ? qsTr("Show camera") : qsTr("Try again")
                    Accessible.name: text
                    onClicked: root.camera.start()
                }
            }
        }

        ChoiceChips {
            objectName: "cameraPicker"
            width: parent.width
            title: qsTr("Camera")
            choices: root.camera.cameras
            current: root.camera.camera
            onChosen: value => root.camera.camera = value
        }

        Text {
            objectName: "cameraDetail"
            width: parent.width
            // How far behind, where the two clocks agree well enough to say (a phone's and a
            // fridge's may not: then only when the picture was taken).
            text: !root.flowing ? qsTr("Nothing is recorded: the picture is only sent while you watch.")
                  : root.camera.latencyMs >= 0 && root.camera.latencyMs < 5000
                  ? qsTr("Picture from %1 · %2 ms behind")
                        .arg(Qt.formatTime(root.camera.capturedAt, "hh:mm:ss"))
                        .arg(root.camera.latencyMs)
                  : qsTr("Picture from %1").arg(Qt.formatTime(root.camera.capturedAt, "hh:mm:ss"))
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}

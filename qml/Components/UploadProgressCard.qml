// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Core
import Larder.Theme

// An upload in progress: what, how far (bytes and a bar), how many wait behind it, and a way
// out. Hidden while the uploader is idle.
Card {
    id: root

    required property MediaUploader uploader

    objectName: "boardUpload"
    visible: root.uploader.busy
    padding: Theme.spacingM
    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.uploader.checking ? qsTr("Checking %1…").arg(root.uploader.fileName)
                                             : qsTr("Sending %1").arg(root.uploader.fileName)
                elide: Text.ElideMiddle
                readonly property bool elisionIntended: true // a file name: its ends say most
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            TextButton {
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the upload")
                onClicked: root.uploader.cancel()
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: root.uploader.progress
            Accessible.name: qsTr("Upload progress")
            background: Rectangle {
                implicitHeight: 6
                radius: 3
                color: Theme.surfaceAlt
                border.color: Theme.border
            }
            contentItem: Item {
                implicitHeight: 6
                Rectangle {
                    width: root.uploader.progress * parent.width
                    height: parent.height
                    radius: 3
                    color: Theme.accent
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 of %2").arg(Qt.locale().formattedDataSize(root.uploader.bytesSent, 1))
                          .arg(Qt.locale().formattedDataSize(root.uploader.bytesTotal, 1))
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }
            Label {
                visible: root.uploader.queued > 0
                text: root.uploader.queued === 1 ? qsTr("1 more waits")
                    : qsTr("%1 more wait").arg(root.uploader.queued)
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}

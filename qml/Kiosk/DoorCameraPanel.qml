// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// "Look inside" on the door: the cameras live, large, to see what is on a shelf without
// opening the door; beside them the photo each camera took when the door last closed.
Rectangle {
    id: root

    required property LiveCamera camera
    required property ShelfPhotos photos
    /// False while nobody is at the door (the screen dimmed): the picture stops.
    property bool watching: true

    color: Theme.surface
    border.color: Theme.border

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingL

        LiveCameraView {
            objectName: "doorLiveCamera"
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            Layout.alignment: Qt.AlignTop
            camera: root.camera
            wanted: root.watching
            maximumPictureHeight: root.height - 2 * Theme.spacingL - 140
        }

        // The shelves as the door last saw them.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            Layout.minimumWidth: 0
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: qsTr("When the door last closed")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                visible: shelves.count === 0
                text: root.photos.loading ? qsTr("Loading…")
                                          : qsTr("Photos come when the door closes")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            // As many as there are, each as large as the door's height lets all of them be.
            Item {
                id: photoArea
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.minimumHeight: 0
            Column {
                width: photoArea.width
                spacing: Theme.spacingS
                Repeater {
                    id: shelves
                    model: root.photos
                    delegate: Item {
                        id: shelf
                        required property string label
                        required property string localFile
                        required property date takenAt
                        objectName: "doorShelfPhoto"
                        readonly property real slot: (photoArea.height - (shelves.count - 1)
                                                      * Theme.spacingS) / Math.max(1, shelves.count)
                        width: photoArea.width
                        height: picture.height + caption.implicitHeight + 2
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("%1, %2").arg(shelf.label).arg(Format.dateTime(shelf.takenAt))
                        Rectangle {
                            id: picture
                            height: Math.max(0, Math.min(Math.round(parent.width * 9 / 16),
                                                         shelf.slot - caption.implicitHeight - 2))
                            width: Math.round(height * 16 / 9)
                            radius: Theme.radiusSmall
                            color: Theme.surfaceAlt
                            clip: true
                            Image {
                                anchors.fill: parent
                                source: shelf.localFile
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                            }
                        }
                        Text {
                            id: caption
                            anchors.top: picture.bottom
                            anchors.topMargin: 2
                            width: parent.width
                            text: qsTr("%1 · %2").arg(shelf.label).arg(Qt.formatTime(shelf.takenAt, "hh:mm"))
                            elide: Text.ElideRight
                            color: Theme.textMuted
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontSmall
                        }
                    }
                }
            }
            }
        }
    }
}

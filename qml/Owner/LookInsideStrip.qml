// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// "Look inside": the fridge's cameras' latest picture of each shelf, side by side, with when
// they were taken (the door's last close). Tap a shelf to see it large.
// (An Item that sizes itself: a layout here did not pass the height it gained from its width
// on to the page's layout in Qt 6.4.)
Item {
    id: root

    required property ShelfPhotos photos


    implicitHeight: title.implicitHeight + (shelves.count > 0 ? Theme.spacingXs + row.height : 0)

    function ago(when) {
        const minutes = Math.floor((Date.now() - when.getTime()) / 60000);
        if (minutes < 1)
            return qsTr("just now");
        if (minutes < 60)
            return minutes === 1 ? qsTr("1 minute ago") : qsTr("%1 minutes ago").arg(minutes);
        return Format.dateTime(when);
    }

    RowLayout {
        id: title
        anchors.left: parent.left
        anchors.right: parent.right
        Label {
            text: qsTr("Look inside")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            font.weight: Font.DemiBold
        }
        Label {
            objectName: "lookInsideTime"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignRight
            text: shelves.count === 0
                  ? (root.photos && root.photos.loading ? qsTr("Loading…") : qsTr("Photos come when the door closes"))
                  : qsTr("Taken %1").arg(root.ago(root.photos.takenAt))
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
    // Each shelf in 16:9, side by side.
    Item {
        id: row
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacingXs
        anchors.left: parent.left
        anchors.right: parent.right
        height: shelves.count > 0 ? Math.round(row.shelfWidth * 9 / 16) : 0
        visible: shelves.count > 0
        readonly property real shelfWidth: shelves.count > 0
            ? (row.width - (shelves.count - 1) * Theme.spacingXs) / shelves.count : 0
        Row {
            anchors.fill: parent
            spacing: Theme.spacingXs
            Repeater {
                id: shelves
                model: root.photos
                delegate: Rectangle {
                    id: shelf
                    required property string label
                    required property string localFile
                    required property date takenAt
                    objectName: "shelfPhoto"
                    width: row.shelfWidth
                    height: row.height
                    radius: Theme.radiusSmall
                    color: Theme.surfaceAlt
                    clip: true
                    Accessible.role: Accessible.Graphic
                    Accessible.name: qsTr("%1, photographed %2").arg(shelf.label).arg(root.ago(shelf.takenAt))
                    Image {
                        anchors.fill: parent
                        source: shelf.localFile
                        sourceSize.width: 480
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                    }
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: shelf.localFile.length === 0
                        visible: running
                        implicitWidth: 28
                        implicitHeight: 28
                    }
                    Rectangle {
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.bottom: parent.bottom
                        height: caption.implicitHeight + 6
                        color: Qt.rgba(0, 0, 0, 0.45)
                        Label {
                            id: caption
                            anchors.centerIn: parent
                            width: parent.width - 2 * Theme.spacingXs
                            horizontalAlignment: Text.AlignHCenter
                            wrapMode: Text.Wrap
                            text: shelf.label
                            color: "white"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.fontCaption
                        }
                    }
                    TapHandler {
                        onTapped: if (shelf.localFile.length > 0) zoom.show(shelf.localFile, shelf.label)
                    }
                }
            }
        }
    }

    Popup {
        id: zoom
        objectName: "shelfZoom"
        property string source: ""
        property string title: ""
        function show(file, label) {
            zoom.source = file;
            zoom.title = label;
            zoom.open();
        }
        parent: T.Overlay.overlay
        anchors.centerIn: parent
        width: parent ? Math.min(parent.width - 2 * Theme.spacingL, 960) : 0
        height: width * 9 / 16 + Theme.touchTarget
        modal: true
        padding: 0
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radiusSmall
        }
        contentItem: ColumnLayout {
            spacing: 0
            Image {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Accessible.name: qsTr("%1, enlarged").arg(zoom.title)
                source: zoom.source
                fillMode: Image.PreserveAspectFit
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: Theme.spacingXs
                Label {
                    Layout.fillWidth: true
                    leftPadding: Theme.spacingS
                    text: zoom.title
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                }
                TextButton {
                    text: qsTr("Close")
                    onClicked: zoom.close()
                }
            }
        }
    }
}

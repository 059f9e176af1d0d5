// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtMultimedia
import Larder.Components
import Larder.Theme

// One post on the family board: who and when, its title and text (a recipe card), a photo's
// caption or a voice message's length, a mark while it is new to you (tap to open it), who has
// seen it, and Delete where you may.
Card {
    id: root

    required property string postId
    required property string kind
    required property string title
    required property string text
    required property int durationMs
    required property string author
    required property bool fromTablet
    required property date createdAt
    required property string seenBy
    required property bool mine
    required property bool unread
    required property bool mayDelete
    required property string mediaKey
    required property string localFile

    objectName: "boardPost"

    signal opened(string postId)
    signal deleteAsked(string postId)
    /// The recording or photo is wanted on this device.
    signal mediaWanted(string postId)

    Component.onCompleted: if (root.mediaKey.length > 0 && root.localFile.length === 0)
                               root.mediaWanted(root.postId)

    // The player is made on the first Play: a list of posts opens no audio device.
    property var player: null
    readonly property bool playing: root.player !== null
                                    && root.player.playbackState === MediaPlayer.PlayingState
    Component {
        id: playerComponent
        MediaPlayer {
            audioOutput: AudioOutput { }
        }
    }

    padding: Theme.spacingM
    Accessible.name: root.kind === "recipe" ? qsTr("Recipe card: %1").arg(root.title)
                   : root.kind === "photo" ? qsTr("Photo from %1").arg(root.author)
                   : qsTr("Voice message from %1").arg(root.author)

    TapHandler {
        onTapped: if (root.unread) root.opened(root.postId)
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Rectangle {
                visible: root.unread
                implicitWidth: 10
                implicitHeight: 10
                radius: 5
                color: Theme.accent
                Accessible.name: qsTr("New")
            }
            Label {
                Layout.fillWidth: true
                text: (root.mine ? qsTr("You") : root.author) + " · "
                      + Format.dateTime(root.createdAt)
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            TextButton {
                visible: root.mayDelete
                text: qsTr("Delete")
                Accessible.name: qsTr("Delete this post")
                onClicked: root.deleteAsked(root.postId)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.kind === "recipe" ? root.title
                : root.kind === "photo" ? (root.text.length ? root.text : qsTr("Photo"))
                : qsTr("Voice message · %1:%2").arg(Math.floor(root.durationMs / 60000))
                      .arg(String(Math.round(root.durationMs / 1000) % 60).padStart(2, "0"))
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            font.bold: root.kind === "recipe"
        }
        Image {
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? Math.min(width * 0.75, 320) : 0
            visible: root.kind !== "voice" && root.mediaKey.length > 0
            source: root.kind !== "voice" ? root.localFile : ""
            // A thumbnail's worth of pixels, whatever the photo's size.
            sourceSize.width: 720
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            Accessible.name: qsTr("Photo")
            Rectangle {
                anchors.fill: parent
                visible: parent.status !== Image.Ready
                color: Theme.surfaceAlt
                radius: Theme.radiusSmall
            }
        }
        OutlineButton {
            visible: root.kind === "voice"
            enabled: root.localFile.length > 0
            text: root.playing ? qsTr("Stop") : qsTr("Play")
            Accessible.name: root.playing ? qsTr("Stop the voice message")
                                          : qsTr("Play the voice message")
            onClicked: {
                if (root.playing) {
                    root.player.stop();
                } else {
                    if (root.player === null)
                        root.player = playerComponent.createObject(root, {source: root.localFile});
                    root.player.play();
                    if (root.unread)
                        root.opened(root.postId);
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.kind !== "photo" && root.text.length > 0
            text: root.text
            wrapMode: Text.Wrap
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Label {
            Layout.fillWidth: true
            visible: root.seenBy.length > 0
            text: qsTr("Seen by %1").arg(root.seenBy)
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
        }
    }
}

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family board on the door: anyone in the kitchen records a voice message (no sign-in;
// it is posted as "Kitchen tablet"), hears the family's, sees their photos and recipe cards,
// newest first and live. A post is marked until someone at the door opens it.
Rectangle {
    id: root

    required property Board board

    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingM

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Text {
                text: qsTr("Family board")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle + 4
                font.weight: Font.DemiBold
            }
            Text {
                Layout.fillWidth: true
                objectName: "boardUnread"
                text: root.board.unread === 0 ? qsTr("all seen")
                    : root.board.unread === 1 ? qsTr("1 new") : qsTr("%1 new").arg(root.board.unread)
                color: root.board.unread > 0 ? Theme.accent : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
            }
        }

        VoiceMessageBar {
            Layout.fillWidth: true
            board: root.board
            large: true
        }
        UploadProgressCard {
            Layout.fillWidth: true
            uploader: root.board.uploader
        }
        Banner {
            Layout.fillWidth: true
            visible: text.length > 0
            kind: "danger"
            text: root.board.error.length ? root.board.error : root.board.uploader.error
        }

        ListView {
            id: list
            objectName: "kioskBoardList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingS
            boundsBehavior: Flickable.StopAtBounds
            model: root.board.posts
            ScrollBar.vertical: ScrollBar { }

            delegate: BoardPostCard {
                width: ListView.view.width
                onOpened: (postId) => root.board.markSeen(postId)
                onDeleteAsked: (postId) => root.board.remove(postId)
                onMediaWanted: (postId) => root.board.fetchMedia(postId)
            }

            Text {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacingL
                visible: list.count === 0 && !root.board.loading
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: qsTr("Nothing on the board yet. Record a message for the family.")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: root.board.loading
                visible: running
            }
        }
    }
}

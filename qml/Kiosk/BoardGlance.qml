// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family board at a glance on the door: how many posts are new and the latest few (who,
// when, what); touching it, or its button, opens the board.
Card {
    id: root

    required property Board board
    /// The latest posts that fit between the title and the button (up to three; none where the
    /// door is short and the text large: the button still says how many are new).
    readonly property int shown: Math.max(0, Math.min(3, Math.floor(
        (root.availableHeight - header.implicitHeight - openTile.implicitHeight - 2 * Theme.spacingS)
        / (Theme.fontBody * 2.9 + Theme.fontSmall * 1.5 + Theme.spacingS))))

    signal open()

    padding: Theme.spacingL

    TapHandler {
        onTapped: root.open()
    }
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS
        RowLayout {
            id: header
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Icon {
                name: "board"
                color: Theme.accent
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Family board")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
            }
            StatusChip {
                visible: root.board.unread > 0
                text: qsTr("%1 new").arg(root.board.unread)
                tone: Theme.accent
            }
        }
        Repeater {
            model: root.board.posts
            delegate: ColumnLayout {
                id: post
                required property int index
                required property string kind
                required property string title
                required property string text
                required property string author
                required property date createdAt
                required property bool unread
                Layout.fillWidth: true
                visible: post.index < root.shown
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: post.kind === "voice" ? qsTr("Voice message")
                        : post.title.length ? post.title
                        : post.kind === "photo" ? qsTr("Photo") : post.text
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    maximumLineCount: 2
                    readonly property bool elisionIntended: true // a preview: the board shows all
                    elide: Text.ElideRight
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    font.weight: post.unread ? Font.DemiBold : Font.Normal
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(post.author).arg(Format.dateTime(post.createdAt))
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: !root.board.loading && root.board.posts.count === 0
            text: qsTr("No messages yet. Touch to record one.")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Item { Layout.fillHeight: true }
        KioskTile {
            id: openTile
            objectName: "openBoard"
            Layout.fillWidth: true
            minimumHeight: 56
            text: root.board.unread > 0 ? qsTr("Open the board · %1 new").arg(root.board.unread)
                                        : qsTr("Open the board")
            onClicked: root.open()
        }
    }
}

// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family board: recipe cards, photos and voice messages from the family and the kitchen
// tablet, newest first and live. New posts are marked until opened; each shows who has seen it.
// Post a recipe card, a photo (from a file or the camera) or a voice message (an upload shows its progress and can be
// cancelled); delete your own posts (the owner may delete any).
Item {
    id: root

    required property Board board
    required property string familyName

    readonly property string pageName: "board"
    readonly property bool ready: !root.board.loading

    /// False where the page is one of the main places (no back button).
    property bool canGoBack: true

    signal back()

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.familyName.length ? qsTr("Board · %1").arg(root.familyName) : qsTr("Family board")
        canGoBack: root.canGoBack
        onBack: root.back()
    }

    /// A photo chosen for the recipe card being written (a file URL), or "".
    property string recipePhoto: ""

    FileDialog {
        id: recipePhotoPicker
        title: qsTr("Choose a photo for the recipe card")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.recipePhoto = recipePhotoPicker.selectedFile
    }
    FileDialog {
        id: photoPicker
        title: qsTr("Choose a photo")
        nameFilters: [qsTr("Photos (*.jpg *.jpeg *.png *.webp)")]
        onAccepted: root.board.postPhoto(photoPicker.selectedFile, recipeTitle.text)
    }

    ColumnLayout {
        id: compose
        anchors.top: header.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        spacing: Theme.spacingS

        TextField {
            id: recipeTitle
            objectName: "boardRecipeTitle"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            maximumLength: 80
            placeholderText: qsTr("Title or caption")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLabel
            leftPadding: Theme.spacingM
            Accessible.name: qsTr("Title or caption")
            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surfaceAlt
                border.color: recipeTitle.activeFocus ? Theme.accent : Theme.border
                border.width: recipeTitle.activeFocus ? 2 : 1
            }
        }
        TextArea {
            id: caption
            objectName: "boardRecipeText"
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.touchTarget * 1.6
            wrapMode: TextArea.Wrap
            placeholderText: qsTr("Ingredients, steps")
            placeholderTextColor: Theme.textMuted
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Recipe text")
            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surfaceAlt
                border.color: caption.activeFocus ? Theme.accent : Theme.border
                border.width: caption.activeFocus ? 2 : 1
            }
        }
        // The recipe card's photo: chosen, shown by name, removable.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Label {
                Layout.fillWidth: true
                text: root.recipePhoto.length
                      ? qsTr("Photo on the card: %1").arg(decodeURIComponent(root.recipePhoto.split("/").pop()))
                      : qsTr("A recipe card may carry a photo.")
                elide: Text.ElideMiddle
                readonly property bool elisionIntended: true // a file name: its ends say most
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            TextButton {
                objectName: "boardRecipePhoto"
                text: root.recipePhoto.length ? qsTr("Remove photo") : qsTr("Add a photo")
                Accessible.name: root.recipePhoto.length ? qsTr("Remove the recipe card's photo")
                                                         : qsTr("Add a photo to the recipe card")
                onClicked: root.recipePhoto.length ? root.recipePhoto = "" : recipePhotoPicker.open()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            PrimaryButton {
                objectName: "boardPostRecipe"
                Layout.fillWidth: true
                text: qsTr("Post recipe card")
                enabled: recipeTitle.text.trim().length > 0
                onClicked: {
                    root.board.postRecipe(recipeTitle.text, caption.text, root.recipePhoto);
                    root.recipePhoto = "";
                    recipeTitle.clear();
                    caption.clear();
                }
            }
            OutlineButton {
                objectName: "boardPostPhoto"
                Layout.fillWidth: true
                text: qsTr("Post a photo…")
                Accessible.name: qsTr("Post a photo")
                onClicked: photoPicker.open()
            }
            OutlineButton {
                objectName: "boardTakePhoto"
                visible: camera.hasCamera
                text: qsTr("Camera")
                Accessible.name: qsTr("Take a photo with the camera")
                onClicked: camera.open = true
            }
        }
        PhotoCamera {
            id: camera
            Layout.fillWidth: true
            onTaken: (file) => root.board.postPhoto(file, recipeTitle.text)
        }

        VoiceMessageBar {
            Layout.fillWidth: true
            board: root.board
        }
        UploadProgressCard {
            Layout.fillWidth: true
            uploader: root.board.uploader
        }
        UnfinishedUploadsCard {
            Layout.fillWidth: true
            uploads: root.board.unfinished
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.board.error.length ? root.board.error : root.board.uploader.error
            wrapMode: Text.Wrap
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }

    ListView {
        id: list
        objectName: "boardList"
        anchors.top: compose.bottom
        anchors.topMargin: Theme.spacingM
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: compose.width
        clip: true
        spacing: Theme.spacingS
        model: root.board.posts

        delegate: BoardPostCard {
            width: list.width
            onOpened: (postId) => root.board.markSeen(postId)
            onDeleteAsked: (postId) => root.board.remove(postId)
            onMediaWanted: (postId) => root.board.fetchMedia(postId)
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0 && !root.board.loading
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Nothing on the board yet. Post a recipe card or a photo for the family.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }

    FocusFollower {
        flickable: list
    }
}

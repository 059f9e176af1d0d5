// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The family's uploads that never finished — a photo whose phone was switched off, a fridge's
// camera stuck mid-upload — with who started each, when, and what it holds of the family's
// storage. Any member may cancel one, or all: nothing keeps the family's upload slots or
// storage for long. Hidden while there are none; the list opens on "Show".
Card {
    id: root

    required property UnfinishedUploads uploads

    property bool expanded: false
    /// Rows shown at most; the rest are counted.
    readonly property int shown: 4

    component UploadRow: RowLayout {
        id: row
        required property int index
        required property string key
        required property string kind
        required property string startedBy
        required property date startedAt
        required property real bytes
        property UnfinishedUploads uploads
        visible: row.index < root.shown
        Layout.fillWidth: true
        spacing: Theme.spacingS
        Label {
            Layout.fillWidth: true
            text: qsTr("%1 from %2, %3 · %4")
                  .arg(row.kind === "voice" ? qsTr("A voice message")
                       : row.kind === "video" ? qsTr("A video")
                       : row.kind === "snapshot" ? qsTr("A shelf photo")
                       : qsTr("A photo"))
                  .arg(row.startedBy)
                  .arg(Format.dateTime(row.startedAt))
                  .arg(row.bytes > 0 ? qsTr("%1 sent").arg(Qt.locale().formattedDataSize(row.bytes, 1))
                                     : qsTr("nothing sent"))
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
        }
        TextButton {
            text: qsTr("Cancel")
            enabled: row.uploads && !row.uploads.busy
            Accessible.name: qsTr("Cancel this unfinished upload")
            onClicked: row.uploads.cancel(row.key)
        }
    }

    objectName: "unfinishedUploads"
    visible: root.uploads.count > 0
    padding: Theme.spacingM
    contentItem: ColumnLayout {
        spacing: Theme.spacingXs
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: root.uploads.count === 1 ? qsTr("1 upload did not finish")
                                               : qsTr("%1 uploads did not finish").arg(root.uploads.count)
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            TextButton {
                objectName: "unfinishedUploadsCancelAll"
                visible: root.expanded && root.uploads.count > 1
                text: qsTr("Cancel all")
                enabled: !root.uploads.busy
                Accessible.name: qsTr("Cancel every unfinished upload")
                onClicked: root.uploads.cancelAll()
            }
            TextButton {
                objectName: "unfinishedUploadsToggle"
                text: root.expanded ? qsTr("Hide") : qsTr("Show")
                Accessible.name: root.expanded ? qsTr("Hide the unfinished uploads")
                                               : qsTr("Show the unfinished uploads")
                onClicked: root.expanded = !root.expanded
            }
        }
        Repeater {
            model: root.expanded ? root.uploads : null
            delegate: UploadRow {
                uploads: root.uploads
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.expanded && root.uploads.count > root.shown
            text: qsTr("and %1 more").arg(root.uploads.count - root.shown)
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.uploads.error
            wrapMode: Text.Wrap
            color: Theme.danger
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontCaption
        }
    }
}

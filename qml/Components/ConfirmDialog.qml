// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Theme

// Asks before something that cannot be undone (remove a member, leave a family).
Dialog {
    id: root

    property string message: ""
    property string confirmText: qsTr("Confirm")
    property bool destructive: true

    signal confirmed()

    modal: true
    parent: T.Overlay.overlay
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? (parent.height - height) / 2 : 0
    width: Math.min(420, (parent ? parent.width : 420) - 2 * Theme.spacingL)
    padding: Theme.spacingXl
    T.Overlay.modal: Rectangle { color: "#80000000" }

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
    header: Text {
        text: root.title
        leftPadding: Theme.spacingXl
        rightPadding: Theme.spacingXl
        topPadding: Theme.spacingXl
        wrapMode: Text.Wrap
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        font.weight: Font.DemiBold
    }
    contentItem: ColumnLayout {
        spacing: Theme.spacingL
        Text {
            Layout.fillWidth: true
            text: root.message
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM
            Item { Layout.fillWidth: true }
            TextButton {
                text: qsTr("Cancel")
                onClicked: root.reject()
            }
            PrimaryButton {
                objectName: "confirmDialogButton"
                text: root.confirmText
                tone: root.destructive ? Theme.danger : Theme.accent
                onClicked: {
                    root.accept();
                    root.confirmed();
                }
            }
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Theme

// The frame of the sign-in and account screens: the Larder brand, a heading, and the form
// on a card, with room for a message above it.
Item {
    id: root

    required property string pageName
    required property string heading
    property string subheading: ""
    property bool ready: true
    property bool canGoBack: false
    property string error: ""
    property string notice: ""
    default property alias form: formColumn.data

    signal back()

    ScrollPage {
        anchors.fill: parent
        pageName: root.pageName
        contentWidth: 440
        title: root.canGoBack ? " " : ""
        canGoBack: root.canGoBack
        onBack: root.back()

        ColumnLayout {
            Layout.fillWidth: true
            Layout.topMargin: root.canGoBack ? 0 : Theme.spacingXxl
            spacing: Theme.spacingXs
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: "Larder"
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: 34
                font.weight: Font.Bold
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Your fridge, at home and away")
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
        }

        Text {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingL
            text: root.heading
            color: Theme.text
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.Bold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: root.subheading.length > 0
            text: root.subheading
            color: Theme.textMuted
            wrapMode: Text.Wrap
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Banner {
            objectName: "authNotice"
            Layout.fillWidth: true
            visible: root.notice.length > 0 && root.error.length === 0
            kind: "info"
            text: root.notice
        }
        Banner {
            objectName: "authError"
            Layout.fillWidth: true
            visible: root.error.length > 0
            kind: "danger"
            text: root.error
        }
        Card {
            Layout.fillWidth: true
            ColumnLayout {
                id: formColumn
                anchors.fill: parent
                spacing: Theme.spacingL
            }
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Theme

// While the saved session is being restored.
Item {
    id: root

    readonly property string pageName: "restoring"
    readonly property bool ready: false

    ColumnLayout {
        anchors.centerIn: parent
        spacing: Theme.spacingL
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: "Larder"
            color: Theme.accent
            font.family: Theme.fontFamily
            font.pixelSize: 34
            font.weight: Font.Bold
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: true
        }
        Text {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Signing you in…")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
    }
}

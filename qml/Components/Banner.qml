// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// A full-width message strip: "info", "warning" or "danger".
Rectangle {
    id: root

    required property string text
    property string kind: "warning"
    property string title: ""

    implicitHeight: row.implicitHeight + 2 * Theme.spacingM
    radius: Theme.radiusSmall
    color: root.kind === "danger" ? Theme.dangerSurface : root.kind === "info" ? Theme.infoSurface : Theme.warningSurface
    border.color: root.kind === "danger" ? Theme.danger : root.kind === "info" ? Theme.accent : Theme.warning
    border.width: 1
    Accessible.role: Accessible.AlertMessage
    Accessible.name: root.title + " " + root.text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingM

        Text {
            text: root.kind === "info" ? "ℹ" : "⚠"
            color: root.border.color
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Text {
                visible: root.title.length > 0
                text: root.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Text {
                text: root.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
    }
}

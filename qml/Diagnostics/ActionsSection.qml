// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// What an agent may do to the fridge of the case: ask it to report everything again (any
// consent), and — only when the family allowed changes — send it one of the family's commands.
// Each is on the family's record; the fridge carries it out when it is online.
ColumnLayout {
    id: root

    required property SupportCase supportCase

    spacing: Theme.spacingS

    SectionTitle {
        Layout.fillWidth: true
        text: qsTr("Actions")
    }
    OutlineButton {
        objectName: "resyncShadow"
        Layout.fillWidth: true
        text: qsTr("Ask the fridge to report everything again")
        onClicked: root.supportCase.sendCommand("resyncShadow")
    }
    Text {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        visible: !root.supportCase.allowWrites
        wrapMode: Text.Wrap
        text: qsTr("The family let you look only: commands that change the fridge need the owner to allow changes.")
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
    // A positioner, not the layout: rows made anew as the list changes must not meet
    // a layout mid-arrangement (Qt 6.4).
    Column {
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Repeater {
            model: root.supportCase.allowWrites ? root.supportCase.commands : []
            delegate: OutlineButton {
                required property string modelData
                objectName: "supportCommand"
                width: parent ? parent.width : 0
                text: root.supportCase.commandTitle(modelData)
                onClicked: root.supportCase.sendCommand(modelData)
            }
        }
    }
    Text {
        textFormat: Text.PlainText
        objectName: "actionNotice"
        Layout.fillWidth: true
        visible: root.supportCase.notice.length > 0
        wrapMode: Text.Wrap
        text: root.supportCase.notice
        color: Theme.success
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
    }
}

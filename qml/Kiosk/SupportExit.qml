// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// The way to the door's local diagnostics (and out of the kiosk): hold the top-right corner for
// three seconds, then enter the support PIN on the on-screen keyboard.
Item {
    id: root

    required property SupportPin supportPin
    readonly property bool open: dialog.opened

    signal exitRequested()

    function hide() {
        dialog.close();
    }
    function show() {
        pad.pin = "";
        dialog.open();
    }

    MouseArea {
        objectName: "supportCorner"
        anchors.top: parent.top
        anchors.right: parent.right
        width: 96
        height: 96
        pressAndHoldInterval: 3000
        onPressAndHold: root.show()
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Support (hold)")
    }

    Dialog {
        id: dialog
        objectName: "supportDialog"
        parent: T.Overlay.overlay
        modal: true
        x: parent ? (parent.width - width) / 2 : 0
        y: parent ? Math.max(Theme.spacingS, (parent.height - height) / 2) : 0
        width: 440
        padding: Theme.spacingXl
        T.Overlay.modal: Rectangle { color: "#99000000" }
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingL
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Support")
            }
            // The PIN as dots, one per digit typed.
            Text {
                objectName: "supportPin"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: pad.pin.length ? "●".repeat(pad.pin.length) : qsTr("Enter the support PIN")
                color: pad.pin.length ? Theme.text : Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: pad.pin.length ? Theme.fontHeadline : Theme.fontLabel
                font.letterSpacing: pad.pin.length ? 6 : 0
                Accessible.name: pad.pin.length === 1 ? qsTr("1 digit typed") : qsTr("%1 digits typed").arg(pad.pin.length)
            }
            Text {
                Layout.fillWidth: true
                visible: root.supportPin.error.length > 0
                text: root.supportPin.error
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            PinPad {
                id: pad
                objectName: "supportPinPad"
                Layout.alignment: Qt.AlignHCenter
                enabled: root.supportPin.configured
                onEntered: root.submit()
            }
            ButtonRow {
                PrimaryButton {
                    objectName: "supportExitButton"
                    text: qsTr("Open diagnostics")
                    enabled: root.supportPin.configured && pad.pin.length >= 4
                    onClicked: root.submit()
                }
                KioskTile {
                    minimumHeight: 56
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
            }
        }
    }

    function submit() {
        if (root.supportPin.check(pad.pin)) {
            dialog.close();
            root.exitRequested();
        }
        pad.pin = "";
    }
}

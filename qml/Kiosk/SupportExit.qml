// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// The only way out of the kiosk: hold the top-right corner for three seconds, then enter the
// support PIN on the on-screen keyboard.
Item {
    id: root

    required property SupportPin supportPin
    readonly property bool open: dialog.opened

    signal exitRequested()

    function hide() {
        dialog.close();
    }
    function show() {
        pin.text = "";
        dialog.open();
        pin.field.forceActiveFocus();
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
        y: Theme.spacingXxl
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
            FormField {
                id: pin
                objectName: "supportPin"
                Layout.fillWidth: true
                label: qsTr("Support PIN")
                echoMode: TextInput.Password
                maximumLength: 8
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                problem: root.supportPin.error
                showProblem: true
                onAccepted: root.submit()
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                Item { Layout.fillWidth: true }
                TextButton {
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                PrimaryButton {
                    objectName: "supportExitButton"
                    text: qsTr("Leave kiosk")
                    enabled: root.supportPin.configured
                    onClicked: root.submit()
                }
            }
        }
    }

    function submit() {
        if (root.supportPin.check(pin.text)) {
            dialog.close();
            root.exitRequested();
        }
        pin.text = "";
    }
}

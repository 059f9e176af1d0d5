// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Add a fridge: read its label (a photo of it, or the code typed by hand), name it, choose
// the family, and pair it; then wait until it reports and show it.
ScrollPage {
    id: root

    required property PairingFlow pairing
    required property FamiliesModel families
    property string familyId: ""
    property bool typing: false
    property bool submitted: false

    signal showFridge()

    pageName: "addfridge"
    title: qsTr("Add a fridge")

    Component.onCompleted: root.pairing.reset()

    Connections {
        target: root.pairing
        function onStepChanged() {
            if (root.pairing.step === PairingFlow.Done)
                root.showFridge();
        }
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("A photo of the fridge's label")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: root.pairing.usePicture(pictureDialog.selectedFile)
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("The label with the pairing code is inside the fridge door, and on the fridge's screen until it is paired.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Banner {
        objectName: "pairingError"
        Layout.fillWidth: true
        visible: root.pairing.error.length > 0
        kind: "danger"
        text: root.pairing.error
    }

    // 1. The label
    Card {
        Layout.fillWidth: true
        visible: !root.pairing.hasLabel
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Read the label")
            }
            CameraScanner {
                Layout.fillWidth: true
                padding: 0
                background: null
                onFound: content => {
                    if (!root.pairing.useScanned(content))
                        start(); // not a Larder label: keep looking (the error says why)
                }
            }
            TextButton {
                objectName: "openPictureButton"
                Layout.fillWidth: true
                text: qsTr("Open a photo of the label")
                Layout.preferredHeight: Theme.touchTarget
                onClicked: pictureDialog.open()
            }
            TextButton {
                Layout.fillWidth: true
                visible: !root.typing
                text: qsTr("Type the code instead")
                onClicked: root.typing = true
            }
            FormField {
                id: serial
                objectName: "typedSerial"
                Layout.fillWidth: true
                visible: root.typing
                label: qsTr("Serial number")
                placeholder: "LRD00000042"
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            }
            FormField {
                id: model
                objectName: "typedModel"
                Layout.fillWidth: true
                visible: root.typing
                label: qsTr("Model")
                placeholder: "LF-500"
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            }
            FormField {
                id: code
                objectName: "typedCode"
                Layout.fillWidth: true
                visible: root.typing
                label: qsTr("Pairing code")
                placeholder: "ABCD-EFGH-…"
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
            }
            PrimaryButton {
                objectName: "useTypedButton"
                Layout.fillWidth: true
                visible: root.typing
                text: qsTr("Continue")
                onClicked: root.pairing.useTyped(serial.text, model.text, code.text)
            }
        }
    }

    // 2. Name and family, then pair
    Card {
        Layout.fillWidth: true
        visible: root.pairing.hasLabel
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingM
            SectionTitle {
                Layout.fillWidth: true
                text: qsTr("Larder %1").arg(root.pairing.model)
            }
            InfoRow {
                Layout.fillWidth: true
                label: qsTr("Serial number")
                value: root.pairing.serial
            }
            FormField {
                id: name
                objectName: "fridgeName"
                Layout.fillWidth: true
                label: qsTr("Name")
                text: qsTr("Kitchen fridge")
                maximumLength: 60
                problem: name.text.trim().length === 0 ? qsTr("Give the fridge a name.") : ""
                showProblem: root.submitted
            }
            Text {
                text: qsTr("Family")
                visible: root.families.count > 1
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                font.weight: Font.Medium
            }
            Dropdown {
                id: family
                objectName: "familyChoice"
                Layout.fillWidth: true
                visible: root.families.count > 1
                model: root.families
                textRole: "name"
                valueRole: "familyId"
                Accessible.name: qsTr("Family")
                Component.onCompleted: {
                    const index = family.indexOfValue(root.familyId);
                    family.currentIndex = index >= 0 ? index : 0;
                }
            }
            Text {
                Layout.fillWidth: true
                visible: root.families.count === 0
                text: qsTr("You are not in a family yet: start one first under Your families.")
                wrapMode: Text.Wrap
                color: Theme.danger
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
            }
            PrimaryButton {
                objectName: "pairButton"
                Layout.fillWidth: true
                text: qsTr("Pair this fridge")
                busy: root.pairing.step !== PairingFlow.ReadLabel
                enabled: root.families.count > 0
                onClicked: {
                    root.submitted = true;
                    if (name.problem.length === 0)
                        root.pairing.pair(family.currentValue, name.text);
                }
            }
            TextButton {
                Layout.fillWidth: true
                visible: root.pairing.step === PairingFlow.ReadLabel
                text: qsTr("Use another label")
                onClicked: root.pairing.reset()
            }
        }
    }

    // 3. Progress
    Card {
        Layout.fillWidth: true
        visible: root.pairing.step !== PairingFlow.ReadLabel
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingS
            Repeater {
                model: ListModel {
                    ListElement { step: PairingFlow.Verifying; label: qsTr("Checking the code with Larder") }
                    ListElement { step: PairingFlow.Waiting; label: qsTr("Waiting for the fridge") }
                    ListElement { step: PairingFlow.Done; label: qsTr("Ready") }
                }
                delegate: RowLayout {
                    id: stepRow
                    required property int step
                    required property string label
                    readonly property bool current: root.pairing.step === stepRow.step
                    readonly property bool passed: root.pairing.step > stepRow.step
                    spacing: Theme.spacingM
                    Text {
                        text: stepRow.passed ? "✓" : stepRow.current ? "•" : "○"
                        color: stepRow.passed ? Theme.success : stepRow.current ? Theme.accent : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontTitle
                    }
                    Text {
                        Layout.fillWidth: true
                        text: stepRow.label
                        color: stepRow.current ? Theme.text : Theme.textMuted
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontBody
                        font.weight: stepRow.current ? Font.DemiBold : Font.Normal
                    }
                }
            }
        }
    }
}

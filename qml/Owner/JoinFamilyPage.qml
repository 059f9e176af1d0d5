// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Join a family with the invitation someone in it shows you: scan its QR code, or type its code.
ScrollPage {
    id: root

    required property FamiliesModel families
    property bool submitted: false
    property bool waiting: false
    /// A QR code was read that is not a Larder invitation.
    property string scanProblem: ""

    signal joined()

    pageName: "join"
    title: qsTr("Join a family")

    Connections {
        target: root.families
        function onActionFinished(ok) {
            if (!root.waiting)
                return;
            root.waiting = false;
            if (ok)
                root.joined();
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Ask the family’s owner to open the family in Larder and tap “Invite someone” (or “New invitation”). Scan the QR code they show you, or type the 8-character code under it.")
        wrapMode: Text.Wrap
        color: Theme.textMuted
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
    }
    Banner {
        objectName: "joinError"
        Layout.fillWidth: true
        visible: root.families.error.length > 0
        kind: "danger"
        text: root.families.error
    }
    CameraScanner {
        id: scanner
        objectName: "joinScanner"
        Layout.fillWidth: true
        hint: qsTr("Hold the invitation's QR code in the frame.")
        scanText: qsTr("Scan the invitation's QR code")
        noCameraText: qsTr("No camera found on this device: type the code instead.")
        onFound: content => root.useScanned(content)
    }
    Banner {
        Layout.fillWidth: true
        visible: root.scanProblem.length > 0
        kind: "warning"
        text: root.scanProblem
    }
    Card {
        Layout.fillWidth: true
        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacingL
            FormField {
                id: code
                objectName: "joinCode"
                Layout.fillWidth: true
                label: qsTr("Invitation code")
                placeholder: "ABCD-EFGH"
                fontLarge: true
                maximumLength: 200
                inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                problem: root.codeProblem(code.text)
                showProblem: root.submitted
                onAccepted: root.submit()
            }
            PrimaryButton {
                objectName: "joinButton"
                Layout.fillWidth: true
                text: qsTr("Join")
                busy: root.waiting
                onClicked: root.submit()
            }
        }
    }

    function codeProblem(text) {
        if (text.trim().startsWith("larder://join"))
            return "";
        const letters = text.replace(/[\s-]/g, "");
        return letters.length === 8 ? "" : qsTr("The code has 8 letters and digits.");
    }
    /// A QR code read by the camera: an invitation joins at once; anything else says so and
    /// keeps looking.
    function useScanned(content) {
        if (!content.trim().startsWith("larder://join")) {
            root.scanProblem = qsTr("That QR code is not a Larder invitation. Keep looking, or type the code.");
            scanner.start();
            return;
        }
        root.scanProblem = "";
        code.text = content.trim();
        root.submit();
    }
    function submit() {
        root.submitted = true;
        if (code.problem.length > 0)
            return;
        root.waiting = true;
        root.families.join(code.text);
    }
}

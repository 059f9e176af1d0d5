// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Join a family with the invitation code someone in it gave you.
ScrollPage {
    id: root

    required property FamiliesModel families
    property bool submitted: false
    property bool waiting: false

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
        text: qsTr("Ask the family’s owner to open the family in Larder and tap “Invite someone” (or “New invitation”). Type the 8-letter code they see.")
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
    function submit() {
        root.submitted = true;
        if (code.problem.length > 0)
            return;
        root.waiting = true;
        root.families.join(code.text);
    }
}

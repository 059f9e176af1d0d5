// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// A forgotten password: ask for a code by e-mail.
AuthPage {
    id: root

    required property AccountActions account
    property alias email: email.text
    property bool submitted: false

    pageName: "forgot"
    heading: qsTr("Forgot your password?")
    subheading: qsTr("We will e-mail you a code to choose a new one.")
    canGoBack: true
    error: root.account.error

    FormField {
        id: email
        objectName: "forgotEmail"
        Layout.fillWidth: true
        label: qsTr("E-mail address")
        placeholder: "name@example.com"
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        problem: root.account.emailProblem(email.text)
        showProblem: root.submitted
        onAccepted: root.submit()
    }
    PrimaryButton {
        objectName: "forgotButton"
        Layout.fillWidth: true
        text: qsTr("Send code")
        busy: root.account.busy
        onClicked: root.submit()
    }

    function submit() {
        root.submitted = true;
        if (email.problem.length === 0)
            root.account.forgotPassword(email.text.trim());
    }
}

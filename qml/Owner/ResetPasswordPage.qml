// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The e-mailed code and a new password; signs in with it.
AuthPage {
    id: root

    required property AccountActions account
    property bool submitted: false

    pageName: "reset"
    heading: qsTr("Choose a new password")
    subheading: qsTr("Enter the code we sent to %1.").arg(root.account.email)
    canGoBack: true
    error: root.account.error
    notice: root.account.notice

    FormField {
        id: code
        objectName: "resetCode"
        Layout.fillWidth: true
        label: qsTr("Code")
        placeholder: "123456"
        fontLarge: true
        maximumLength: 6
        inputMethodHints: Qt.ImhDigitsOnly
        problem: root.account.codeProblem(code.text)
        showProblem: root.submitted
    }
    FormField {
        id: password
        objectName: "resetPassword"
        Layout.fillWidth: true
        label: qsTr("New password")
        echoMode: TextInput.Password
        hint: qsTr("At least 8 characters, upper- and lower-case letters and a number.")
        problem: root.account.passwordProblem(password.text)
        showProblem: root.submitted
        onAccepted: root.submit()
    }
    PrimaryButton {
        objectName: "resetButton"
        Layout.fillWidth: true
        text: qsTr("Set password and sign in")
        busy: root.account.busy
        onClicked: root.submit()
    }

    function submit() {
        root.submitted = true;
        if (code.problem.length === 0 && password.problem.length === 0)
            root.account.resetPassword(code.text, password.text);
    }
}

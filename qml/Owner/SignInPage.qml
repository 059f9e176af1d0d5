// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Sign in with e-mail and password; links to creating an account and to a forgotten password.
AuthPage {
    id: root

    required property AuthSession session
    required property AccountActions account
    property bool submitted: false

    signal createAccount()
    signal forgotPassword(string email)
    signal confirmAccount(string email)

    pageName: "signin"
    heading: qsTr("Sign in")
    subheading: qsTr("Everyone in your family signs in with their own account.")
    error: root.session.error
    notice: root.session.keychainProblem

    FormField {
        id: email
        objectName: "signInEmail"
        Layout.fillWidth: true
        label: qsTr("E-mail address")
        placeholder: "name@example.com"
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        problem: root.account.emailProblem(email.text)
        showProblem: root.submitted
        onAccepted: password.field.forceActiveFocus()
    }
    FormField {
        id: password
        objectName: "signInPassword"
        Layout.fillWidth: true
        label: qsTr("Password")
        echoMode: TextInput.Password
        problem: password.text.length === 0 ? qsTr("Enter your password.") : ""
        showProblem: root.submitted
        onAccepted: root.submit()
    }
    PrimaryButton {
        objectName: "signInButton"
        Layout.fillWidth: true
        text: qsTr("Sign in")
        busy: root.session.busy
        onClicked: root.submit()
    }
    TextButton {
        objectName: "confirmAccountButton"
        Layout.fillWidth: true
        visible: root.session.errorType === "UserNotConfirmedException"
        text: qsTr("Enter the confirmation code")
        onClicked: root.confirmAccount(email.text)
    }
    ButtonRow {
        TextButton {
            objectName: "createAccountLink"
            text: qsTr("Create an account")
            onClicked: root.createAccount()
        }
        TextButton {
            objectName: "forgotPasswordLink"
            text: qsTr("Forgot password?")
            onClicked: root.forgotPassword(email.text)
        }
    }

    function submit() {
        root.submitted = true;
        if (email.problem.length === 0 && password.problem.length === 0)
            root.session.signIn(email.text.trim(), password.text);
    }
}

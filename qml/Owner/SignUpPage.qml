// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Create an account: the name the family will see, e-mail, password (with the rules shown as
// you type) and its repetition.
AuthPage {
    id: root

    required property AccountActions account
    property bool submitted: false

    pageName: "signup"
    heading: qsTr("Create your account")
    subheading: qsTr("We will e-mail you a code to confirm the address.")
    canGoBack: true
    error: root.account.error

    FormField {
        id: name
        objectName: "signUpName"
        Layout.fillWidth: true
        label: qsTr("Your name")
        hint: qsTr("What your family sees on lists and the board. You can change it later.")
        placeholder: qsTr("e.g. Alex")
        problem: root.account.nameProblem(name.text, false)
        showProblem: root.submitted
        onAccepted: email.field.forceActiveFocus()
    }
    FormField {
        id: email
        objectName: "signUpEmail"
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
        objectName: "signUpPassword"
        Layout.fillWidth: true
        label: qsTr("Password")
        echoMode: TextInput.Password
        hint: qsTr("At least 8 characters, upper- and lower-case letters and a number.")
        problem: root.account.passwordProblem(password.text)
        showProblem: root.submitted
        onAccepted: repeat.field.forceActiveFocus()
    }
    FormField {
        id: repeat
        objectName: "signUpRepeat"
        Layout.fillWidth: true
        label: qsTr("Password again")
        echoMode: TextInput.Password
        problem: repeat.text === password.text ? "" : qsTr("The passwords are not the same.")
        showProblem: root.submitted
        onAccepted: root.submit()
    }
    PrimaryButton {
        objectName: "signUpButton"
        Layout.fillWidth: true
        text: qsTr("Create account")
        busy: root.account.busy
        onClicked: root.submit()
    }

    function submit() {
        root.submitted = true;
        if (name.problem.length === 0 && email.problem.length === 0 && password.problem.length === 0
                && repeat.problem.length === 0)
            root.account.signUp(email.text.trim(), password.text, name.text);
    }
}

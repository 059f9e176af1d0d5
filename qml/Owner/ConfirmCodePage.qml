// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Enter the 6-digit code e-mailed after sign-up; can send a new one.
AuthPage {
    id: root

    required property AccountActions account
    property bool submitted: false

    pageName: "confirm"
    heading: qsTr("Check your e-mail")
    subheading: qsTr("Enter the code we sent to %1.").arg(root.account.email)
    canGoBack: true
    error: root.account.error
    notice: root.account.notice

    FormField {
        id: code
        objectName: "confirmCode"
        Layout.fillWidth: true
        label: qsTr("Confirmation code")
        placeholder: "123456"
        fontLarge: true
        maximumLength: 6
        inputMethodHints: Qt.ImhDigitsOnly
        problem: root.account.codeProblem(code.text)
        showProblem: root.submitted
        onAccepted: root.submit()
    }
    PrimaryButton {
        objectName: "confirmButton"
        Layout.fillWidth: true
        text: qsTr("Confirm")
        busy: root.account.busy
        onClicked: root.submit()
    }
    TextButton {
        objectName: "resendCodeButton"
        Layout.fillWidth: true
        text: qsTr("Send a new code")
        enabled: !root.account.busy
        onClicked: root.account.resendCode()
    }

    function submit() {
        root.submitted = true;
        if (code.problem.length === 0)
            root.account.confirm(code.text);
    }
}

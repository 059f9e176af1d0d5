// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// The name the family sees (the account's `name`): shown filled in, saved with a button that
// appears once it changed; what happened is said under it.
ColumnLayout {
    id: root

    required property AuthSession session
    required property AccountActions account
    readonly property bool changed: field.text.trim() !== root.session.name

    spacing: Theme.spacingS

    FormField {
        id: field
        objectName: "nameField"
        Layout.fillWidth: true
        label: qsTr("Your name")
        hint: qsTr("What your family sees on lists and the board.")
        text: root.session.name
        maximumLength: 64
        problem: root.changed ? root.account.nameProblem(field.text) : ""
        onAccepted: root.save()
    }
    ButtonRow {
        visible: root.changed
        TextButton {
            objectName: "saveNameButton"
            text: qsTr("Save name")
            enabled: !root.account.busy
            onClicked: root.save()
        }
        TextButton {
            text: qsTr("Cancel")
            tone: Theme.textMuted
            onClicked: field.text = root.session.name
        }
    }
    Banner {
        Layout.fillWidth: true
        visible: text.length > 0
        kind: root.account.error.length > 0 ? "danger" : "info"
        text: root.account.error.length > 0 ? root.account.error : root.account.notice
    }

    // What an earlier flow (sign-up, a reset) left behind is not about the name.
    Component.onCompleted: root.account.reset()

    function save() {
        if (root.changed && field.problem.length === 0)
            root.account.changeName(field.text);
    }
}

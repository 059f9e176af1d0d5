// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Theme

// A labelled text field with its inline problem, shown once the person has typed or submitted.
ColumnLayout {
    id: root

    required property string label
    property alias text: field.text
    property alias placeholder: field.placeholderText
    property alias echoMode: field.echoMode
    property alias inputMethodHints: field.inputMethodHints
    property alias maximumLength: field.maximumLength
    property alias field: field
    /// What is wrong with the value (empty when it is fine).
    property string problem: ""
    /// Show the problem even before the person typed (after a submit).
    property bool showProblem: false
    property string hint: ""
    property bool fontLarge: false

    signal accepted()

    readonly property bool problemVisible: root.problem.length > 0 && (root.showProblem || root.edited)
    property bool edited: false

    spacing: Theme.spacingXs

    Text {
        text: root.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Medium
    }
    TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        font.family: Theme.fontFamily
        font.pixelSize: root.fontLarge ? Theme.fontTitle : Theme.fontLabel
        font.letterSpacing: root.fontLarge ? 3 : 0
        leftPadding: Theme.spacingM
        rightPadding: Theme.spacingM
        Accessible.name: root.label
        Accessible.description: root.problemVisible ? root.problem : root.hint
        onTextEdited: root.edited = true
        onAccepted: root.accepted()
        background: Rectangle {
            radius: Theme.radiusSmall
            color: Theme.surfaceAlt
            border.width: field.activeFocus || root.problemVisible ? 2 : 1
            border.color: root.problemVisible ? Theme.danger : field.activeFocus ? Theme.accent : Theme.border
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.problemVisible ? root.problem : root.hint
        color: root.problemVisible ? Theme.danger : Theme.textMuted
        wrapMode: Text.Wrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontCaption
    }
}

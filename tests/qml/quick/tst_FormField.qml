// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Larder.Components

TestCase {
    id: testCase
    name: "FormField"
    when: windowShown
    width: 400
    height: 200

    Component {
        id: fieldComponent
        FormField {
            width: 360
            label: "E-mail"
            hint: "We send a code there."
            problem: text.indexOf("@") < 0 ? "This does not look like an e-mail address." : ""
        }
    }

    function test_problemOnlyAfterTypingOrSubmit() {
        const form = createTemporaryObject(fieldComponent, testCase);
        verify(!form.problemVisible); // an empty form does not scold
        compare(form.field.Accessible.description, "We send a code there.");
        form.field.forceActiveFocus();
        keyClick(Qt.Key_A);
        verify(form.problemVisible);
        compare(form.field.Accessible.description, "This does not look like an e-mail address.");
        for (const character of "@b.c")
            keyClick(character);
        compare(form.text, "a@b.c");
        verify(!form.problemVisible);
    }

    function test_submitShowsTheProblemAndEnterAccepts() {
        const form = createTemporaryObject(fieldComponent, testCase);
        const accepted = createTemporaryQmlObject("import QtQuick; QtObject { property int count: 0 }", testCase);
        form.accepted.connect(() => accepted.count++);
        form.showProblem = true;
        verify(form.problemVisible);
        form.field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(accepted.count, 1);
        compare(form.field.Accessible.name, "E-mail");
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Larder.Components
import Larder.Testing

TestCase {
    id: testCase
    name: "SetpointStepper"
    when: windowShown
    width: 400
    height: 300

    TestFridge { id: rig }

    Component {
        id: stepperComponent
        SetpointStepper {
            width: 360
            control: rig.fridge.fridgeSetpoint
            label: "Fridge"
            minimum: 1
            maximum: 8
            step: 0.5
        }
    }

    function button(item, name) {
        if (item.Accessible && item.Accessible.name === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = button(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    // Keyboard activation: what a person with a keyboard or switch access does, and what the
    // offscreen platform delivers reliably.
    function press(item) {
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }

    function init() {
        verify(rig.sync());
    }

    function test_stepsWritesAndConfirms() {
        const stepper = createTemporaryObject(stepperComponent, testCase);
        compare(stepper.current, 4);
        const raise = button(stepper, "Raise Fridge");
        verify(raise);
        press(raise);
        compare(rig.writes, 1);
        compare(rig.lastDesired.fridge.setpoint, 4.5);
        compare(stepper.current, 4.5); // the target shows at once…
        verify(stepper.control.pending); // …as pending
        rig.confirmWrites(true);
        verify(!stepper.control.pending);
        compare(stepper.control.value, 4.5);
    }

    function test_stopsAtTheLimitAndShowsARefusal() {
        const stepper = createTemporaryObject(stepperComponent, testCase, {minimum: 1, maximum: 4.5});
        const raise = button(stepper, "Raise Fridge");
        press(raise);
        rig.confirmWrites(true);
        compare(stepper.current, 4.5);
        verify(!raise.enabled); // at the maximum
        const before = rig.writes;
        press(raise);
        compare(rig.writes, before);

        press(button(stepper, "Lower Fridge"));
        rig.confirmWrites(false); // the fridge keeps 4.5
        verify(stepper.control.error.indexOf("did not accept") >= 0);
        compare(stepper.current, 4.5);
    }
}

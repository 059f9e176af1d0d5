// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Larder.Components
import Larder.Testing

TestCase {
    id: testCase
    name: "ModeSelector"
    when: windowShown
    width: 600
    height: 400

    TestFridge { id: rig }
    property Item shown: null

    // Qt 6.4's GridLayout crashes when a visible layout full of Repeater delegates is destroyed
    // (QQuickGridLayoutBase::invalidate on a dying child): hide it before it goes.
    function cleanup() {
        if (testCase.shown)
            testCase.shown.visible = false;
        testCase.shown = null;
    }
    function init() {
        verify(rig.sync());
    }
    // Keyboard activation: what a person with a keyboard or switch access does, and what the
    // offscreen platform delivers reliably.
    function press(item) {
        item.forceActiveFocus();
        keyClick(Qt.Key_Space);
    }
    function make(properties) {
        testCase.shown = createTemporaryObject(selectorComponent, testCase, properties);
        waitForItemPolished(testCase.shown);
        return testCase.shown;
    }

    Component {
        id: selectorComponent
        ModeSelector {
            width: 560
            control: rig.fridge.mode
            modes: rig.fridge.modes
        }
    }

    function tiles(item, out) {
        if (item.key !== undefined && item.selected !== undefined)
            out.push(item);
        for (let i = 0; i < item.children.length; ++i)
            tiles(item.children[i], out);
        return out;
    }

    function test_oneTilePerModeOneSelected() {
        const selector = make({});
        const all = tiles(selector, []);
        compare(all.length, rig.fridge.modes.count);
        compare(all.filter(tile => tile.selected).length, 1);
        compare(all.filter(tile => tile.selected)[0].key, "normal");
        verify(all.every(tile => tile.Accessible.name.length > 0));
    }

    function test_choosingAModeWritesItAndSettles() {
        const selector = make({enabledByConnection: true});
        const eco = tiles(selector, []).find(tile => tile.key === "eco");
        verify(eco);
        verify(eco.enabled);
        press(eco);
        compare(rig.lastDesired.mode, "eco");
        verify(eco.selected);
        verify(eco.pendingHere);
        rig.confirmWrites(true);
        verify(!eco.pendingHere);
        compare(String(rig.fridge.mode.value), "eco");
    }

    function test_disabledWhileDisconnected() {
        const selector = make({enabledByConnection: false});
        const eco = tiles(selector, []).find(tile => tile.key === "eco");
        press(eco);
        compare(rig.writes, 0);
    }
}

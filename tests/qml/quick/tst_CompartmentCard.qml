// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Larder.Components
import Larder.Testing

// A compartment too warm says so not by colour alone: an icon and a sentence, as soon as the
// reading is over the family's limit, and how long once the alert holds.
TestCase {
    name: "CompartmentCard"
    when: windowShown
    width: 400
    height: 400

    TestFridge { id: rig }

    Component {
        id: cardComponent
        CompartmentCard {
            width: 360
            title: "Fridge"
            temperature: 4.1
            control: rig.fridge.fridgeSetpoint
            minimum: 1
            maximum: 8
            step: 0.5
            tone: "blue"
            canWrite: true
            limit: 8
        }
    }

    function warmText(item) {
        if (item.objectName === "warmText")
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = warmText(item.children[i]);
            if (found)
                return found;
        }
        return null;
    }

    function test_healthyIsCalm() {
        const card = createTemporaryObject(cardComponent, this);
        verify(!card.warm);
        compare(warmText(card).text, "");
    }
    function test_overTheLimitWarnsBeforeTheAlert() {
        const card = createTemporaryObject(cardComponent, this, {temperature: 20.1});
        verify(card.warm);
        verify(!Qt.colorEqual(card.shown, card.tone));
        compare(warmText(card).text, "20.1° — above 8°");
    }
    function test_theAlertSaysForHowLong() {
        const now = new Date();
        const since = new Date(now.getTime() - 34 * 60000);
        const card = createTemporaryObject(cardComponent, this, {
            temperature: 20.1, now: now,
            alert: {message: "The fridge has been above 8.0 °C for 30 min.", limit: 8, since: since}});
        compare(warmText(card).text, "20.1° — above 8° for 34 min");
        card.now = new Date(now.getTime() + 120 * 60000);
        compare(warmText(card).text, "20.1° — above 8° for 2 h");
    }
    function test_anOlderCloudsAlertShowsItsSentence() {
        const card = createTemporaryObject(cardComponent, this, {
            temperature: 20.1, limit: NaN, alert: {message: "The fridge is too warm."}});
        verify(card.warm);
        compare(warmText(card).text, "The fridge is too warm.");
    }
}

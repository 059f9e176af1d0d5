// SPDX-License-Identifier: MIT
import QtQuick
import QtTest
import Larder.Theme

// Every pair of the Theme's colours that Larder draws text or icons with, light and dark, at
// WCAG 2.1 AA contrast: 4.5:1 for text, 3:1 for large text (the big temperatures, titles) and
// for icons and the outlines of controls.
TestCase {
    name: "Contrast"

    function channel(c) {
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
    function luminance(colour) {
        return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
    }
    function ratio(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // [foreground, background, minimum, what it is]
    function pairs() {
        return [
            ["text", "background", 4.5, "text on the page"],
            ["text", "surface", 4.5, "text on a card"],
            ["text", "surfaceAlt", 4.5, "text in a field"],
            ["textMuted", "background", 4.5, "secondary text on the page"],
            ["textMuted", "surface", 4.5, "secondary text on a card"],
            ["textMuted", "surfaceAlt", 4.5, "a placeholder in a field"],
            ["accent", "background", 4.5, "a text button on the page"],
            ["accent", "surface", 4.5, "a text button on a card"],
            ["accent", "infoSurface", 4.5, "the selected place in the navigation"],
            ["textOnAccent", "accent", 4.5, "a primary button's label"],
            ["textOnAccent", "danger", 4.5, "a count on a badge"],
            ["danger", "surface", 4.5, "a warning sentence on a card"],
            ["danger", "dangerSurface", 4.5, "an error banner"],
            ["warning", "surface", 4.5, "use it soon"],
            ["warning", "warningSurface", 4.5, "a warning banner"],
            ["success", "surface", 4.5, "the door closed"],
            ["fridgeTone", "surface", 3, "the fridge's temperature (large)"],
            ["freezerTone", "surface", 3, "the freezer's temperature (large)"],
            ["border", "surface", 1.2, "a card's hairline (decoration)"],
            ["textMuted", "surface", 3, "an inactive icon in the navigation"]
        ];
    }

    function test_contrast_data() {
        const rows = [];
        for (const dark of [false, true])
            for (const pair of pairs())
                rows.push({tag: (dark ? "dark: " : "light: ") + pair[3], dark: dark,
                           fg: pair[0], bg: pair[1], minimum: pair[2]});
        return rows;
    }
    function test_contrast(data) {
        Theme.dark = data.dark;
        const r = ratio(Theme[data.fg], Theme[data.bg]);
        verify(r >= data.minimum, "%1 on %2: %3:1, needs %4:1".arg(data.fg).arg(data.bg)
               .arg(r.toFixed(2)).arg(data.minimum));
    }
    function cleanupTestCase() {
        Theme.dark = false;
    }
}

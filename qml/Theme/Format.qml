// SPDX-License-Identifier: MIT
pragma Singleton
import QtQuick

// Temperatures, dates and times as the person reading them writes them: their unit (°C or °F)
// and their language's formats. Main binds `unit` and `language` from the display
// preferences; a binding that calls these functions follows both.
QtObject {
    id: root

    /// "C" or "F".
    property string unit: "C"
    /// The language on screen ("en", "zh_CN"…): a change re-evaluates every formatted text.
    property string language: "en"

    /// @p celsius in the chosen unit as a number.
    function inUnit(celsius) {
        return root.unit === "F" ? celsius * 9 / 5 + 32 : celsius;
    }
    /// "4.1°" (a reading: the unit is the person's own).
    function degrees(celsius, decimals) {
        if (isNaN(celsius))
            return "–";
        return qsTr("%1°").arg(root.number(root.inUnit(celsius), decimals === undefined ? 1 : decimals));
    }
    /// "4.0 °C" or "39.2 °F" (a setting, with its unit).
    function temperature(celsius, decimals) {
        if (isNaN(celsius))
            return "–";
        const value = root.number(root.inUnit(celsius), decimals === undefined ? 1 : decimals);
        return root.unit === "F" ? qsTr("%1 °F").arg(value) : qsTr("%1 °C").arg(value);
    }
    function number(value, decimals) {
        return root.language.length >= 0 ? value.toLocaleString(Qt.locale(), "f", decimals) : "";
    }
    /// "7 Dec, 08:04" in English, "12月7日 08:04" in Chinese.
    function dateTime(when) {
        if (!when || isNaN(when.getTime()))
            return "";
        return root.language.length >= 0 ? when.toLocaleString(Qt.locale(), qsTr("d MMM, HH:mm")) : "";
    }
    /// A date without ambiguity: "7 Dec 2026" in English, "2026年12月7日" in Chinese.
    function date(when) {
        if (!when || isNaN(when.getTime()))
            return "";
        return root.language.length >= 0 ? when.toLocaleDateString(Qt.locale(), qsTr("d MMM yyyy")) : "";
    }
    /// "08:04".
    function time(when) {
        if (!when || isNaN(when.getTime()))
            return "";
        return root.language.length >= 0 ? when.toLocaleTimeString(Qt.locale(), "HH:mm") : "";
    }
}

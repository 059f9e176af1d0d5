// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// How Larder looks and speaks on this device: language (the system's unless chosen), theme,
// text size and temperature unit. Each applies at once and is kept for the next start.
Card {
    id: root

    required property DisplayPreferences display

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM
        SectionTitle {
            Layout.fillWidth: true
            text: qsTr("Language and display")
        }
        Setting {
            title: qsTr("Language")
            ChoiceChips {
                objectName: "languageChoice"
                title: qsTr("Language")
                choices: root.display.languageOptions
                current: root.display.language
                onChosen: value => root.display.language = value
            }
        }
        Setting {
            title: qsTr("Theme")
            ChoiceChips {
                objectName: "themeChoice"
                title: qsTr("Theme")
                choices: [{value: "system", label: qsTr("Follow the system")},
                          {value: "light", label: qsTr("Light")},
                          {value: "dark", label: qsTr("Dark")}]
                current: root.display.theme
                onChosen: value => root.display.theme = value
            }
        }
        Setting {
            title: qsTr("Text size")
            ChoiceChips {
                objectName: "textSizeChoice"
                title: qsTr("Text size")
                choices: [{value: 1.0, label: qsTr("Standard")},
                          {value: 1.15, label: qsTr("Large")},
                          {value: 1.3, label: qsTr("Larger")},
                          {value: 1.5, label: qsTr("Largest")}]
                current: root.display.textScale
                onChosen: value => root.display.textScale = value
            }
        }
        Setting {
            title: qsTr("Temperatures")
            ChoiceChips {
                objectName: "unitChoice"
                title: qsTr("Temperatures")
                choices: [{value: "C", label: qsTr("°C")}, {value: "F", label: qsTr("°F")}]
                current: root.display.temperatureUnit
                onChosen: value => root.display.temperatureUnit = value
            }
        }
    }

    // A setting's name over its choices.
    component Setting: ColumnLayout {
        id: setting
        required property string title
        default property alias choices: holder.data
        Layout.fillWidth: true
        spacing: Theme.spacingXs
        Text {
            Layout.fillWidth: true
            text: setting.title
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            font.weight: Font.Medium
        }
        ColumnLayout {
            id: holder
            Layout.fillWidth: true
        }
    }
}

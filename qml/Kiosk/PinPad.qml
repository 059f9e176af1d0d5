// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A numeric keypad for a PIN: ten large digit keys, erase and enter, as an appliance has —
// no letter keyboard for a number. `pin` holds what was typed (shown only as dots).
Grid {
    id: root

    property string pin: ""
    property int maximumLength: 8

    signal entered()

    columns: 3
    spacing: Theme.spacingS

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "↵"]
        delegate: KioskTile {
            id: key
            required property string modelData
            objectName: "pinKey" + (key.modelData === "⌫" ? "Erase" : key.modelData === "↵" ? "Enter" : key.modelData)
            implicitWidth: 96
            minimumHeight: 64
            text: key.modelData
            primary: key.modelData === "↵"
            enabled: key.modelData === "↵" ? root.pin.length >= 4
                   : key.modelData === "⌫" ? root.pin.length > 0 : root.pin.length < root.maximumLength
            Accessible.name: key.modelData === "⌫" ? qsTr("Erase the last digit")
                           : key.modelData === "↵" ? qsTr("Enter the PIN") : key.modelData
            onClicked: {
                if (key.modelData === "⌫")
                    root.pin = root.pin.slice(0, -1);
                else if (key.modelData === "↵")
                    root.entered();
                else
                    root.pin += key.modelData;
            }
        }
    }
}

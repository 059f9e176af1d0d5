// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// Adding something the quick tiles do not offer, on the door: type a name on the on-screen
// keyboard (names the family had before come up as tiles), touch a category, set how many, and
// where it goes. Sits at the top so the keyboard below never hides it.
Popup {
    id: root

    required property InventorySync inventory
    property string category: "other"
    property string unit: "piece"
    property string compartment: "fridge"
    property real quantity: 1

    parent: T.Overlay.overlay
    modal: true
    x: parent ? (parent.width - width) / 2 : 0
    y: Theme.spacingL
    width: parent ? Math.min(parent.width - 2 * Theme.spacingL, 1160) : 1160
    padding: Theme.spacingL
    T.Overlay.modal: Rectangle { color: "#99000000" }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    onOpened: {
        nameField.text = "";
        root.category = "other";
        root.unit = "piece";
        root.compartment = "fridge";
        root.quantity = 1;
        nameField.forceActiveFocus();
    }

    SuggestionsModel {
        id: matches
        inventory: root.opened ? root.inventory : null // computed only while adding
        prefix: nameField.text
        limit: 4
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingXl

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingM

            TextField {
                id: nameField
                objectName: "kioskNewName"
                Layout.fillWidth: true
                implicitHeight: 60
                maximumLength: 80
                placeholderText: qsTr("What are you putting in?")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                leftPadding: Theme.spacingL
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Name of the item")
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceAlt
                    border.color: nameField.activeFocus ? Theme.accent : Theme.border
                    border.width: nameField.activeFocus ? 2 : 1
                }
                onAccepted: root.add()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                visible: nameField.text.trim().length > 0
                Repeater {
                    model: matches
                    KioskTile {
                        required property string name
                        required property string category
                        required property real quantity
                        required property string unit
                        required property string compartment
                        implicitHeight: 56
                        text: name
                        onClicked: {
                            nameField.text = name;
                            root.category = category;
                            root.unit = unit;
                            root.compartment = compartment;
                            root.quantity = quantity;
                        }
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                RoundIconButton {
                    glyph: "−"
                    implicitWidth: 60
                    implicitHeight: 60
                    enabled: root.quantity > 1
                    Accessible.name: qsTr("One less")
                    onClicked: root.quantity = Math.max(1, root.quantity - 1)
                }
                Text {
                    Layout.minimumWidth: 72
                    horizontalAlignment: Text.AlignHCenter
                    text: IngredientWords.amount(root.quantity, root.unit)
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                    font.weight: Font.DemiBold
                }
                RoundIconButton {
                    glyph: "+"
                    implicitWidth: 60
                    implicitHeight: 60
                    Accessible.name: qsTr("One more")
                    onClicked: root.quantity = root.quantity + 1
                }
                Item { Layout.fillWidth: true }
                Repeater {
                    model: IngredientWords.compartments
                    KioskTile {
                        required property string modelData
                        implicitWidth: 96
                        implicitHeight: 56
                        text: IngredientWords.compartmentLabel(modelData)
                        checked: root.compartment === modelData
                        onClicked: root.compartment = modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Repeater {
                    model: IngredientWords.units
                    KioskTile {
                        required property string modelData
                        implicitWidth: 80
                        implicitHeight: 48
                        text: IngredientWords.unitLabel(modelData)
                        checked: root.unit === modelData
                        onClicked: root.unit = modelData
                    }
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacingM
            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS
                Repeater {
                    model: IngredientWords.categories
                    KioskTile {
                        required property string modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: 52
                        text: IngredientWords.categoryLabel(modelData)
                        checked: root.category === modelData
                        onClicked: root.category = modelData
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM
                KioskTile {
                    Layout.fillWidth: true
                    implicitHeight: 60
                    text: qsTr("Cancel")
                    onClicked: root.close()
                }
                PrimaryButton {
                    objectName: "kioskAddButton"
                    Layout.fillWidth: true
                    implicitHeight: 60
                    text: qsTr("Put it on the list")
                    enabled: nameField.text.trim().length > 0
                    onClicked: root.add()
                }
            }
        }
    }

    function add() {
        if (nameField.text.trim().length === 0)
            return;
        if (root.inventory.add(nameField.text, root.category, root.quantity, root.unit, root.compartment).length > 0)
            root.close();
    }
}

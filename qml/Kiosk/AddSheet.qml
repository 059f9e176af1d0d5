// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// Putting something in from the door, in two steps that each fit the screen: first its name on
// the on-screen keyboard (names the family had before come up as tiles: one touch fills in the
// rest), then, with the keyboard gone, how much, where, what kind and its best-before date.
// Quick (the shopping list): the name alone is enough; one touch adds it.
Popup {
    id: root

    required property InventorySync inventory
    /// The name is all it asks (the shopping list: what ran out).
    property bool quick: false
    /// 1: the name (the keyboard shows); 2: the rest.
    property int step: 1
    property string category: "other"
    property string unit: "piece"
    property string compartment: "fridge"
    property real quantity: 1
    property string bestBefore: "" ///< yyyy-MM-dd, or "" for none
    readonly property string name: nameField.text.trim()

    parent: T.Overlay.overlay
    modal: true
    x: parent ? (parent.width - width) / 2 : 0
    y: Theme.spacingS
    width: parent ? Math.min(parent.width - 2 * Theme.spacingS, 1160) : 1160
    height: root.step === 1 ? implicitHeight
                            : (parent ? Math.min(implicitHeight, parent.height - 2 * Theme.spacingS) : implicitHeight)
    padding: Theme.spacingL
    T.Overlay.modal: Rectangle { color: "#99000000" }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    onOpened: {
        nameField.text = "";
        root.step = 1;
        root.category = "other";
        root.unit = "piece";
        root.compartment = "fridge";
        root.quantity = 1;
        root.bestBefore = "";
        nameField.forceActiveFocus();
    }

    SuggestionsModel {
        id: matches
        inventory: root.opened ? root.inventory : null // computed only while adding
        prefix: nameField.text
        limit: 4
        withStaples: root.quick
    }

    Flickable {
        id: scroller
        anchors.fill: parent
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            width: scroller.width
            spacing: Theme.spacingM

            // Step 1: the name.
            TextField {
                id: nameField
                objectName: root.quick ? "kioskShoppingName" : "kioskNewName"
                Layout.fillWidth: true
                visible: root.step === 1
                implicitHeight: 60
                maximumLength: 80
                placeholderText: root.quick ? qsTr("What do you need?") : qsTr("What are you putting in?")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                leftPadding: Theme.spacingL
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: root.quick ? qsTr("What to buy") : qsTr("Name of the item")
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceAlt
                    border.color: nameField.activeFocus ? Theme.accent : Theme.border
                    border.width: nameField.activeFocus ? 2 : 1
                }
                onAccepted: root.next()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                visible: root.step === 1 && root.name.length > 0
                Repeater {
                    model: matches
                    KioskTile {
                        id: match
                        required property string name
                        required property string category
                        required property real quantity
                        required property string unit
                        required property string compartment
                        minimumHeight: 56
                        text: match.name
                        detail: IngredientWords.amount(match.quantity, match.unit)
                        onClicked: {
                            nameField.text = match.name;
                            root.category = match.category;
                            root.unit = match.unit;
                            root.compartment = match.compartment;
                            root.quantity = match.quantity;
                            if (root.quick)
                                root.add();
                            else
                                root.step = 2;
                        }
                    }
                }
            }
            ButtonRow {
                visible: root.step === 1
                KioskTile {
                    objectName: root.quick ? "kioskShoppingAddButton" : "kioskNextButton"
                    implicitWidth: root.quick ? 260 : 200
                    minimumHeight: 60
                    primary: true
                    text: root.quick ? qsTr("Add to the list") : qsTr("Next")
                    enabled: root.name.length > 0
                    onClicked: root.next()
                }
                KioskTile {
                    implicitWidth: 160
                    minimumHeight: 60
                    text: qsTr("Cancel")
                    onClicked: root.close()
                }
            }

            // Step 2: how much, where, what kind, until when.
            RowLayout {
                Layout.fillWidth: true
                visible: root.step === 2
                spacing: Theme.spacingM
                Text {
                    Layout.fillWidth: true
                    text: root.name
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                }
                RoundIconButton {
                    glyph: "−"
                    implicitWidth: 56
                    implicitHeight: 56
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
                    implicitWidth: 56
                    implicitHeight: 56
                    Accessible.name: qsTr("One more")
                    onClicked: root.quantity = root.quantity + 1
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: root.step === 2
                spacing: Theme.spacingS
                Repeater {
                    model: IngredientWords.units
                    KioskTile {
                        id: unitTile
                        required property string modelData
                        implicitWidth: Math.max(80, implicitContentWidth + 24)
                        minimumHeight: 52
                        text: IngredientWords.unitLabel(unitTile.modelData)
                        checked: root.unit === unitTile.modelData
                        onClicked: root.unit = unitTile.modelData
                    }
                }
                Item { width: Theme.spacingL; height: 1 }
                Repeater {
                    model: IngredientWords.compartments
                    KioskTile {
                        id: placeTile
                        required property string modelData
                        implicitWidth: Math.max(104, implicitContentWidth + 24)
                        minimumHeight: 52
                        text: IngredientWords.compartmentLabel(placeTile.modelData)
                        checked: root.compartment === placeTile.modelData
                        onClicked: root.compartment = placeTile.modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: root.step === 2
                spacing: Theme.spacingS
                Repeater {
                    model: IngredientWords.categories
                    KioskTile {
                        id: categoryTile
                        required property string modelData
                        implicitWidth: Math.max(112, implicitContentWidth + 24)
                        minimumHeight: 52
                        text: IngredientWords.categoryLabel(categoryTile.modelData)
                        checked: root.category === categoryTile.modelData
                        onClicked: root.category = categoryTile.modelData
                    }
                }
            }
            Flow {
                Layout.fillWidth: true
                visible: root.step === 2
                spacing: Theme.spacingS
                Text {
                    height: 52
                    verticalAlignment: Text.AlignVCenter
                    text: root.bestBefore.length
                          ? qsTr("Best before %1").arg(Format.date(Date.fromLocaleString(Qt.locale("C"), root.bestBefore, "yyyy-MM-dd")))
                          : qsTr("Best before:")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontLabel
                    font.weight: Font.DemiBold
                    rightPadding: Theme.spacingS
                }
                Repeater {
                    model: [
                        {label: qsTr("None"), days: -1},
                        {label: qsTr("3 days"), days: 3},
                        {label: qsTr("1 week"), days: 7},
                        {label: qsTr("2 weeks"), days: 14},
                        {label: qsTr("1 month"), days: 30}
                    ]
                    KioskTile {
                        id: dateTile
                        required property var modelData
                        implicitWidth: Math.max(96, implicitContentWidth + 24)
                        minimumHeight: 52
                        text: dateTile.modelData.label
                        checked: root.bestBefore === root.inDays(dateTile.modelData.days)
                        onClicked: root.bestBefore = root.inDays(dateTile.modelData.days)
                    }
                }
            }
            ButtonRow {
                visible: root.step === 2
                KioskTile {
                    objectName: "kioskAddButton"
                    implicitWidth: 240
                    minimumHeight: 60
                    primary: true
                    text: qsTr("Put it on the list")
                    enabled: root.name.length > 0
                    onClicked: root.add()
                }
                KioskTile {
                    implicitWidth: 160
                    minimumHeight: 60
                    text: qsTr("‹ Name")
                    Accessible.name: qsTr("Back to the name")
                    onClicked: {
                        root.step = 1;
                        nameField.forceActiveFocus();
                    }
                }
                KioskTile {
                    implicitWidth: 160
                    minimumHeight: 60
                    text: qsTr("Cancel")
                    onClicked: root.close()
                }
            }
        }
    }

    function next() {
        if (root.name.length > 0 && root.quick)
            root.add();
        else if (root.name.length > 0)
            root.step = 2;
    }
    function inDays(days) {
        if (days < 0)
            return "";
        const date = new Date();
        date.setDate(date.getDate() + days);
        return Qt.formatDate(date, "yyyy-MM-dd");
    }
    function add() {
        if (root.name.length === 0)
            return;
        if (root.inventory.add(root.name, root.category, root.quantity, root.unit, root.compartment,
                               root.bestBefore).length > 0)
            root.close();
    }
}

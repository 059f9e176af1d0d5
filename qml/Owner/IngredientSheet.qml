// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import QtQuick.Templates as T
import Larder.Components
import Larder.Core
import Larder.Theme

// Adding an item to the fridge's list, or changing one: name (with what the family had before
// offered as you type), how much, category, where it is, best-before and a note. An edit sends
// only the fields that changed, and a new quantity as a difference, so two people's edits merge.
Dialog {
    id: root

    required property InventorySync inventory
    /// The item being changed; empty when adding.
    property string itemId: ""
    property var original: ({})
    property string bestBefore: "" ///< yyyy-MM-dd, or "" for none

    parent: T.Overlay.overlay
    modal: true
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? Math.max(Theme.spacingL, (parent.height - height) / 2) : 0
    width: parent ? Math.min(parent.width - 2 * Theme.spacingM, 520) : 520
    padding: Theme.spacingL
    T.Overlay.modal: Rectangle { color: "#80000000" }
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }

    /// Opens the sheet to add an item.
    function add() {
        root.fill("", {name: "", category: "other", quantity: 1, unit: "piece", compartment: "fridge", bestBefore: "", note: ""});
    }
    /// Opens the sheet on an item of the list.
    function change(itemId, item) {
        root.fill(itemId, item);
    }
    function typeName(text) {
        nameField.text = text;
    }
    function fill(itemId, item) {
        root.itemId = itemId;
        root.original = item;
        nameField.text = item.name;
        quantity.value = Math.round(item.quantity);
        unit.currentIndex = Math.max(0, IngredientWords.units.indexOf(item.unit));
        category.currentIndex = Math.max(0, IngredientWords.categories.indexOf(item.category));
        compartment.currentIndex = Math.max(0, IngredientWords.compartments.indexOf(item.compartment));
        root.bestBefore = item.bestBefore;
        note.text = item.note;
        root.open();
        nameField.field.forceActiveFocus();
    }

    SuggestionsModel {
        id: suggestions
        inventory: root.opened ? root.inventory : null // computed only while adding
        prefix: nameField.text
        limit: 4
    }

    // Taller than the window (large text, a longer language): the form scrolls in the sheet.
    height: parent ? Math.min(implicitHeight, parent.height - 2 * Theme.spacingL) : implicitHeight
    Flickable {
        id: scroller
        anchors.fill: parent
        implicitHeight: form.implicitHeight
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: form
            width: scroller.width
            // (Inside the form: a popup sizes itself to its one child.)
            FocusFollower {
                flickable: scroller
            }

            SectionTitle {
                Layout.fillWidth: true
                text: root.itemId.length ? qsTr("Change %1").arg(root.original.name) : qsTr("Put something in")
            }
            FormField {
                id: nameField
                objectName: "newIngredientName"
                Layout.fillWidth: true
                label: qsTr("Name")
                placeholder: qsTr("Yoghurt")
                maximumLength: 80
                problem: nameField.text.trim().length === 0 ? qsTr("Give the item a name.") : ""
                onAccepted: root.save()
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                visible: root.itemId.length === 0 && nameField.text.trim().length > 0 && suggestions.count > 0
                Repeater {
                    model: suggestions
                    OutlineButton {
                        required property string name
                        required property string category
                        required property real quantity
                        required property string unit
                        required property string compartment
                        implicitHeight: 36
                        font.pixelSize: Theme.fontBody
                        text: name
                        Accessible.name: qsTr("Use %1").arg(name)
                        onClicked: root.fill("", {name: name, category: category, quantity: quantity, unit: unit,
                                                  compartment: compartment, bestBefore: root.bestBefore, note: ""})
                    }
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS
                SpinBox {
                    id: quantity
                    Layout.fillWidth: true
                    from: 0
                    to: 100000
                    editable: true
                    Accessible.name: qsTr("How much")
                }
                WordChoice {
                    id: unit
                    Layout.fillWidth: true
                    kind: "unit"
                    Accessible.name: qsTr("Unit")
                }
                WordChoice {
                    id: category
                    Layout.fillWidth: true
                    kind: "category"
                    Accessible.name: qsTr("Category")
                }
                WordChoice {
                    id: compartment
                    Layout.fillWidth: true
                    kind: "compartment"
                    Accessible.name: qsTr("Where it is")
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs
                Text {
                    text: root.bestBefore.length
                          ? qsTr("Best before %1").arg(Format.date(Date.fromLocaleString(Qt.locale("C"), root.bestBefore, "yyyy-MM-dd")))
                          : qsTr("No best-before date")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Medium
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS
                    Repeater {
                        model: [
                            {label: qsTr("None"), days: -1},
                            {label: qsTr("3 days"), days: 3},
                            {label: qsTr("1 week"), days: 7},
                            {label: qsTr("2 weeks"), days: 14},
                            {label: qsTr("1 month"), days: 30}
                        ]
                        OutlineButton {
                            required property var modelData
                            implicitHeight: 36
                            font.pixelSize: Theme.fontBody
                            text: modelData.label
                            onClicked: root.bestBefore = root.inDays(modelData.days)
                        }
                    }
                    RoundIconButton {
                        glyph: "−"
                        implicitWidth: 36
                        implicitHeight: 36
                        visible: root.bestBefore.length > 0
                        Accessible.name: qsTr("One day earlier")
                        onClicked: root.bestBefore = root.shift(root.bestBefore, -1)
                    }
                    RoundIconButton {
                        glyph: "+"
                        implicitWidth: 36
                        implicitHeight: 36
                        visible: root.bestBefore.length > 0
                        Accessible.name: qsTr("One day later")
                        onClicked: root.bestBefore = root.shift(root.bestBefore, 1)
                    }
                }
            }
            FormField {
                id: note
                Layout.fillWidth: true
                label: qsTr("Note")
                placeholder: qsTr("Opened on Sunday")
                maximumLength: 200
            }
            ButtonRow {
                PrimaryButton {
                    objectName: "saveIngredientButton"
                    text: root.itemId.length ? qsTr("Save") : qsTr("Add to the list")
                    enabled: nameField.problem.length === 0
                    onClicked: root.save()
                }
                TextButton {
                    text: qsTr("Cancel")
                    onClicked: root.close()
                }
                TextButton {
                    visible: root.itemId.length > 0
                    text: qsTr("Take off the list")
                    tone: Theme.danger
                    onClicked: {
                        root.inventory.remove(root.itemId, "removed");
                        root.close();
                    }
                }
            }
        }
    }

    function inDays(days) {
        if (days < 0)
            return "";
        const date = new Date();
        date.setDate(date.getDate() + days);
        return Qt.formatDate(date, "yyyy-MM-dd");
    }
    function shift(iso, days) {
        const date = Date.fromLocaleString(Qt.locale("C"), iso, "yyyy-MM-dd");
        date.setDate(date.getDate() + days);
        return Qt.formatDate(date, "yyyy-MM-dd");
    }
    function save() {
        if (nameField.problem.length > 0)
            return;
        if (root.itemId.length === 0) {
            if (root.inventory.add(nameField.text, category.currentText, quantity.value, unit.currentText,
                                   compartment.currentText, root.bestBefore, note.text).length > 0)
                root.close();
            return;
        }
        const fields = {};
        const now = {name: nameField.text.trim(), category: category.currentText, unit: unit.currentText,
                     compartment: compartment.currentText, note: note.text.trim()};
        for (const key in now)
            if (now[key] !== root.original[key])
                fields[key] = now[key];
        if (root.bestBefore !== root.original.bestBefore)
            fields.bestBefore = root.bestBefore.length ? root.bestBefore : null;
        if (Object.keys(fields).length > 0)
            root.inventory.edit(root.itemId, fields);
        const delta = quantity.value - Math.round(root.original.quantity);
        if (delta !== 0)
            root.inventory.adjust(root.itemId, delta);
        root.close();
    }
}

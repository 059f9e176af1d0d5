// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// "What's inside": the latest photo of each shelf (taken when the door last closed) over the
// fridge's list, shared live with the family and the door tablet. Search
// as you type, grouped by category, who added what and when, best-before dates near or past
// highlighted, take one or mark used up, and add an item. Changes show at once (a dot until the
// cloud confirms them) and wait on this device when it is offline.
Item {
    id: root

    required property InventorySync inventory
    /// The latest photo of each shelf (null: none kept for this fridge).
    required property ShelfPhotos lookInside
    required property string fridgeName
    /// The family's shopping list, for what gets used up (null: none).
    required property InventorySync shopping

    readonly property string pageName: "inside"
    readonly property bool ready: !root.inventory.loading

    /// The last item used up here, offered for the shopping list: {name, category, quantity, unit}.
    property var usedUpItem: null

    /// False where the page is one of the main places (no back button).
    property bool canGoBack: true

    signal back()
    signal openShopping()

    /// Self-tests and screenshots: type @p text into the search field.
    function searchFor(text) {
        search.text = text;
    }
    /// Self-tests and screenshots: the add sheet, with @p name typed.
    function openAdd(name) {
        sheet.add();
        sheet.typeName(name);
    }

    IngredientFilter {
        id: filter
        source: root.inventory.items
        search: search.text
        groupBy: root.byPlace ? "compartment" : "urgency"
    }
    /// Sections by where things are (fridge, freezer, door) instead of by category.
    property bool byPlace: false

    PageHeader {
        id: header
        anchors.left: parent.left
        anchors.right: parent.right
        title: qsTr("Inside %1").arg(root.fridgeName)
        canGoBack: root.canGoBack
        onBack: root.back()
    }

    ColumnLayout {
        id: top
        anchors.top: header.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        spacing: Theme.spacingS

        LookInsideStrip {
            Layout.fillWidth: true
            visible: root.lookInside !== null
            photos: root.lookInside
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            TextField {
                id: search
                objectName: "ingredientSearch"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                placeholderText: qsTr("Search")
                placeholderTextColor: Theme.textMuted
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontLabel
                leftPadding: Theme.spacingM
                Accessible.name: qsTr("Search the %1 items inside").arg(root.inventory.items.count)
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surfaceAlt
                    border.color: search.activeFocus ? Theme.accent : Theme.border
                    border.width: search.activeFocus ? 2 : 1
                }
            }
            OutlineButton {
                objectName: "groupByButton"
                text: root.byPlace ? qsTr("By category") : qsTr("By place")
                Accessible.name: root.byPlace ? qsTr("Group by category") : qsTr("Group by fridge, freezer and door")
                onClicked: root.byPlace = !root.byPlace
            }
        }
        Banner {
            objectName: "shoppingAddedBanner"
            Layout.fillWidth: true
            visible: root.shoppingAdded.length > 0
            kind: "info"
            text: qsTr("%1 is on the shopping list.").arg(root.shoppingAdded)
        }
        Banner {
            Layout.fillWidth: true
            visible: root.inventory.notice.length > 0
            kind: "warning"
            text: root.inventory.notice
        }
        Banner {
            Layout.fillWidth: true
            visible: root.inventory.error.length > 0
            kind: root.inventory.pendingCount > 0 ? "info" : "danger"
            text: root.inventory.pendingCount > 0
                  ? (root.inventory.pendingCount === 1
                     ? qsTr("%1 Your change waits on this phone and goes out when Larder can be reached.").arg(root.inventory.error)
                     : qsTr("%1 Your %2 changes wait on this phone and go out when Larder can be reached.").arg(root.inventory.error).arg(root.inventory.pendingCount))
                  : root.inventory.error
        }
    }

    IngredientList {
        id: list
        objectName: "ingredientList"
        anchors.top: top.bottom
        anchors.topMargin: Theme.spacingS
        anchors.bottom: usedUpBar.visible ? usedUpBar.top : addBar.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacingL, 560)
        inventory: root.inventory
        items: filter
        searchText: search.text
        groupBy: filter.groupBy
        onUsedUp: (name, category, quantity, unit) => {
            root.usedUpItem = {name: name, category: category, quantity: quantity, unit: unit};
        }
        onChangeRequested: (itemId, item) => sheet.change(itemId, item)
    }

    // Used up: one tap puts it on the family's shopping list.
    Rectangle {
        id: usedUpBar
        objectName: "usedUpBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: addBar.top
        visible: root.usedUpItem !== null && root.shopping !== null
        implicitHeight: usedUpRow.implicitHeight + 2 * Theme.spacingS
        color: Theme.surfaceAlt
        RowLayout {
            id: usedUpRow
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.spacingL, 560)
            spacing: Theme.spacingS
            Text {
                Layout.fillWidth: true
                text: root.usedUpItem ? qsTr("%1 is used up.").arg(root.usedUpItem.name) : ""
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
            }
            TextButton {
                objectName: "addToShopping"
                text: qsTr("Add to shopping list")
                onClicked: {
                    const item = root.usedUpItem;
                    root.usedUpItem = null;
                    if (root.shopping.add(item.name, item.category, item.quantity, item.unit).length > 0)
                        root.shoppingAdded = item.name;
                }
            }
            TextButton {
                text: "✕"
                Accessible.name: qsTr("Dismiss")
                onClicked: root.usedUpItem = null
            }
        }
        Timer {
            running: root.usedUpItem !== null
            interval: 10000
            onTriggered: root.usedUpItem = null
        }
    }

    property string shoppingAdded: ""
    Timer {
        running: root.shoppingAdded.length > 0
        interval: 4000
        onTriggered: root.shoppingAdded = ""
    }

    Rectangle {
        id: addBar
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: addButton.implicitHeight + 2 * Theme.spacingM
        color: Theme.background
        PrimaryButton {
            id: addButton
            objectName: "addIngredientButton"
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.spacingL, 560)
            text: qsTr("Add an item")
            onClicked: sheet.add()
        }
    }

    IngredientSheet {
        id: sheet
        inventory: root.inventory
    }
}

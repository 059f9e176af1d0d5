// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Signed in: the main places — the fridge, what's inside, shopping, the family board and the
// alerts — one at a time, with the navigation always in view beside them (a bottom bar on a
// phone, a rail on a wider window). On a desktop (from 1360 px) the fridge's place shows the
// fridge, what is inside and the family board side by side. Everything else opens over it with a way back.
Item {
    id: root

    required property AuthSession session
    required property FamiliesModel families
    required property FridgeSelection selection
    required property Alerts alerts

    /// "fridge", "inside", "shopping", "board" or "alerts".
    property string place: "fridge"
    /// A rail down the side instead of a bar along the bottom.
    readonly property bool wide: root.width >= 900
    /// The fridge, what is inside and the board side by side (the fridge's place on a desktop).
    readonly property bool trio: root.width >= 1360 && root.place === "fridge"
                                 && root.selection.inventory !== null
    onTrioChanged: if (root.trio) root.seeAll()
    Component.onCompleted: if (root.trio) root.seeAll()
    function seeAll() {
        insideLoader.seen = true;
        boardLoader.seen = true;
    }

    /// The page on screen, for self-tests and screenshots.
    readonly property var page: {
        switch (root.place) {
        case "inside": return insideLoader.item;
        case "shopping": return shoppingLoader.item;
        case "board": return boardLoader.item;
        case "alerts": return alertsLoader.item;
        default: return homeLoader.item;
        }
    }
    readonly property string pageName: root.page ? root.page.pageName : ""
    readonly property bool ready: root.page ? root.page.ready : false

    signal openFamilies()
    signal openFamily(string familyId)
    signal openJoin()
    signal openSettings()
    signal openAddFridge()
    signal openCommands()
    signal openSupport()
    signal openHistory(string deviceId, string name)
    signal openCamera()

    /// Shows one of the main places; false when it has nothing to show (no fridge yet).
    function show(name) {
        const target = root.places.find(p => p.key === name);
        if (!target || !target.enabled)
            return false;
        const loader = {inside: insideLoader, shopping: shoppingLoader, board: boardLoader,
                        alerts: alertsLoader}[name];
        if (loader)
            loader.seen = true;
        root.place = name;
        return true;
    }
    /// The fridge screen scrolled to its temperature charts.
    function showTemperatures() {
        const home = homeLoader.item as HomePage;
        if (home)
            home.showTemperatures();
    }
    function searchFor(text) {
        const inside = insideLoader.item as IngredientsPage;
        if (inside)
            inside.searchFor(text);
    }
    function openAdd(name) {
        const inside = insideLoader.item as IngredientsPage;
        if (inside)
            inside.openAdd(name);
    }

    readonly property var places: [
        {key: "fridge", label: qsTr("Fridge"), icon: "home", badge: 0, enabled: true},
        {key: "inside", label: qsTr("Inside"), icon: "fridge", badge: 0,
         enabled: root.selection.inventory !== null},
        {key: "shopping", label: qsTr("Shopping"), icon: "cart",
         badge: 0, enabled: root.selection.shopping !== null},
        {key: "board", label: qsTr("Board"), icon: "board",
         badge: root.selection.board ? root.selection.board.unread : 0,
         enabled: root.selection.board !== null},
        {key: "alerts", label: qsTr("Alerts"), icon: "bell", badge: root.alerts.unread, enabled: true}
    ]

    // A place that disappears (the fridge was removed) gives way to the fridge.
    onPlacesChanged: {
        const target = root.places.find(p => p.key === root.place);
        if (!target || !target.enabled)
            root.place = "fridge";
    }

    Shortcut { sequence: "Ctrl+1"; onActivated: root.show("fridge") }
    Shortcut { sequence: "Ctrl+2"; onActivated: root.show("inside") }
    Shortcut { sequence: "Ctrl+3"; onActivated: root.show("shopping") }
    Shortcut { sequence: "Ctrl+4"; onActivated: root.show("board") }
    Shortcut { sequence: "Ctrl+5"; onActivated: root.show("alerts") }
    Shortcut { sequence: "Ctrl+,"; onActivated: root.openSettings() }

    NavBar {
        id: nav
        objectName: "navigation"
        places: root.places
        current: root.place
        vertical: root.wide
        // Sizes, not anchors that come and go: an anchor removed leaves its stretch behind.
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        width: root.wide ? implicitWidth : parent.width
        height: root.wide ? parent.height : implicitHeight
        onChosen: key => root.show(key)
    }

    Item {
        id: content
        anchors.top: parent.top
        anchors.left: root.wide ? nav.right : parent.left
        anchors.right: parent.right
        anchors.bottom: root.wide ? parent.bottom : nav.top
        clip: true

        // Each place is made the first time it is shown and kept (its scroll position too).
        Loader {
            id: homeLoader
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            width: root.trio ? Math.round(parent.width * 0.42) : parent.width
            visible: root.place === "fridge"
            sourceComponent: homePage
        }
        // On a desktop these two stand beside the fridge (each also a place of its own).
        Rectangle {
            visible: root.trio
            x: homeLoader.width
            width: 1
            height: parent.height
            color: Theme.border
        }
        Loader {
            id: insideLoader
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            x: root.trio ? homeLoader.width + 1 : 0
            width: root.trio ? Math.round(parent.width * 0.30) : parent.width
            visible: root.place === "inside" || (root.trio && status === Loader.Ready)
            property bool seen: false
            active: seen && root.selection.inventory !== null
            sourceComponent: insidePage
        }
        Loader {
            id: shoppingLoader
            anchors.fill: parent
            visible: root.place === "shopping"
            property bool seen: false
            active: seen && root.selection.shopping !== null
            sourceComponent: shoppingPage
        }
        Rectangle {
            visible: root.trio
            x: insideLoader.x + insideLoader.width
            width: 1
            height: parent.height
            color: Theme.border
        }
        Loader {
            id: boardLoader
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            x: root.trio ? insideLoader.x + insideLoader.width + 1 : 0
            width: root.trio ? parent.width - x : parent.width
            visible: root.place === "board" || (root.trio && status === Loader.Ready)
            property bool seen: false
            active: seen && root.selection.board !== null
            sourceComponent: boardPage
        }
        Loader {
            id: alertsLoader
            anchors.fill: parent
            visible: root.place === "alerts"
            property bool seen: false
            active: seen
            sourceComponent: alertsPage
        }
    }

    // Loader cannot instantiate bound components in Qt 6.4, so these reach `root` through
    // their context.
    // qmllint disable unqualified
    Component {
        id: homePage
        HomePage {
            session: root.session
            families: root.families
            selection: root.selection
            alerts: root.alerts
            onOpenFamilies: root.openFamilies()
            onOpenFamily: familyId => root.openFamily(familyId)
            onOpenJoin: root.openJoin()
            onOpenSettings: root.openSettings()
            onOpenAddFridge: root.openAddFridge()
            onOpenCommands: root.openCommands()
            onOpenSupport: root.openSupport()
            onOpenHistory: (deviceId, name) => root.openHistory(deviceId, name)
            onOpenCamera: root.openCamera()
        }
    }
    Component {
        id: insidePage
        IngredientsPage {
            canGoBack: false
            inventory: root.selection.inventory
            lookInside: root.selection.lookInside
            fridgeName: root.selection.fridge ? root.selection.fridge.displayName : ""
            shopping: root.selection.shopping
            onOpenShopping: root.show("shopping")
        }
    }
    Component {
        id: shoppingPage
        ShoppingPage {
            canGoBack: false
            shopping: root.selection.shopping
            inventory: root.selection.inventory
            familyName: root.selection.familyName
        }
    }
    Component {
        id: boardPage
        BoardPage {
            canGoBack: false
            board: root.selection.board
            familyName: root.selection.familyName
        }
    }
    Component {
        id: alertsPage
        AlertsPage {
            canGoBack: false
            alerts: root.alerts
            onOpenHistory: (deviceId, name) => root.openHistory(deviceId, name)
        }
    }
}

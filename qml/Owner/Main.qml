// SPDX-License-Identifier: MIT
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Larder.Core
import Larder.Diagnostics
import Larder.Theme

// The owner app's window: sign-in and account screens while signed out; the fridge, the
// families and the settings while signed in. Navigation is one stack.
ApplicationWindow {
    id: root

    required property AuthSession session
    required property AccountActions account
    required property FamiliesModel families
    required property FridgeSelection selection
    required property ProfileChoice profiles
    required property PairingFlow pairing
    /// The alerts of every fridge in the user's families.
    required property Alerts alerts
    /// Language, theme, text size and units of this front-end.
    required property DisplayPreferences display
    /// Support's diagnostic mode, for a support account.
    required property FleetSearch fleetSearch
    required property SupportCase supportCase

    /// The screen on top, for self-tests and screenshots ("signin", "fridge", "family"…).
    readonly property var top: stack.currentItem
    readonly property string currentPage: root.top ? root.top.pageName : ""
    readonly property bool pageReady: root.top ? root.top.ready : false

    Binding {
        target: Theme
        property: "dark"
        value: root.display.dark
    }
    Binding {
        target: Theme
        property: "textScale"
        value: root.display.textScale
    }
    Binding {
        target: Theme
        property: "cjk"
        value: root.display.effectiveLanguage.startsWith("zh")
    }
    Binding {
        target: Format
        property: "unit"
        value: root.display.temperatureUnit
    }
    Binding {
        target: Format
        property: "language"
        value: root.display.effectiveLanguage
    }

    width: 390
    height: 844
    minimumWidth: 340
    minimumHeight: 560
    visible: true
    title: root.selection.fridge ? qsTr("Larder — %1").arg(root.selection.fridge.displayName) : "Larder"
    color: Theme.background
    font.family: Theme.fontFamily

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        Keys.onBackPressed: event => { event.accepted = root.back(); }
        Keys.onEscapePressed: event => { event.accepted = root.back(); }
    }

    Connections {
        target: root.session
        function onStateChanged() { root.resetStack(); }
    }
    Connections {
        target: root.account
        function onConfirmationNeeded() {
            if (root.currentPage !== "confirm")
                stack.push(confirmPage);
        }
        function onResetCodeSent() {
            if (root.currentPage !== "reset")
                stack.push(resetPage);
        }
    }
    Component.onCompleted: root.resetStack()

    /// Layout checks: back to the first screen.
    function resetPage() {
        root.resetStack();
    }
    function resetStack() {
        root.account.reset();
        if (root.session.state === AuthSession.Restoring)
            stack.replace(null, splashPage);
        else if (root.session.state === AuthSession.SignedIn)
            stack.replace(null, root.session.staff ? diagnosticsPage : homePage);
        else
            stack.replace(null, signInPage);
    }
    function back() {
        if (stack.depth <= 1)
            return false;
        root.account.reset();
        stack.pop();
        return true;
    }
    function openFamily(familyId) {
        stack.push(familyPage, {familyId: familyId});
    }
    /// One of the main places ("fridge", "inside", "shopping", "board", "alerts"), over
    /// whatever was opened on top of them.
    function showPlace(name) {
        if (root.session.state !== AuthSession.SignedIn)
            return false;
        stack.pop(null);
        return stack.currentItem.show(name);
    }
    /// Back to the fridge on screen (a clicked notification chose it).
    function showFridge() {
        root.showPlace("fridge");
    }
    function openHistory(deviceId, name) {
        root.alerts.loadHistory(deviceId);
        stack.push(historyPage, {alerts: root.alerts, fridgeName: name});
    }
    function openCamera() {
        const camera = root.selection.fridge ? root.selection.feature("camera") : null;
        if (camera)
            stack.push(cameraPage, {camera: camera, fridgeName: root.selection.fridge.displayName,
                                    photos: root.selection.lookInside});
    }
    function openCommands() {
        if (root.selection.commands && root.selection.fridge)
            stack.push(commandsPage, {commands: root.selection.commands,
                                      fridgeName: root.selection.fridge.displayName});
    }
    function openSupport() {
        const access = root.selection.fridge ? root.selection.feature("supportAccess") : null;
        if (access)
            stack.push(supportPage, {access: access, fridgeName: root.selection.fridge.displayName});
    }
    /// Self-tests and screenshots: open a screen by name ("search" types in What's inside).
    function showPage(name) {
        if (name === "inside" || name === "search" || name === "add") {
            root.showPlace("inside");
            if (name === "search")
                root.top.searchFor("ch");
            if (name === "add")
                root.top.openAdd("yog");
            return;
        }
        if (name === "shopping" || name === "board" || name === "alerts") {
            root.showPlace(name);
            return;
        }
        if (name === "temperatures" && root.selection.history) {
            // The fridge's month, its chart scrolled into view.
            root.showPlace("fridge");
            root.selection.history.range = "month";
            root.top.showTemperatures();
            return;
        }
        if (name === "history" && root.selection.fridge) {
            root.openHistory(root.selection.fridge.thing, root.selection.fridge.displayName);
            return;
        }
        if (name === "camera") {
            root.openCamera();
            return;
        }
        if (name === "commands") {
            root.openCommands();
            return;
        }
        if (name === "supportaccess") {
            root.openSupport();
            return;
        }
        if (name === "signup")
            stack.push(signUpPage);
        else if (name === "families")
            stack.push(familiesPage);
        else if (name === "join")
            stack.push(joinPage);
        else if (name === "settings")
            stack.push(settingsPage);
        else if (name === "addfridge")
            stack.push(addFridgePage);
        else if (name === "family" || name === "invite") {
            const id = root.selection.familyId.length ? root.selection.familyId
                                                      : root.families.familyIdAt(0);
            root.openFamily(id);
            if (name === "invite")
                root.top.invite();
        }
    }

    Component {
        id: cameraPage
        LiveCameraPage {
            onBack: root.back()
        }
    }
    Component {
        id: historyPage
        EventHistoryPage {
            onBack: root.back()
        }
    }
    Component {
        id: commandsPage
        CommandsPage {
            onBack: root.back()
        }
    }
    Component {
        id: supportPage
        SupportAccessPage {
            onBack: root.back()
        }
    }
    Component {
        id: splashPage
        SplashPage { }
    }
    Component {
        id: signInPage
        SignInPage {
            session: root.session
            account: root.account
            onCreateAccount: { root.account.reset(); stack.push(signUpPage); }
            onForgotPassword: email => {
                root.account.reset();
                stack.push(forgotPage, {email: email});
            }
            onConfirmAccount: email => root.account.resendCode(email)
        }
    }
    Component {
        id: signUpPage
        SignUpPage {
            account: root.account
            onBack: root.back()
        }
    }
    Component {
        id: confirmPage
        ConfirmCodePage {
            account: root.account
            onBack: root.back()
        }
    }
    Component {
        id: forgotPage
        ForgotPasswordPage {
            account: root.account
            onBack: root.back()
        }
    }
    Component {
        id: resetPage
        ResetPasswordPage {
            account: root.account
            onBack: root.back()
        }
    }
    Component {
        id: diagnosticsPage
        DiagnosticsShell {
            session: root.session
            search: root.fleetSearch
            supportCase: root.supportCase
        }
    }
    Component {
        id: homePage
        SignedInShell {
            session: root.session
            families: root.families
            selection: root.selection
            alerts: root.alerts
            onOpenCommands: root.openCommands()
            onOpenSupport: root.openSupport()
            onOpenHistory: (deviceId, name) => root.openHistory(deviceId, name)
            onOpenCamera: root.openCamera()
            onOpenFamilies: stack.push(familiesPage)
            onOpenFamily: familyId => root.openFamily(familyId)
            onOpenJoin: stack.push(joinPage)
            onOpenSettings: stack.push(settingsPage)
            onOpenAddFridge: stack.push(addFridgePage)
        }
    }
    Component {
        id: familiesPage
        FamiliesPage {
            families: root.families
            onBack: root.back()
            onOpenFamily: familyId => root.openFamily(familyId)
            onOpenJoin: stack.push(joinPage)
        }
    }
    Component {
        id: familyPage
        FamilyPage {
            families: root.families
            selection: root.selection
            alerts: root.alerts
            onBack: root.back()
            onShowFridge: stack.pop(null)
            onLeftFamily: stack.pop(null)
            onAddFridge: familyId => stack.push(addFridgePage, {familyId: familyId})
        }
    }
    Component {
        id: joinPage
        JoinFamilyPage {
            families: root.families
            onBack: root.back()
            onJoined: stack.pop(null)
        }
    }
    Component {
        id: addFridgePage
        AddFridgePage {
            pairing: root.pairing
            families: root.families
            onBack: root.back()
            onShowFridge: stack.pop(null)
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            session: root.session
            account: root.account
            profiles: root.profiles
            alerts: root.alerts
            display: root.display
            onBack: root.back()
            onOpenFamilies: stack.push(familiesPage)
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Signed in without a fridge to show: still loading, could not load, or not in a family
// with a fridge yet (then: join one with an invitation code).
Item {
    id: root

    required property FamiliesModel families

    signal openFamilies()
    signal openJoin()
    signal openAddFridge()

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, 440)
        spacing: Theme.spacingL

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: !root.families.loaded && root.families.error.length === 0
            running: visible
        }
        Text {
            objectName: "noFridgeTitle"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: !root.families.loaded ? (root.families.error.length ? qsTr("Your fridges could not be loaded") : qsTr("Loading your fridges…"))
                                        : qsTr("No fridge yet")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            visible: root.families.loaded || root.families.error.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: !root.families.loaded ? root.families.error
                : root.families.count === 0 ? qsTr("Fridges belong to a family. Ask someone in yours for an invitation code and join, or start a family of your own.")
                : qsTr("None of your families has a fridge yet. Someone in a family with a fridge can invite you.")
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        PrimaryButton {
            Layout.fillWidth: true
            visible: !root.families.loaded && root.families.error.length > 0
            text: qsTr("Try again")
            onClicked: root.families.reload()
        }
        PrimaryButton {
            objectName: "joinFamilyButton"
            Layout.fillWidth: true
            visible: root.families.loaded
            text: qsTr("Join a family with a code")
            onClicked: root.openJoin()
        }
        TextButton {
            objectName: "addFridgeButton"
            Layout.fillWidth: true
            visible: root.families.loaded && root.families.count > 0
            text: qsTr("Add a new fridge")
            onClicked: root.openAddFridge()
        }
        TextButton {
            Layout.fillWidth: true
            visible: root.families.loaded
            text: qsTr("Your families")
            onClicked: root.openFamilies()
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Core
import Larder.Theme

// Before pairing: the pairing QR code, large enough to scan from arm's length, the same code
// as text, and how far the tablet's own set-up has come.
Item {
    id: root

    required property DoorTablet kiosk
    readonly property bool ready: root.kiosk.state === DoorTablet.WaitingForPairing

    RowLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingXxl, 1100)
        spacing: Theme.spacingXxl

        QrCodeView {
            objectName: "pairingQr"
            Layout.preferredWidth: Math.min(root.height - 2 * Theme.spacingXxl, 460, root.width * 0.38)
            Layout.preferredHeight: Layout.preferredWidth
            payload: root.kiosk.pairingUri
            opacity: root.ready ? 1 : 0.25
            Behavior on opacity { NumberAnimation { duration: Theme.animationMs } }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 0
            spacing: Theme.spacingL
            Text {
                text: "Larder"
                color: Theme.accent
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontDisplay - 8
                font.weight: Font.Bold
            }
            Text {
                Layout.fillWidth: true
                text: root.ready ? qsTr("Add this fridge to your family")
                                 : root.kiosk.state === DoorTablet.Failed ? qsTr("This fridge cannot reach Larder yet")
                                 : qsTr("Setting up this fridge's connection…")
                wrapMode: Text.Wrap
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontHeadline + 8
                font.weight: Font.Bold
            }
            Text {
                Layout.fillWidth: true
                text: root.ready ? qsTr("Open the Larder app on your phone, choose “Add a fridge” and scan this code, or type the pairing code shown here.")
                                 : root.kiosk.state === DoorTablet.Failed ? qsTr("%1 Trying again shortly.").arg(root.kiosk.error)
                                 : qsTr("This takes a few seconds.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle + 2
            }
            BusyIndicator {
                visible: !root.ready && root.kiosk.state !== DoorTablet.Failed
                running: visible
            }
            GridLayout {
                Layout.fillWidth: true
                visible: root.ready
                columns: 2
                columnSpacing: Theme.spacingXl
                rowSpacing: Theme.spacingS
                Text {
                    text: qsTr("Model")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    text: root.kiosk.model
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle + 4
                    font.weight: Font.DemiBold
                }
                Text {
                    text: qsTr("Serial number")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                }
                Text {
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    text: root.kiosk.serial
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle + 4
                    font.weight: Font.DemiBold
                }
                Text {
                    text: qsTr("Pairing code")
                    color: Theme.textMuted
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontTitle
                }
                Text {
                    objectName: "pairingCode"
                    Layout.fillWidth: true
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    // In lines of three groups, as on the label.
                    text: {
                        const groups = root.kiosk.pairingCode.split("-");
                        return groups.slice(0, 3).join("-") + (groups.length > 3 ? "\n" + groups.slice(3).join("-") : "");
                    }
                    lineHeight: 1.1
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontHeadline + 4
                    font.weight: Font.Bold
                    font.letterSpacing: 1
                }
            }
        }
    }
}

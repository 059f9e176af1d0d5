// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Components
import Larder.Theme

// An invitation to show to the person joining: the code to type, its QR code to scan, and
// until when it works.
Card {
    id: root

    required property string code
    required property string qrPayload
    required property date expiresAt

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        SectionTitle {
            Layout.fillWidth: true
            text: qsTr("Invitation")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("On their phone, they sign in to Larder, choose “Join a family” and type this code (or scan it).")
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Text {
            objectName: "invitationCode"
            Layout.alignment: Qt.AlignHCenter
            text: root.code
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: 36
            font.weight: Font.Bold
            font.letterSpacing: 4
            Accessible.name: qsTr("Invitation code %1").arg(root.code.split("").join(" "))
        }
        QrCodeView {
            objectName: "invitationQr"
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 200
            implicitHeight: 200
            payload: root.qrPayload
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Works once, until %1.").arg(Format.dateTime(root.expiresAt))
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
        }
    }
}

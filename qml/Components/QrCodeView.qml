// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Core

// A QR code of `payload`, dark on white with its quiet zone, whatever the theme (scanners
// need the contrast).
Rectangle {
    id: root

    required property string payload
    readonly property var matrix: QrCode.encode(root.payload)
    readonly property int quietZone: 4

    color: "white"
    radius: 8
    implicitWidth: 220
    implicitHeight: 220
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("QR code")

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            const size = root.matrix.size;
            if (size <= 0)
                return;
            const cells = size + 2 * root.quietZone;
            const cell = Math.floor(Math.min(width, height) / cells);
            const offsetX = Math.floor((width - cell * size) / 2);
            const offsetY = Math.floor((height - cell * size) / 2);
            ctx.fillStyle = "#000000";
            const modules = root.matrix.modules;
            for (let y = 0; y < size; ++y)
                for (let x = 0; x < size; ++x)
                    if (modules.charAt(y * size + x) === "1")
                        ctx.fillRect(offsetX + x * cell, offsetY + y * cell, cell, cell);
        }
    }
    onMatrixChanged: canvas.requestPaint()
    onWidthChanged: canvas.requestPaint()
}

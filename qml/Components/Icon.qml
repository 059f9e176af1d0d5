// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Shapes
import Larder.Theme

// A line icon drawn from a path on a 24×24 grid, in any colour and size: home, fridge, cart,
// board, bell, sliders, warning, clock, bolt, back, person, qr, headset, camera.
Item {
    id: root

    required property string name
    property color color: Theme.text
    property real size: 24
    property real strokeWidth: 2

    implicitWidth: root.size
    implicitHeight: root.size
    Accessible.ignored: true

    readonly property var paths: ({
        home: "M3 11 L12 3 L21 11 M5.5 9 V21 H18.5 V9 M10 21 V15 H14 V21",
        fridge: "M7 2 H17 Q19 2 19 4 V20 Q19 22 17 22 H7 Q5 22 5 20 V4 Q5 2 7 2 Z M5 9.5 H19 M8.5 5 V7 M8.5 12.5 V16",
        cart: "M2 3 H5 L7.6 15 H18 L20.5 7 H5.9 M8 20 a1.5 1.5 0 1 0 3 0 a1.5 1.5 0 1 0 -3 0 M15 20 a1.5 1.5 0 1 0 3 0 a1.5 1.5 0 1 0 -3 0",
        board: "M4 4 H20 V16 H10 L5 20 V16 H4 Z M8 8.5 H16 M8 12 H13",
        bell: "M6 17 V11 Q6 5 12 5 Q18 5 18 11 V17 L20 19 H4 Z M10 21.5 H14 M12 5 V3",
        sliders: "M4 6 H20 M4 12 H20 M4 18 H20 M8 4 V8 M15 10 V14 M10 16 V20",
        warning: "M12 3 L22 20.5 H2 Z M12 9.5 V14.5 M12 17.2 V17.6",
        clock: "M3 12 a9 9 0 1 0 18 0 a9 9 0 1 0 -18 0 M12 7 V12 L15.5 14",
        bolt: "M13 2 L4.5 13.5 H11.5 L10.5 22 L19.5 10 H12.5 Z",
        back: "M20 12 H5 M11 5.5 L4.5 12 L11 18.5",
        person: "M8 8 a4 4 0 1 0 8 0 a4 4 0 1 0 -8 0 M4 21 Q4 14 12 14 Q20 14 20 21",
        headset: "M4 14 V12 a8 8 0 0 1 16 0 V14 M4 14 H7 V20 H5 Q4 20 4 19 Z M20 14 H17 V20 H19 Q20 20 20 19 Z M17 20 Q17 22 13 22 H12",
        camera: "M3 7 H15 Q16 7 16 8 V16 Q16 17 15 17 H3 Q2 17 2 16 V8 Q2 7 3 7 Z M16 10.5 L22 7 V17 L16 13.5",
        qr: "M3 3 H10 V10 H3 Z M14 3 H21 V10 H14 Z M3 14 H10 V21 H3 Z M14 14 H17 V17 H14 Z M18 18 H21 V21 H18 Z M6 6 H7 V7 H6 Z M17 6 H18 V7 H17 Z M6 17 H7 V18 H6 Z"
    })

    Shape {
        width: 24
        height: 24
        scale: root.size / 24
        transformOrigin: Item.TopLeft
        ShapePath {
            strokeColor: root.color
            strokeWidth: root.strokeWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: root.paths[root.name] || "" }
        }
    }
}

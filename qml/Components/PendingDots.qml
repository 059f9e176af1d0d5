// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// Three pulsing dots: the value is on its way to the fridge.
Row {
    id: root

    property color tone: Theme.accent
    property bool running: visible

    spacing: 4
    Repeater {
        model: 3
        Rectangle {
            id: dot
            required property int index
            width: 6
            height: 6
            radius: 3
            color: root.tone
            opacity: 0.3
            SequentialAnimation on opacity {
                running: root.running
                loops: Animation.Infinite
                PauseAnimation { duration: dot.index * 150 }
                NumberAnimation { to: 1; duration: 300 }
                NumberAnimation { to: 0.3; duration: 300 }
                PauseAnimation { duration: (2 - dot.index) * 150 }
            }
        }
    }
}

// SPDX-License-Identifier: MIT
import QtQuick

// One dot of PendingDots, pulsing after @p delay ms.
Rectangle {
    id: root

    required property color tone
    required property bool running
    required property int delay

    width: 6
    height: 6
    radius: 3
    color: root.tone

    SequentialAnimation on opacity {
        running: root.running
        loops: Animation.Infinite
        NumberAnimation { from: 0.3; to: 0.3; duration: root.delay }
        NumberAnimation { to: 1; duration: 300 }
        NumberAnimation { to: 0.3; duration: 300 }
        NumberAnimation { to: 0.3; duration: 300 - root.delay }
    }
}

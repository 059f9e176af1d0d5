// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// Three pulsing dots: the value is on its way to the fridge.
Row {
    id: root

    property color tone: Theme.accent
    property bool running: visible

    spacing: 4
    PendingDot { tone: root.tone; running: root.running; delay: 0 }
    PendingDot { tone: root.tone; running: root.running; delay: 150 }
    PendingDot { tone: root.tone; running: root.running; delay: 300 }
}

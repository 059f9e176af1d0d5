// SPDX-License-Identifier: MIT
import QtQuick
import Larder.Theme

// Dims the screen after a minute without a touch; the next touch only wakes it.
MouseArea {
    id: root

    property int idleMs: 60000
    property bool dimmed: false

    /// Lights the screen up as a touch would (an alarm wants to be seen).
    function wake() {
        root.dimmed = false;
        idle.restart();
    }

    // Touches pass through to the screen below, except the one that wakes it.
    propagateComposedEvents: true
    onPressed: mouse => {
        mouse.accepted = root.dimmed;
        root.dimmed = false;
        idle.restart();
    }

    Timer {
        id: idle
        interval: root.idleMs
        running: true
        onTriggered: root.dimmed = true
    }
    Rectangle {
        anchors.fill: parent
        color: "black"
        opacity: root.dimmed ? 0.75 : 0
        visible: opacity > 0
        Behavior on opacity { NumberAnimation { duration: 600 } }
    }
}

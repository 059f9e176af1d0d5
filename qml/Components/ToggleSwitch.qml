// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// An on/off switch in the app's colours, with a visible focus.
Switch {
    id: root

    indicator: Rectangle {
        implicitWidth: 52
        implicitHeight: 30
        x: root.leftPadding
        y: (root.height - height) / 2
        radius: height / 2
        color: root.checked ? Theme.accent : Theme.surfaceAlt
        border.color: root.visualFocus ? Theme.text : root.checked ? Theme.accent : Theme.border
        border.width: root.visualFocus ? 2 : 1
        opacity: root.enabled ? 1 : 0.5
        Rectangle {
            x: root.checked ? parent.width - width - 3 : 3
            y: 3
            width: 24
            height: 24
            radius: 12
            color: root.checked ? Theme.textOnAccent : Theme.surface
            border.color: Theme.border
            Behavior on x { NumberAnimation { duration: Theme.animationMs } }
        }
    }
}

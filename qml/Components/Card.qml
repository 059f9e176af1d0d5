// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import Larder.Theme

// A rounded surface that groups one topic on a screen.
Pane {
    id: root

    padding: Theme.spacingXl
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 1
    }
}

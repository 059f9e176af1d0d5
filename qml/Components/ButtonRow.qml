// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Layouts
import Larder.Theme

// Buttons side by side, aligned to the right, that wrap onto another line where the row is too
// narrow for them (a phone, large text, a longer language) instead of running off the edge.
// List the main action first: it sits at the right end.
Flow {
    Layout.fillWidth: true
    spacing: Theme.spacingS
    layoutDirection: Qt.RightToLeft
}

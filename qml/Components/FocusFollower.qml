// SPDX-License-Identifier: MIT
import QtQuick

// Keeps what the keyboard focuses in view: when Tab moves to a control inside `flickable` that
// is scrolled out of sight, the flickable scrolls just enough to show it (with a margin).
Item {
    id: root

    required property Flickable flickable
    property real margin: 16

    visible: false

    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged() {
            const window = root.Window.window;
            const item = window ? window.activeFocusItem : null;
            if (!item || !root.flickable)
                return;
            const content = root.flickable.contentItem;
            // Only the flickable's own controls.
            let inside = false;
            for (let p = item.parent; p; p = p.parent)
                if (p === content) {
                    inside = true;
                    break;
                }
            if (!inside)
                return;
            const box = item.mapToItem(content, 0, 0, item.width, item.height);
            const top = root.flickable.contentY;
            const bottom = top + root.flickable.height;
            let y = top;
            if (box.y - root.margin < top)
                y = box.y - root.margin;
            else if (box.y + box.height + root.margin > bottom)
                y = box.y + box.height + root.margin - root.flickable.height;
            const least = root.flickable.originY;
            const most = Math.max(least, least + root.flickable.contentHeight - root.flickable.height);
            root.flickable.contentY = Math.max(least, Math.min(y, most));
        }
    }
}

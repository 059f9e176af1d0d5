// SPDX-License-Identifier: MIT
import QtQuick

// Keeps what the keyboard focuses in view: when Tab moves to a control inside `flickable` that
// is scrolled out of sight, the flickable scrolls just enough to show it (with a margin), down
// or across.
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
            const f = root.flickable;
            if (f.contentHeight > f.height)
                f.contentY = root.shown(box.y, box.height, f.contentY, f.height, f.originY, f.contentHeight);
            if (f.contentWidth > f.width)
                f.contentX = root.shown(box.x, box.width, f.contentX, f.width, f.originX, f.contentWidth);
        }
    }

    /// Where to scroll one axis so [start, start + size] shows within the view.
    function shown(start, size, at, view, origin, extent) {
        let to = at;
        if (start - root.margin < at)
            to = start - root.margin;
        else if (start + size + root.margin > at + view)
            to = start + size + root.margin - view;
        return Math.max(origin, Math.min(to, Math.max(origin, origin + extent - view)));
    }
}

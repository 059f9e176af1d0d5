// SPDX-License-Identifier: MIT
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Larder.Components
import Larder.Theme

// A screen of the app: a header with back and title, and a scrolling column of content,
// centred and width-limited on large windows. `pageName` and `ready` let self-tests find it.
Item {
    id: root

    required property string pageName
    property string title: ""
    property bool canGoBack: true
    property bool ready: true
    property int contentWidth: 560
    default property alias content: column.data

    signal back()

    PageHeader {
        id: header
        visible: root.title.length > 0
        anchors.left: parent.left
        anchors.right: parent.right
        title: root.title
        canGoBack: root.canGoBack
        onBack: root.back()
    }
    Flickable {
        id: flick
        anchors.top: header.visible ? header.bottom : parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        contentHeight: column.implicitHeight + 2 * Theme.spacingXl
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollBar { }

        ColumnLayout {
            id: column
            x: Math.max(Theme.spacingL, (flick.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(flick.width - 2 * Theme.spacingL, root.contentWidth)
            spacing: Theme.spacingL
        }
    }

    FocusFollower {
        flickable: flick
    }

    /// Scrolls so @p item (on this page) is in view: all of it, or its top when it is taller.
    function bringIntoView(item) {
        const box = item.mapToItem(flick.contentItem, 0, 0, item.width, item.height);
        const bottom = Math.max(0, flick.contentHeight - flick.height);
        const wanted = box.height > flick.height ? box.y - Theme.spacingL
                                                 : box.y + box.height + Theme.spacingL - flick.height;
        if (box.y < flick.contentY || box.y + box.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(bottom, wanted));
    }
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QQuickItem;
class QQuickWindow;

/// What is wrong with a screen's layout as drawn now, found from its items alone:
/// - a Text that reports `truncated` (elided or cut at its line count), unless the item says
///   so is intended (`property bool elisionIntended: true`);
/// - text or a control drawn outside the window (or outside what clips it) where nothing scrolls
///   it into view;
/// - two controls over each other (a tap would reach the wrong one), including a control under
///   the navigation;
/// - a control without a name for a screen reader (no Accessible.name and no text);
/// - a scrolling area squeezed below a touch target's height while it has content to show.
/// Items hidden, transparent, or clipped away entirely are not looked at; while a modal popup is
/// open only its own controls count as reachable.
class LayoutInspector
{
public:
    struct Finding
    {
        QString kind; ///< "truncated", "outside", "overlap", "unnamed", "squeezed", "keyboard",
                      ///< "unseen focus", "trap"
        QString what; ///< the item(s), by objectName, type, text or accessible name
    };

    static QList<Finding> inspect(QQuickWindow *window);
    /// Presses Tab through the screen (from its start, round once) and reports each control a
    /// keyboard never reaches ("keyboard"), one whose focus does not show ("unseen focus": it
    /// looks the same focused, or is off screen), or where Tab stays stuck ("trap").
    static QList<Finding> tabThrough(QQuickWindow *window);
    /// A short description of @p item for a finding: its name, type and text.
    static QString describe(const QQuickItem *item);
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

/// What a front-end's self-test looks for on screen; SelfTest polls it.
class ScreenCheck
{
public:
    /// What a check says on one poll.
    struct Verdict
    {
        enum Kind {
            NotYet,   ///< not there yet: poll again
            Changing, ///< the check just changed something: let the screen settle again
            Live,     ///< the screen shows what it should
            Failed,   ///< it never will (message says why)
        } kind = NotYet;
        QString message;
    };

    virtual ~ScreenCheck() = default;
    virtual Verdict verdict(QQuickWindow *window) = 0;
    /// A line on the state of things, for the report when the time runs out.
    virtual QString situation(QQuickWindow *window) const = 0;

    /// The visible item named @p name drawn in @p window (by the items' tree, which reaches
    /// list delegates that QObject::findChild does not).
    static QQuickItem *drawnItem(QQuickWindow *window, const QString &name)
    {
        return drawnItem(window->contentItem(), name);
    }
    static QQuickItem *drawnItem(QQuickItem *item, const QString &name)
    {
        if (!item || !item->isVisible())
            return nullptr;
        if (item->objectName() == name)
            return item;
        for (QQuickItem *child : item->childItems())
            if (QQuickItem *found = drawnItem(child, name))
                return found;
        return nullptr;
    }
};

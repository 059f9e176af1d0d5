// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QQuickWindow;

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
};

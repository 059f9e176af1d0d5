// SPDX-License-Identifier: MIT
#pragma once

#include "history/HistoryRules.h"

#include <QString>

namespace larder::cloud {

/// Each fridge's temperature history in larder-cloud's database (schema version 13): one row per
/// fridge, range and bucket (history::Range), added to by every reported update and cut to the
/// range's span by prune(). Removed with the fridge from its family (forget()).
class HistoryStore
{
public:
    explicit HistoryStore(const QString &connectionName = QStringLiteral("larder"));
    QString connectionName() const { return m_connection; }

    /// Adds @p sample, reported at @p epochSeconds, to @p thing's buckets of every range;
    /// @p doorOpened counts one opening.
    bool add(const QString &thing, const history::Sample &sample, bool doorOpened,
             qint64 epochSeconds);
    /// One report of a fridge, for addAll().
    struct Report
    {
        QString thing;
        history::Sample sample;
        bool doorOpened = false;
        qint64 epochSeconds = 0;
    };
    /// add() for each of @p reports, in one transaction; false if any could not be added.
    bool addAll(const QList<Report> &reports);
    /// @p thing's buckets of @p range from its span before @p epochSeconds, oldest first.
    QList<history::Point> list(const QString &thing, const history::Range &range,
                               qint64 epochSeconds) const;
    /// Drops every bucket older than its range's span before @p epochSeconds.
    bool prune(qint64 epochSeconds);
    bool forget(const QString &thing);

private:
    QString m_connection;
};

} // namespace larder::cloud

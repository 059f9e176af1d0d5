// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace larder::cloud::support {

/// The diagnostic reports a fridge's door tablet sent support (schema 16's `support_reports`):
/// which stored object, its SHA-256 and size, sent when. Read by the inspector of the fridge's
/// current family only. (A fridge's own reports are its `diagnosticReport` commands.)
class ReportStore
{
public:
    explicit ReportStore(const QString &connectionName = QStringLiteral("larder"));

    struct Report
    {
        QString id;
        QString thing;
        QString familyId;
        QString source; ///< "door"
        QString key;    ///< the stored object's path
        QString sha256;
        qint64 size = 0;
        qint64 created = 0; ///< epoch ms
    };
    bool add(const Report &report);
    /// The newest @p limit reports of @p thing in @p familyId, newest first.
    QList<Report> list(const QString &thing, const QString &familyId, int limit = 20) const;
    std::optional<Report> find(const QString &thing, const QString &familyId,
                               const QString &id) const;
    /// Whether a report of object @p key is recorded already.
    bool hasKey(const QString &key) const;
    /// How many reports @p thing sent since @p sinceMs, and when its newest was (ms; 0 if none).
    std::pair<int, qint64> sentSince(const QString &thing, qint64 sinceMs) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::support

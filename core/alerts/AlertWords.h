// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace larder::alerts {

struct AlertRow;

/// An event's sentence in the reader's language and temperature unit, composed from its
/// details (condition, raised or cleared, value, limit, since) rather than the cloud's English
/// `message` (docs/api.md, "Errors in the reader's language"); an unknown condition keeps the
/// cloud's message, and so does the morning note in English (it names what to use).
class AlertWords
{
    Q_DECLARE_TR_FUNCTIONS(AlertWords)

public:
    static QString sentence(const AlertRow &row);
    static QString sentence(const QString &condition, bool raised, double value, double limit,
                            qint64 sinceMs, qint64 atMs, const QString &cloudMessage);
    /// "C" or "F": the unit the person chose (the front-end keeps it current).
    static void setUnit(const QString &unit);

private:
    static QString degrees(double celsius);
};

} // namespace larder::alerts

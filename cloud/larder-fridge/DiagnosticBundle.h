// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace larder::fridge {

/// The diagnostic report a fridge sends support when asked (docs/api.md, "Support access"): one
/// JSON document, `{"format":"larder-diagnostic-report/1","thingName","serial","model",
/// "firmware","generatedAt" (ms),"clock","uptimeSeconds","reported","faults","connection":{…},
/// "log":[line…]}`. Technical data only: the fridge knows no family, name or list.
struct DiagnosticBundle
{
    QString thing;
    QJsonObject reported; ///< everything the fridge reports now, `faults` included
    qint64 clock = 0;     ///< the fridge's own time (epoch s)
    qint64 uptimeSeconds = 0;
    QJsonObject connection; ///< broker, connected, reconnects
    QStringList log;        ///< the newest log lines, oldest first

    static constexpr const char *format = "larder-diagnostic-report/1";
    /// The document, compact UTF-8.
    QByteArray toJson(qint64 generatedAtMs) const;
};

} // namespace larder::fridge

// SPDX-License-Identifier: MIT
#include "DiagnosticBundle.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace larder::fridge {

QByteArray DiagnosticBundle::toJson(qint64 generatedAtMs) const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QLatin1String(format)},
                                     {QStringLiteral("thingName"), thing},
                                     {QStringLiteral("serial"), reported.value(u"serial")},
                                     {QStringLiteral("model"), reported.value(u"model")},
                                     {QStringLiteral("firmware"), reported.value(u"firmware")},
                                     {QStringLiteral("generatedAt"), double(generatedAtMs)},
                                     {QStringLiteral("clock"), double(clock)},
                                     {QStringLiteral("uptimeSeconds"), double(uptimeSeconds)},
                                     {QStringLiteral("reported"), reported},
                                     {QStringLiteral("faults"), reported.value(u"faults")},
                                     {QStringLiteral("connection"), connection},
                                     {QStringLiteral("log"), QJsonArray::fromStringList(log)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace larder::fridge

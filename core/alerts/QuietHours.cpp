// SPDX-License-Identifier: MIT
#include "QuietHours.h"

#include <QJsonObject>

namespace larder::alerts {

namespace {
const QString kFormat = QStringLiteral("HH:mm");

QTime timeOf(const QJsonValue &value)
{
    const QString text = value.toString();
    return text.size() == 5 ? QTime::fromString(text, kFormat) : QTime();
}
} // namespace

bool QuietHours::contains(QTime time) const
{
    if (!isOn() || !time.isValid())
        return false;
    const QTime at(time.hour(), time.minute());
    return from < to ? (at >= from && at < to) : (at >= from || at < to);
}

bool QuietHours::silences(const QString &type, QTime time) const
{
    return type != u"error" && contains(time);
}

QJsonValue QuietHours::toJson() const
{
    if (!isOn())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("from"), from.toString(kFormat)},
                       {QStringLiteral("to"), to.toString(kFormat)}};
}

QString QuietHours::text() const
{
    return isOn() ? QStringLiteral("%1–%2").arg(from.toString(kFormat), to.toString(kFormat))
                  : QString();
}

std::optional<QuietHours> QuietHours::fromJson(const QJsonValue &value, QString *why)
{
    if (value.isNull() || value.isUndefined())
        return QuietHours{};
    const QJsonObject object = value.toObject();
    QuietHours hours{timeOf(object.value(u"from")), timeOf(object.value(u"to"))};
    if (value.isObject() && object.size() == 2 && hours.isOn() && hours.from != hours.to)
        return hours;
    if (why)
        *why = QStringLiteral("quietHours is {\"from\": \"HH:mm\", \"to\": \"HH:mm\"} (two "
                              "different times), or null for none.");
    return std::nullopt;
}

} // namespace larder::alerts

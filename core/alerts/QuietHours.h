// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QTime>

#include <optional>

namespace larder::alerts {

/// A person's quiet hours (the `quietHours` setting, docs/api.md "Alerts"): a daily span of
/// the device's local time, possibly over midnight ("22:00"–"07:00"), in which warnings make no
/// notification. Errors (food may spoil) always do. Free of I/O.
struct QuietHours
{
    QTime from, to; ///< both invalid: none

    bool isOn() const { return from.isValid() && to.isValid(); }
    /// @p time falls in the span (from included, to excluded).
    bool contains(QTime time) const;
    /// Whether an alert of @p type ("error", "warning") raised at @p time stays silent.
    bool silences(const QString &type, QTime time) const;
    /// `{"from":"HH:mm","to":"HH:mm"}`, or null when off.
    QJsonValue toJson() const;
    /// "22:00–07:00", or "" when off.
    QString text() const;
    /// The setting's value: null (off) or the object above with two different times; nullopt
    /// and the sentence in @p why for anything else.
    static std::optional<QuietHours> fromJson(const QJsonValue &value, QString *why = nullptr);
};

} // namespace larder::alerts

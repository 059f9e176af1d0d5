// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace larder::fridge {

/// The Larder fridge's classic shadow contract (PROTOCOLS.md): field paths, writable ranges
/// and modes. The app validates against it before writing desired; the fridge decides with
/// it what it accepts.
struct FridgeSpec
{
    static constexpr double fridgeMin = 1.0, fridgeMax = 8.0, fridgeStep = 0.5;
    static constexpr double freezerMin = -24.0, freezerMax = -14.0, freezerStep = 1.0;

    static QString fridgeSetpoint() { return QStringLiteral("fridge.setpoint"); }
    static QString freezerSetpoint() { return QStringLiteral("freezer.setpoint"); }
    static QString mode() { return QStringLiteral("mode"); }
    static QString iceMaker() { return QStringLiteral("iceMaker"); }

    static QStringList modes()
    {
        return {QStringLiteral("normal"), QStringLiteral("eco"), QStringLiteral("vacation"),
                QStringLiteral("superCool"), QStringLiteral("superFreeze")};
    }

    /// The in-door cameras, one per shelf, by the names the live view's offers use.
    static QStringList cameras()
    {
        return {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")};
    }

    /// Why @p value is not acceptable for the writable field @p path; nullopt when it is.
    static std::optional<QString> validate(const QString &path, const QJsonValue &value);
};

/// Reads a dotted @p path ("fridge.setpoint") inside a JSON object.
QJsonValue valueAt(const QJsonObject &object, const QString &path);
/// An object holding @p value at the dotted @p path: {"fridge":{"setpoint":v}}.
QJsonObject objectAt(const QString &path, const QJsonValue &value);

} // namespace larder::fridge

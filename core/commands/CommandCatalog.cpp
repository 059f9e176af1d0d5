// SPDX-License-Identifier: MIT
#include "CommandCatalog.h"

#include <QCoreApplication>

namespace larder::commands::catalog {

namespace {
/// A whole-number parameter and its range.
struct Parameter
{
    const char *name;
    int min;
    int max;
};

struct Command
{
    const char *name;
    std::optional<Parameter> parameter;
    bool needsWater; ///< only models with a water dispenser
};

const std::array<Command, 4> &commands()
{
    static const std::array<Command, 4> all{{
        {"quickFreeze", Parameter{"hours", 1, 48}, false},
        {"defrost", std::nullopt, false},
        {"resetWaterFilter", std::nullopt, true},
        {"snoozeAlarms", Parameter{"minutes", 5, 120}, false},
    }};
    return all;
}

const Command *find(const QString &name)
{
    for (const Command &command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

/// Models without a water dispenser (the rest have one).
bool hasWater(const QString &model)
{
    return model != u"LF-300";
}
} // namespace

const QStringList &names()
{
    static const QStringList all = [] {
        QStringList list;
        for (const Command &command : commands())
            list.append(QLatin1String(command.name));
        return list;
    }();
    return all;
}

QStringList supportedBy(const QString &model)
{
    QStringList list;
    for (const Command &command : commands())
        if (!command.needsWater || hasWater(model))
            list.append(QLatin1String(command.name));
    return list;
}

std::variant<QJsonObject, QString> document(const QString &name, const QJsonObject &params,
                                            const QString &model)
{
    const Command *command = find(name);
    if (!command)
        return QStringLiteral("Larder knows no command \"%1\"; the commands are %2.")
            .arg(name.left(40), names().join(QStringLiteral(", ")));
    if (command->needsWater && !hasWater(model))
        return QStringLiteral("The %1 has no water filter.").arg(model);
    QJsonObject document{{QStringLiteral("operation"), name}};
    for (auto it = params.constBegin(); it != params.constEnd(); ++it)
        if (!command->parameter || it.key() != QLatin1String(command->parameter->name))
            return QStringLiteral("%1 takes no parameter \"%2\".").arg(name, it.key().left(40));
    if (const auto &parameter = command->parameter) {
        const QString key = QLatin1String(parameter->name);
        const double value = params.value(key).toDouble(-1e9);
        if (!params.value(key).isDouble() || value != double(qint64(value)) ||
            value < parameter->min || value > parameter->max)
            return QStringLiteral("%1 needs \"%2\", a whole number from %3 to %4.")
                .arg(name, key)
                .arg(parameter->min)
                .arg(parameter->max);
        document.insert(key, qint64(value));
    }
    return document;
}

QString titleOf(const QJsonObject &document)
{
    QString operation = document.value(u"operation").toString();
    const int hours = document.value(u"hours").toInt();
    const int minutes = document.value(u"minutes").toInt();
    if (operation == u"quickFreeze" && hours == 0)
        return QCoreApplication::translate("Commands", "Super freeze");
    if (operation == u"snoozeAlarms" && minutes == 0)
        return QCoreApplication::translate("Commands", "Silence the alarm");
    if (operation == u"quickFreeze")
        return hours == 1 ? QCoreApplication::translate("Commands", "Super freeze for 1 hour")
                          : QCoreApplication::translate("Commands", "Super freeze for %1 hours")
                                .arg(hours);
    if (operation == u"defrost")
        return QCoreApplication::translate("Commands", "Defrost cycle");
    if (operation == u"resetWaterFilter")
        return QCoreApplication::translate("Commands", "Reset the water filter");
    if (operation == u"snoozeAlarms")
        return QCoreApplication::translate("Commands", "Silence the alarm for %1 minutes")
            .arg(minutes);
    if (operation == diagnosticReport())
        return QCoreApplication::translate("Commands", "Diagnostic report for support");
    if (operation == resyncShadow())
        return QCoreApplication::translate("Commands", "Report everything again (for support)");
    return operation;
}

QString diagnosticReport()
{
    return QStringLiteral("diagnosticReport");
}

QString resyncShadow()
{
    return QStringLiteral("resyncShadow");
}

bool isSupportOperation(const QString &name)
{
    return name == diagnosticReport() || name == resyncShadow();
}

} // namespace larder::commands::catalog

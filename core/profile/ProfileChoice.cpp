// SPDX-License-Identifier: MIT
#include "ProfileChoice.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace larder::profile {

ProfileChoice::ProfileChoice(const QString &active, QObject *parent)
    : QObject(parent), m_active(active)
{
}

QString ProfileChoice::chosen() const
{
    return QSettings().value(QLatin1String(settingsKey), QStringLiteral("local")).toString();
}

QString ProfileChoice::pathOf(const QString &profile)
{
    if (profile == u"local") {
        const QString override = qEnvironmentVariable("LARDER_LOCAL_PROFILE");
        return override.isEmpty()
                   ? QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                         QStringLiteral("/larder-demo/cloud/profile.json")
                   : override;
    }
    if (profile == u"aws")
        return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
               QStringLiteral("/aws.json");
    return profile;
}

bool ProfileChoice::available(const QString &profile)
{
    return QFileInfo(pathOf(profile)).isFile();
}

void ProfileChoice::choose(const QString &profile)
{
    if (profile == chosen())
        return;
    QSettings().setValue(QLatin1String(settingsKey), profile);
    emit chosenChanged();
}

QString ProfileChoice::resolve(const QString &commandLine)
{
    if (!commandLine.isEmpty())
        return commandLine;
    return QSettings().value(QLatin1String(settingsKey), QStringLiteral("local")).toString();
}

} // namespace larder::profile

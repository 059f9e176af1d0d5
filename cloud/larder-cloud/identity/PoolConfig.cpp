// SPDX-License-Identifier: MIT
#include "PoolConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace larder::cloud {

namespace {
QString randomId(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QString id;
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    return id;
}
} // namespace

std::optional<PoolConfig> PoolConfig::loadOrCreate(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("Cannot create %1").arg(directory);
        return std::nullopt;
    }
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = directory + QStringLiteral("/pool.json");
    PoolConfig config;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
        config.userPoolId = stored.value(u"userPoolId").toString();
        config.appClientId = stored.value(u"appClientId").toString();
        if (!config.userPoolId.isEmpty() && !config.appClientId.isEmpty())
            return config;
    }
    config.userPoolId =
        config.region + u'_' +
        randomId(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    config.appClientId = randomId(26, "abcdefghijklmnopqrstuvwxyz0123456789");
    QSaveFile out(path);
    const QJsonObject stored{{QStringLiteral("region"), config.region},
                             {QStringLiteral("userPoolId"), config.userPoolId},
                             {QStringLiteral("appClientId"), config.appClientId}};
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(stored).toJson()) < 0 ||
        !out.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(path);
        return std::nullopt;
    }
    return config;
}

} // namespace larder::cloud

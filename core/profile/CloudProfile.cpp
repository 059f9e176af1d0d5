// SPDX-License-Identifier: MIT
#include "CloudProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace larder::profile {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CloudProfile", text);
}
constexpr qint64 kMaxProfileBytes = 64 * 1024;
} // namespace

std::optional<CloudProfile> CloudProfile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            tr("The cloud profile %1 cannot be read (%2). Start larder-cloud or pass --profile.")
                .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxProfileBytes) {
        *error = tr("The cloud profile %1 is too large to be a profile.").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error =
            tr("The cloud profile %1 is not valid JSON: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    CloudProfile profile;
    profile.name = object.value(QStringLiteral("name")).toString(QStringLiteral("local"));
    profile.region = object.value(QStringLiteral("region")).toString();
    profile.mqttEndpoint = object.value(QStringLiteral("mqttEndpoint")).toString();
    profile.mqttPort = object.value(QStringLiteral("mqttPort")).toInt(8883);
    profile.devMqttPort = object.value(QStringLiteral("devMqttPort")).toInt(0);
    profile.alpn = object.value(QStringLiteral("alpn")).toString();
    const QDir base = QFileInfo(path).absoluteDir();
    auto fileField = [&](const char *key) {
        const QString value = object.value(QLatin1String(key)).toString();
        return value.isEmpty() ? value : base.absoluteFilePath(value);
    };
    profile.caFile = fileField("caFile");
    profile.devCertFile = fileField("devCertFile");
    profile.devKeyFile = fileField("devKeyFile");
    if (profile.mqttEndpoint.isEmpty() || profile.mqttPort <= 0 || profile.mqttPort > 65535) {
        *error = tr("The cloud profile %1 has no usable mqttEndpoint/mqttPort.").arg(path);
        return std::nullopt;
    }
    return profile;
}

mqtt::ConnectionSettings CloudProfile::mqttSettings(const QString &clientId) const
{
    mqtt::ConnectionSettings settings;
    settings.host = mqttEndpoint;
    // Until the app signs in, a development certificate uses its own listener.
    settings.port = !devCertFile.isEmpty() && devMqttPort > 0 ? devMqttPort : mqttPort;
    settings.clientId = clientId;
    settings.caFile = caFile;
    settings.certFile = devCertFile;
    settings.keyFile = devKeyFile;
    settings.alpn = alpn;
    return settings;
}

} // namespace larder::profile

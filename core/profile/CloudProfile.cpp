// SPDX-License-Identifier: MIT
#include "CloudProfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace larder::profile {

namespace {
/// The words of this file, in the "CloudProfile" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CloudProfile)
};
constexpr qint64 kMaxProfileBytes = 64 * 1024;
} // namespace

std::optional<CloudProfile> CloudProfile::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            Words::tr(
                "The cloud profile %1 cannot be read (%2). Start larder-cloud or pass --profile.")
                .arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxProfileBytes) {
        *error = Words::tr("The cloud profile %1 is too large to be a profile.").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Words::tr("The cloud profile %1 is not valid JSON: %2")
                     .arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    auto text = [&](const char *key, const QString &fallback = {}) {
        return object.value(QLatin1String(key)).toString(fallback).trimmed();
    };
    CloudProfile profile;
    profile.name = text("name", QStringLiteral("local"));
    profile.region = text("region");
    profile.mqttEndpoint = text("mqttEndpoint");
    profile.mqttPort = object.value(QStringLiteral("mqttPort")).toInt(8883);
    profile.devicePort = object.value(QStringLiteral("devicePort")).toInt(8883);
    profile.alpn = text("alpn");
    profile.authorizerName = text("authorizerName", QStringLiteral("larder"));
    profile.userPoolId = text("userPoolId");
    profile.appClientId = text("appClientId");
    profile.apiBaseUrl = text("apiBaseUrl");
    profile.identityEndpoint = text("identityEndpoint");
    for (const QJsonValue &url : object.value(QStringLiteral("iceServers")).toArray())
        if (url.isString() && !url.toString().trimmed().isEmpty())
            profile.iceServers.append(url.toString().trimmed());
    if (profile.identityEndpoint.isEmpty() && !profile.region.isEmpty())
        profile.identityEndpoint =
            QStringLiteral("https://cognito-idp.%1.amazonaws.com").arg(profile.region);
    const QString ca = text("caFile");
    profile.caFile = ca.isEmpty() ? ca : QFileInfo(path).absoluteDir().absoluteFilePath(ca);
    if (profile.mqttEndpoint.isEmpty() || profile.mqttPort <= 0 || profile.mqttPort > 65535) {
        *error = Words::tr("The cloud profile %1 has no usable mqttEndpoint/mqttPort.").arg(path);
        return std::nullopt;
    }
    QStringList missing;
    for (const auto &[key, value] : {std::pair{"userPoolId", profile.userPoolId},
                                     std::pair{"appClientId", profile.appClientId},
                                     std::pair{"identityEndpoint", profile.identityEndpoint},
                                     std::pair{"apiBaseUrl", profile.apiBaseUrl}})
        if (value.isEmpty())
            missing << QLatin1String(key);
    if (!missing.isEmpty()) {
        *error = Words::tr("The cloud profile %1 lacks %2.")
                     .arg(path, missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return profile;
}

mqtt::ConnectionSettings CloudProfile::mqttSettings(const QString &clientId) const
{
    mqtt::ConnectionSettings settings;
    settings.host = mqttEndpoint;
    settings.port = mqttPort;
    settings.clientId = clientId;
    settings.caFile = caFile;
    settings.alpn = alpn;
    return settings;
}

QString CloudProfile::mqttUsername() const
{
    return QStringLiteral("larder-app?x-amz-customauthorizer-name=%1").arg(authorizerName);
}

} // namespace larder::profile

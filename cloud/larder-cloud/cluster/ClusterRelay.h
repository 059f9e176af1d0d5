// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

/// What an api instance (no MQTT plane of its own) tells the instances that run one, over the
/// broker: a command queued over REST (the fridge is told by the Jobs service) and a fridge
/// that left its family (the plane forgets its events, alert state and history). Only
/// larder-cloud's service identity may use these topics (the broker plugin gives devices their
/// own topics and apps their fridges').
namespace larder::cloud::cluster::relay {

inline QString commandQueuedTopic()
{
    return QStringLiteral("larder/cloud/relay/command-queued");
}
inline QString thingLeftTopic()
{
    return QStringLiteral("larder/cloud/relay/thing-left");
}
inline QString filter()
{
    return QStringLiteral("larder/cloud/relay/+");
}

inline QByteArray message(const QString &thing, const QString &commandId = {})
{
    QJsonObject body{{QStringLiteral("thing"), thing}};
    if (!commandId.isEmpty())
        body.insert(QStringLiteral("commandId"), commandId);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace larder::cloud::cluster::relay

// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"

/// The alerts' MQTT topics (docs/api.md, "Alerts"): the cloud publishes every event its rules
/// make — an alert raised or cleared — on the family's feed, which its members may read, and
/// each fridge's open alerts for its door tablet. Only the cloud writes them.
namespace larder::alerts::topics {

inline QString familyChanges(const QString &familyId)
{
    return QStringLiteral("larder/families/%1/alerts/changes").arg(familyId);
}
/// The family of an alerts feed topic, or "" when @p topic is not one.
inline QString familyOfChanges(const QString &topic)
{
    return inventory::topics::familyOfFeature(topic, QStringLiteral("alerts"));
}

/// A fridge's open alerts, retained (`{"alerts":[…events…]}`): what its door tablet sounds
/// the alarm for, and the family's apps may read. Only the cloud writes it.
inline QString thingOpen(const QString &thing)
{
    return QStringLiteral("larder/things/%1/alerts/open").arg(thing);
}
/// The thing of an open-alerts topic, or "" when @p topic is not one.
inline QString thingOfOpen(const QString &topic)
{
    return inventory::topics::thingOfFeature(topic, QStringLiteral("alerts"),
                                             QStringLiteral("open"));
}

} // namespace larder::alerts::topics

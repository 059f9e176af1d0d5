// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"

/// The alerts' MQTT topics (docs/api.md, "Alerts"): the cloud publishes every event its rules
/// make — an alert raised or cleared — on the family's feed, which its members may read. Only
/// the cloud writes it.
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

} // namespace larder::alerts::topics

// SPDX-License-Identifier: MIT
#pragma once

#include "shadow/ShadowTopics.h"

#include <QString>
#include <QStringList>

/// The MQTT topic of a fridge's ingredient change feed (docs/api.md, "Ingredients"): the cloud
/// publishes every applied change there; the fridge's family members and its paired tablet may
/// subscribe; nobody else may read it, and only the cloud writes it.
namespace larder::inventory::topics {

inline QString changes(const QString &thing)
{
    return QStringLiteral("larder/things/%1/ingredients/changes").arg(thing);
}

/// The thing of a change-feed topic, or "" when @p topic is not one (no wildcards).
inline QString thingOfChanges(const QString &topic)
{
    const QStringList parts = topic.split(u'/');
    if (parts.size() != 5 || parts[0] != u"larder" || parts[1] != u"things" ||
        parts[3] != u"ingredients" || parts[4] != u"changes" ||
        !shadow::ShadowTopics::isValidThingName(parts[2]))
        return {};
    return parts[2];
}

} // namespace larder::inventory::topics

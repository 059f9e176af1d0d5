// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"

/// The family board's MQTT topics (docs/api.md, "The family board"). The cloud publishes every
/// change of a family's board — a post, a deletion, a post seen — on the family's feed, which
/// its members may read, and on the feed of each of the family's fridges, which that fridge's
/// door tablet may read. Only the cloud writes either. The tablet posts, deletes and marks
/// seen with requests on its own thing's topic, answered on `…/request/accepted|rejected`.
namespace larder::board::topics {

inline QString familyChanges(const QString &familyId)
{
    return QStringLiteral("larder/families/%1/board/changes").arg(familyId);
}
inline QString thingChanges(const QString &thing)
{
    return QStringLiteral("larder/things/%1/board/changes").arg(thing);
}
inline QString requests(const QString &thing)
{
    return QStringLiteral("larder/things/%1/board/request").arg(thing);
}
/// The family of a board feed topic, or "" when @p topic is not one.
inline QString familyOfChanges(const QString &topic)
{
    return inventory::topics::familyOfFeature(topic, QStringLiteral("board"));
}
/// The thing of `larder/things/{thing}/board/{rest}`, or "".
inline QString thingOf(const QString &topic, const QString &rest)
{
    return inventory::topics::thingOfFeature(topic, QStringLiteral("board"), rest);
}

} // namespace larder::board::topics

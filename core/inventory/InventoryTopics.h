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

/// The door tablet's requests (docs/api.md): add, edit, remove, as over REST.
inline QString requests(const QString &thing)
{
    return QStringLiteral("larder/things/%1/ingredients/request").arg(thing);
}
/// The answers to the tablet's requests: @p kind "accepted" or "rejected".
inline QString answers(const QString &thing, const QString &kind)
{
    return requests(thing) + u'/' + kind;
}
/// What the fridge's cameras saw when the door closed.
inline QString recognition(const QString &thing)
{
    return QStringLiteral("larder/things/%1/ingredients/recognition").arg(thing);
}

/// The thing of `larder/things/{thing}/ingredients/{rest}` when {rest} is @p rest exactly, or
/// "" (no wildcards).
inline QString thingOf(const QString &topic, const QString &rest)
{
    const QStringList parts = topic.split(u'/');
    if (parts.size() < 5 || parts[0] != u"larder" || parts[1] != u"things" ||
        parts[3] != u"ingredients" || parts.mid(4).join(u'/') != rest ||
        !shadow::ShadowTopics::isValidThingName(parts[2]))
        return {};
    return parts[2];
}

/// The thing of a change-feed topic, or "" when @p topic is not one.
inline QString thingOfChanges(const QString &topic)
{
    return thingOf(topic, QStringLiteral("changes"));
}

} // namespace larder::inventory::topics

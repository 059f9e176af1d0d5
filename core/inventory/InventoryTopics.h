// SPDX-License-Identifier: MIT
#pragma once

#include "shadow/ShadowTopics.h"

#include <QString>
#include <QStringList>

#include <algorithm>

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

/// The thing of `larder/things/{thing}/{feature}/{rest}` when {feature} and {rest} are exactly
/// @p feature and @p rest, or "" (no wildcards). Every feature's per-thing topics have this shape.
inline QString thingOfFeature(const QString &topic, const QString &feature, const QString &rest)
{
    const QStringList parts = topic.split(u'/');
    if (parts.size() < 5 || parts[0] != u"larder" || parts[1] != u"things" || parts[3] != feature ||
        parts.mid(4).join(u'/') != rest || !shadow::ShadowTopics::isValidThingName(parts[2]))
        return {};
    return parts[2];
}

/// The thing of `larder/things/{thing}/ingredients/{rest}` when {rest} is @p rest exactly, or
/// "" (no wildcards).
inline QString thingOf(const QString &topic, const QString &rest)
{
    return thingOfFeature(topic, QStringLiteral("ingredients"), rest);
}

/// A family's shopping list change feed (docs/api.md, "Shopping lists"): its members may
/// subscribe; only the cloud writes it.
inline QString shoppingChanges(const QString &familyId)
{
    return QStringLiteral("larder/families/%1/shopping/changes").arg(familyId);
}

/// A family id as the cloud makes them (a UUID) or any 1–64 of `[A-Za-z0-9_-]`.
inline bool isValidFamilyId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_';
    });
}

/// The family of `larder/families/{id}/{feature}/changes`, or "" when @p topic is not one.
inline QString familyOfFeature(const QString &topic, const QString &feature)
{
    const QStringList parts = topic.split(u'/');
    if (parts.size() != 5 || parts[0] != u"larder" || parts[1] != u"families" ||
        parts[3] != feature || parts[4] != u"changes" || !isValidFamilyId(parts[2]))
        return {};
    return parts[2];
}

/// The family of a shopping-list feed topic, or "" when @p topic is not one.
inline QString familyOfShoppingChanges(const QString &topic)
{
    return familyOfFeature(topic, QStringLiteral("shopping"));
}

/// The family's shopping list as a fridge's door tablet reaches it (docs/api.md, "Shopping
/// lists"): its requests (as for the ingredients), and the family's changes repeated for each
/// of its fridges, since a tablet reads only its own fridge's topics.
inline QString thingShoppingRequests(const QString &thing)
{
    return QStringLiteral("larder/things/%1/shopping/request").arg(thing);
}
inline QString thingShoppingChanges(const QString &thing)
{
    return QStringLiteral("larder/things/%1/shopping/changes").arg(thing);
}
/// The thing of `larder/things/{thing}/shopping/{rest}`, or "".
inline QString thingOfShopping(const QString &topic, const QString &rest)
{
    return thingOfFeature(topic, QStringLiteral("shopping"), rest);
}

/// The thing of a change-feed topic, or "" when @p topic is not one.
inline QString thingOfChanges(const QString &topic)
{
    return thingOf(topic, QStringLiteral("changes"));
}

/// "Look inside": the fridge's latest shelf photos, `{"photos":[{"shelf","key","takenAt"}…]}`,
/// sent by the cloud when a closed door brought new ones; the family's members read it.
inline QString shelfPhotos(const QString &thing)
{
    return QStringLiteral("larder/things/%1/ingredients/photos").arg(thing);
}
inline QString thingOfShelfPhotos(const QString &topic)
{
    return thingOf(topic, QStringLiteral("photos"));
}

} // namespace larder::inventory::topics

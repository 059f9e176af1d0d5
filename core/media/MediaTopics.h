// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"

/// The MQTT topics on which a fridge's devices — the door tablet, the appliance's cameras — ask
/// the cloud for presigned media URLs with their certificate (docs/api.md, "Media"): the
/// request on `larder/things/{thing}/media/request`, the answer on `…/request/accepted` or
/// `…/request/rejected` with the request's clientToken. Only a device of that thing may ask.
namespace larder::media::topics {

inline QString requests(const QString &thing)
{
    return QStringLiteral("larder/things/%1/media/request").arg(thing);
}
/// @p kind: "accepted" or "rejected".
inline QString answers(const QString &thing, const QString &kind)
{
    return requests(thing) + u'/' + kind;
}
/// The thing of `larder/things/{thing}/media/{rest}` when {rest} is @p rest exactly, or "".
inline QString thingOf(const QString &topic, const QString &rest)
{
    return inventory::topics::thingOfFeature(topic, QStringLiteral("media"), rest);
}

} // namespace larder::media::topics

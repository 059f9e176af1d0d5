// SPDX-License-Identifier: MIT
#pragma once

#include "Ingredient.h"

#include "api/ApiClient.h"

#include <functional>

namespace larder::inventory {

/// How an InventorySync reaches the cloud's copy of a fridge's list: over REST with a member's
/// ID token (RestInventoryChannel), or over the door tablet's MQTT connection with its
/// certificate (TabletInventoryChannel). Both answer in REST's shapes (docs/api.md,
/// "Ingredients"): a page `{"items","seq"[,"next"]}`, an item, or a status with
/// `{"error","message"[,"item"]}`; status 0 when the cloud could not be reached.
class InventoryChannel
{
public:
    using Callback = std::function<void(const api::ApiResult &)>;
    virtual ~InventoryChannel() = default;

    /// The live list (@p since −1) or everything that changed after change @p since, removed
    /// items too; one page, with `next` when there is more (ask again with since = next).
    virtual void list(const QString &thing, qint64 since, Callback done) = 0;
    /// One change, with its change id (a replay is applied once).
    virtual void send(const QString &thing, const Change &change, Callback done) = 0;
    /// The MQTT topic where the cloud publishes the list's applied changes.
    virtual QString feedTopic(const QString &thing) const = 0;
};

/// A change's fields as the cloud takes them (the REST bodies; the tablet adds "op" and
/// "itemId").
QJsonObject requestBody(const Change &change);

} // namespace larder::inventory

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
    /// Changes in order, with their change ids (a replay is applied once), as one batch of at
    /// most batchLimit(): the answer's body is `{"results":[…]}`, one per change (resultsOf).
    virtual void send(const QString &thing, const QList<Change> &changes, Callback done) = 0;
    virtual int batchLimit() const = 0;
    /// The MQTT topic where the cloud publishes the list's applied changes.
    virtual QString feedTopic(const QString &thing) const = 0;
};

/// A change's fields as the cloud takes them in a REST body.
QJsonObject requestBody(const Change &change);
/// A change as a batch entry (and the tablet's request): the body with "op" and "itemId".
QJsonObject batchEntry(const Change &change);
/// The per-change answers of a batch, in order; fewer than sent when the answer is short.
QList<api::ApiResult> resultsOf(const api::ApiResult &batch);

} // namespace larder::inventory

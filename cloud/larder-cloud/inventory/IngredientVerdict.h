// SPDX-License-Identifier: MIT
#pragma once

#include "IngredientStore.h"

#include <QJsonObject>
#include <QString>

/// What a client is told about its ingredient change or list request: one decision shared by
/// the REST endpoints and the door tablet's MQTT requests, so both speak the same statuses and
/// sentences (docs/api.md, "Ingredients").
namespace larder::cloud::ingredients {

struct Verdict
{
    int status = 200;
    /// The item on success; `{"error","message"[,"item"]}` otherwise.
    QJsonObject body;
    bool ok() const { return status < 300; }
};

/// The answer to an applied, replayed or refused change; @p created turns a new item's 200
/// into 201.
Verdict verdictOf(const IngredientStore::Result &result, bool created);
/// A refusal: `{"error":error,"message":message}` with @p status.
Verdict refusal(int status, const char *error, const QString &message);
/// One result of a batch: `{"status","item"}` on success, `{"status","error","message"[,"item"]}`.
QJsonObject resultJson(const Verdict &verdict);
/// A list page: `{"items","count","seq"[,"next"]}`.
QJsonObject pageJson(const IngredientStore::Page &page);

} // namespace larder::cloud::ingredients

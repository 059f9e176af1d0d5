// SPDX-License-Identifier: MIT
#pragma once

#include "IngredientStore.h"

#include "larder-cloud/api/Verdict.h"

#include <QJsonObject>
#include <QString>

/// What a client is told about its ingredient change or list request: one decision shared by
/// the REST endpoints and the door tablet's MQTT requests, so both speak the same statuses and
/// sentences (docs/api.md, "Ingredients").
namespace larder::cloud::ingredients {

/// The item on success; `{"error","message"[,"item"]}` otherwise.
using api::refusal;
using api::Verdict;

/// The answer to an applied, replayed or refused change; @p created turns a new item's 200
/// into 201.
Verdict verdictOf(const IngredientStore::Result &result, bool created);
/// One result of a batch: `{"status","item"}` on success, `{"status","error","message"[,"item"]}`.
QJsonObject resultJson(const Verdict &verdict);
/// A list page: `{"items","count","seq"[,"next"]}`.
QJsonObject pageJson(const IngredientStore::Page &page);

} // namespace larder::cloud::ingredients

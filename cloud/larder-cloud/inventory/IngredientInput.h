// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/Ingredient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// What the ingredient endpoints accept from a client, read into inventory::Change, with a
/// sentence for anything else (docs/api.md, "Ingredients"): ids of 1–64 letters, digits, `-`
/// and `_`; names of 1–80 and notes of up to 200 characters, cleaned like display names; the
/// listed categories, units, compartments and reasons; quantities and deltas that are finite
/// numbers from 0 (−100,000 for a delta) to 100,000; best-before dates from 2000 to 2100.
namespace larder::cloud::ingredients {

bool isValidId(const QString &id);

/// `POST …/ingredients`: `{"id","name","category","quantity","unit","compartment",
/// "bestBefore","note","changeId"}`.
std::optional<inventory::Change> addFrom(const QJsonObject &body, QString *why);
/// `PATCH …/ingredients/{itemId}`: `{"set":{fields…},"quantityDelta":N,"changeId"}`.
std::optional<inventory::Change> editFrom(const QString &itemId, const QJsonObject &body,
                                          QString *why);
/// `DELETE …/ingredients/{itemId}?reason=usedUp&changeId=…`.
std::optional<inventory::Change> removeFrom(const QString &itemId, const QString &reason,
                                            const QString &changeId, QString *why);

/// One change as the door tablet and a batch send it: `{"op":"add"|"edit"|"remove",
/// "itemId"(edit, remove), …the REST body's fields, "reason"(remove)}`.
std::optional<inventory::Change> changeFrom(const QJsonObject &request, QString *why);

/// Changes one batch may carry (`…/changes`: a journal replayed after a time offline).
constexpr int maxBatch = 100;
/// …and over the tablet's MQTT connection, whose answers stay under MQTT's 128 KB.
constexpr int maxTabletBatch = 50;
/// `{"changes":[…]}` with 1 to @p limit entries, each to be read with changeFrom.
std::optional<QList<QJsonObject>> batchFrom(const QJsonObject &body, QString *why,
                                            int limit = maxBatch);

} // namespace larder::cloud::ingredients

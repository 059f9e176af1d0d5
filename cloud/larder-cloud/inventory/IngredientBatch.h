// SPDX-License-Identifier: MIT
#pragma once

#include "IngredientStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

namespace larder::cloud::ingredients {

/// A batch of changes, as a client replays its journal after a time offline (docs/api.md,
/// `…/changes`): each entry read with changeFrom, the valid ones applied in order in one
/// transaction, each applied change handed to @p publish (the feed's message). One result per
/// entry, at its place: `{"status":201|200,"item"}` or `{"status",
/// "error","message"[,"item"]}`. nullopt when the store failed (then nothing changed).
std::optional<QJsonArray> applyBatch(IngredientStore *store, const QString &owner,
                                     const QList<QJsonObject> &entries, const inventory::Author &by,
                                     qint64 at,
                                     const std::function<void(const QJsonObject &)> &publish);

} // namespace larder::cloud::ingredients

// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/Ingredient.h"

#include <QDate>
#include <QList>

namespace larder::cloud {

/// A plausibly stocked fridge for the demo and the screenshots: dairy, meat, vegetables, a few
/// items near their best-before date, some seen by the camera, some in the door and the freezer.
/// Ids start with "demo-", so stocking twice adds nothing.
QList<inventory::Change> demoStock(const inventory::Author &owner, const QDate &today, qint64 now);

/// A short shopping list for the demo family, added by @p member.
QList<inventory::Change> demoShopping(const inventory::Author &member, qint64 now);

} // namespace larder::cloud

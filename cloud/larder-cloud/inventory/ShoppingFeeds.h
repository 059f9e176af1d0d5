// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"
#include "larder-cloud/api/FamilyStore.h"

#include <QStringList>

namespace larder::cloud {

/// Every topic a change of @p familyId's shopping list goes to: the family's feed (its members'
/// apps) and each of its fridges' (their door tablets, which read only their own fridge's
/// topics).
inline QStringList shoppingFeeds(const FamilyStore &families, const QString &familyId)
{
    QStringList feeds{inventory::topics::shoppingChanges(familyId)};
    for (const FamilyDevice &fridge : families.devicesOf(familyId))
        feeds << inventory::topics::thingShoppingChanges(fridge.thing);
    return feeds;
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "DemoStock.h"

namespace larder::cloud {

namespace {
/// The demo's add of @p name (id "demo-{id}", the change id the same: stocking twice adds
/// nothing).
inventory::Change demoAdd(const char *id, const char *name, const char *category, double quantity,
                          const char *unit, const inventory::Author &by, qint64 now)
{
    inventory::Change change;
    change.kind = inventory::Change::Kind::Add;
    change.itemId = QStringLiteral("demo-") + QLatin1String(id);
    change.changeId = change.itemId;
    change.item.id = change.itemId;
    change.item.name = QString::fromUtf8(name);
    change.item.category = QLatin1String(category);
    change.item.quantity = quantity;
    change.item.unit = QLatin1String(unit);
    change.by = by;
    change.at = now;
    return change;
}
} // namespace

QList<inventory::Change> demoStock(const inventory::Author &owner, const QDate &today, qint64 now)
{
    struct Entry
    {
        const char *id, *name, *category;
        double quantity;
        const char *unit, *compartment;
        int bestBeforeInDays; ///< < 0: none
        bool camera;
        const char *note;
    };
    static const Entry entries[] = {
        {"milk", "Milk", "dairy", 2, "l", "door", 6, false, ""},
        {"yoghurt", "Greek yoghurt", "dairy", 4, "piece", "fridge", 9, false, ""},
        {"eggs", "Eggs", "dairy", 6, "piece", "door", 12, false, "free range"},
        {"cheddar", "Cheddar", "dairy", 1, "pack", "fridge", 20, false, ""},
        {"butter", "Butter", "dairy", 1, "pack", "door", 30, true, ""},
        {"chicken", "Chicken breasts", "meat", 500, "g", "fridge", 1, false, ""},
        {"salmon", "Salmon fillets", "fish", 2, "piece", "fridge", 2, true, ""},
        {"spinach", "Baby spinach", "vegetables", 1, "pack", "fridge", 2, false, ""},
        {"carrots", "Carrots", "vegetables", 1, "kg", "fridge", 14, true, ""},
        {"apples", "Apples", "fruit", 6, "piece", "fridge", -1, true, ""},
        {"juice", "Orange juice", "drinks", 1, "l", "door", 5, false, ""},
        {"lasagne", "Lasagne", "leftovers", 1, "piece", "fridge", 0, false, "Sunday's"},
        {"ketchup", "Ketchup", "condiments", 1, "piece", "door", -1, false, ""},
        {"peas", "Frozen peas", "frozen", 1, "kg", "freezer", -1, false, ""},
        {"icecream", "Vanilla ice cream", "frozen", 1, "l", "freezer", -1, false, ""},
    };
    const inventory::Author camera{QStringLiteral("camera"), {}, QStringLiteral("Camera")};
    QList<inventory::Change> changes;
    for (const Entry &entry : entries) {
        inventory::Change change = demoAdd(entry.id, entry.name, entry.category, entry.quantity,
                                           entry.unit, entry.camera ? camera : owner, now);
        change.item.compartment = QLatin1String(entry.compartment);
        if (entry.bestBeforeInDays >= 0)
            change.item.bestBefore = today.addDays(entry.bestBeforeInDays);
        change.item.note = QString::fromUtf8(entry.note);
        changes.append(change);
    }
    return changes;
}

QList<inventory::Change> demoShopping(const inventory::Author &member, qint64 now)
{
    struct Entry
    {
        const char *id, *name, *category;
        double quantity;
        const char *unit;
    };
    static const Entry entries[] = {
        {"bread", "Sourdough bread", "bakery", 1, "piece"},
        {"coffee", "Coffee beans", "other", 500, "g"},
        {"bananas", "Bananas", "fruit", 6, "piece"},
        {"yoghurt", "Greek yoghurt", "dairy", 4, "piece"},
    };
    QList<inventory::Change> changes;
    for (const Entry &entry : entries)
        changes.append(
            demoAdd(entry.id, entry.name, entry.category, entry.quantity, entry.unit, member, now));
    return changes;
}

} // namespace larder::cloud

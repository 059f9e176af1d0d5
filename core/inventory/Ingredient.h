// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// What is in a fridge: one item, one change to it, and the merge rules both the cloud and the
/// app apply (docs/api.md, "Ingredients"). Pure: no storage, no network.
namespace larder::inventory {

/// Who made a change: a family member, the kitchen tablet, or the fridge's cameras.
struct Author
{
    QString kind; ///< "member", "tablet" or "camera"
    QString id;   ///< the member's sub, the tablet's thing; empty for the camera
    QString name; ///< what people see ("ann@example.com", "Kitchen tablet")

    QJsonObject toJson() const;
    static Author fromJson(const QJsonObject &json);
    bool operator==(const Author &) const = default;
};

/// One item of a fridge's list. Removed items stay as tombstones (with why, who and when), so
/// an offline edit to them is reported instead of lost, and `?since=` tells others.
struct Ingredient
{
    QString id; ///< made by the client that added it: adding is idempotent
    QString name;
    QString category = QStringLiteral("other");
    double quantity = 1;
    QString unit = QStringLiteral("piece");
    QString compartment = QStringLiteral("fridge");
    QDate bestBefore; ///< invalid: none
    QString note;
    qint64 addedAt = 0; ///< epoch seconds
    Author addedBy;
    bool removed = false;
    QString removedReason; ///< "removed", "usedUp" or "bought" (a shopping list's tick)
    qint64 removedAt = 0;
    Author removedBy;
    qint64 seq = 0; ///< the fridge's change sequence number of the item's last change

    QString key() const { return id; }
    QJsonObject toJson() const;
    /// An item as the API returns it (the cloud's own JSON); nullopt without an id.
    static std::optional<Ingredient> fromJson(const QJsonObject &json);
    bool operator==(const Ingredient &) const = default;
};

/// The words the API accepts.
const QStringList &categories();
const QStringList &units();
const QStringList &compartments();
const QStringList &removalReasons();

/// One change as a client asks for it. `changeId` (client-made, unique) makes a replay of the
/// same change apply once.
struct Change
{
    enum class Kind { Add, Edit, Remove };
    Kind kind = Kind::Add;
    QString changeId;
    QString itemId;
    Ingredient item;          ///< Add: the new item (id, fields)
    QJsonObject set;          ///< Edit: fields to overwrite (name, category, unit, …)
    double quantityDelta = 0; ///< Edit: added to the quantity (two "-1"s make -2)
    QString reason = QStringLiteral("removed"); ///< Remove: one of removalReasons()
    Author by;
    qint64 at = 0;

    bool operator==(const Change &) const = default;

    /// The change as the app's journal keeps it (and replays it).
    QJsonObject toJson() const;
    static std::optional<Change> fromJson(const QJsonObject &json);
};

/// What applying a change did.
struct Outcome
{
    enum Kind {
        Applied,   ///< the item changed (or was created)
        Unchanged, ///< nothing to do (an add of an item that exists, a second remove)
        Conflict,  ///< an edit to a removed item, or a re-add of a removed id: reported
        NotFound,  ///< an edit or remove of an item never added
    } kind = Applied;
    Ingredient item; ///< the item afterwards (for a conflict: as it stands, removed)
    QString message; ///< for Conflict and NotFound, a sentence
};

/// The merge rules. Adds always survive (a new id is a new item); quantities move by deltas
/// and never below 0; an edit overwrites only the fields it names, so the order the cloud
/// applies changes in decides field by field; an edit to a removed item is a Conflict, never
/// silently dropped or applied. @p current is the item with that id, if any.
Outcome applyChange(const std::optional<Ingredient> &current, const Change &change);

/// True when @p item is near its best-before date (within @p days of @p today) or past it.
bool nearBestBefore(const Ingredient &item, const QDate &today, int days = 2);

} // namespace larder::inventory

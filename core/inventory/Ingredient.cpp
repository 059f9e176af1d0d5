// SPDX-License-Identifier: MIT
#include "Ingredient.h"

#include <QCoreApplication>

namespace larder::inventory {

namespace {
/// The words of this file, in the "Ingredient" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Ingredient)
};
} // namespace

QJsonObject Author::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}};
    if (!id.isEmpty())
        json.insert(QStringLiteral("id"), id);
    return json;
}

Author Author::fromJson(const QJsonObject &json)
{
    return {json.value(u"kind").toString(), json.value(u"id").toString(),
            json.value(u"name").toString()};
}

QJsonObject Ingredient::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("category"), category},
                     {QStringLiteral("quantity"), quantity},
                     {QStringLiteral("unit"), unit},
                     {QStringLiteral("compartment"), compartment},
                     {QStringLiteral("bestBefore"),
                      bestBefore.isValid() ? QJsonValue(bestBefore.toString(Qt::ISODate))
                                           : QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("note"), note},
                     {QStringLiteral("addedAt"), addedAt},
                     {QStringLiteral("addedBy"), addedBy.toJson()},
                     {QStringLiteral("seq"), seq}};
    if (removed) {
        json.insert(QStringLiteral("removed"),
                    QJsonObject{{QStringLiteral("reason"), removedReason},
                                {QStringLiteral("at"), removedAt},
                                {QStringLiteral("by"), removedBy.toJson()}});
    }
    return json;
}

std::optional<Ingredient> Ingredient::fromJson(const QJsonObject &json)
{
    Ingredient item;
    item.id = json.value(u"id").toString();
    if (item.id.isEmpty())
        return std::nullopt;
    item.name = json.value(u"name").toString();
    item.category = json.value(u"category").toString(item.category);
    item.quantity = json.value(u"quantity").toDouble(item.quantity);
    item.unit = json.value(u"unit").toString(item.unit);
    item.compartment = json.value(u"compartment").toString(item.compartment);
    item.bestBefore = QDate::fromString(json.value(u"bestBefore").toString(), Qt::ISODate);
    item.note = json.value(u"note").toString();
    item.addedAt = json.value(u"addedAt").toInteger();
    item.addedBy = Author::fromJson(json.value(u"addedBy").toObject());
    item.seq = json.value(u"seq").toInteger();
    const QJsonObject removed = json.value(u"removed").toObject();
    item.removed = !removed.isEmpty();
    if (item.removed) {
        item.removedReason = removed.value(u"reason").toString();
        item.removedAt = removed.value(u"at").toInteger();
        item.removedBy = Author::fromJson(removed.value(u"by").toObject());
    }
    return item;
}

QJsonObject Change::toJson() const
{
    static const char *kinds[] = {"add", "edit", "remove"};
    return {{QStringLiteral("kind"), QLatin1String(kinds[int(kind)])},
            {QStringLiteral("changeId"), changeId},
            {QStringLiteral("itemId"), itemId},
            {QStringLiteral("item"), item.toJson()},
            {QStringLiteral("set"), set},
            {QStringLiteral("quantityDelta"), quantityDelta},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("by"), by.toJson()},
            {QStringLiteral("at"), at}};
}

std::optional<Change> Change::fromJson(const QJsonObject &json)
{
    Change change;
    const QString kind = json.value(u"kind").toString();
    if (kind == u"add")
        change.kind = Kind::Add;
    else if (kind == u"edit")
        change.kind = Kind::Edit;
    else if (kind == u"remove")
        change.kind = Kind::Remove;
    else
        return std::nullopt;
    change.changeId = json.value(u"changeId").toString();
    change.itemId = json.value(u"itemId").toString();
    if (change.changeId.isEmpty() || change.itemId.isEmpty())
        return std::nullopt;
    change.item = Ingredient::fromJson(json.value(u"item").toObject()).value_or(Ingredient{});
    change.set = json.value(u"set").toObject();
    change.quantityDelta = json.value(u"quantityDelta").toDouble();
    change.reason = json.value(u"reason").toString(change.reason);
    change.by = Author::fromJson(json.value(u"by").toObject());
    change.at = json.value(u"at").toInteger();
    return change;
}

const QStringList &categories()
{
    static const QStringList all{
        QStringLiteral("dairy"),      QStringLiteral("meat"),       QStringLiteral("fish"),
        QStringLiteral("vegetables"), QStringLiteral("fruit"),      QStringLiteral("drinks"),
        QStringLiteral("leftovers"),  QStringLiteral("condiments"), QStringLiteral("bakery"),
        QStringLiteral("frozen"),     QStringLiteral("other")};
    return all;
}

const QStringList &units()
{
    static const QStringList all{QStringLiteral("piece"), QStringLiteral("pack"),
                                 QStringLiteral("g"),     QStringLiteral("kg"),
                                 QStringLiteral("ml"),    QStringLiteral("l")};
    return all;
}

const QStringList &compartments()
{
    static const QStringList all{QStringLiteral("fridge"), QStringLiteral("freezer"),
                                 QStringLiteral("door")};
    return all;
}

const QStringList &removalReasons()
{
    static const QStringList all{QStringLiteral("removed"), QStringLiteral("usedUp"),
                                 QStringLiteral("bought")};
    return all;
}

Outcome applyChange(const std::optional<Ingredient> &current, const Change &change)
{
    switch (change.kind) {
    case Change::Kind::Add: {
        if (current && current->removed)
            return {Outcome::Conflict, *current,
                    Words::tr("This item was taken out of the fridge; add it as a new item.")};
        if (current)
            return {Outcome::Unchanged, *current, {}};
        Ingredient item = change.item;
        item.id = change.itemId;
        item.addedAt = change.at;
        item.addedBy = change.by;
        item.removed = false;
        item.quantity = std::max(0.0, item.quantity);
        return {Outcome::Applied, item, {}};
    }
    case Change::Kind::Edit: {
        if (!current)
            return {Outcome::NotFound, {}, Words::tr("There is no such item on this list.")};
        if (current->removed) {
            const QString who = current->removedBy.name;
            const QString why =
                current->removedReason == u"bought"
                    ? Words::tr("%1 was bought by %2 before this change arrived.")
                : current->removedReason == u"usedUp"
                    ? Words::tr("%1 was used up by %2 before this change arrived.")
                    : Words::tr("%1 was taken out by %2 before this change arrived.");
            return {Outcome::Conflict, *current, why.arg(current->name, who)};
        }
        Ingredient item = *current;
        const QJsonObject &set = change.set;
        if (set.contains(u"name"))
            item.name = set.value(u"name").toString();
        if (set.contains(u"category"))
            item.category = set.value(u"category").toString();
        if (set.contains(u"unit"))
            item.unit = set.value(u"unit").toString();
        if (set.contains(u"compartment"))
            item.compartment = set.value(u"compartment").toString();
        if (set.contains(u"note"))
            item.note = set.value(u"note").toString();
        if (set.contains(u"bestBefore"))
            item.bestBefore = QDate::fromString(set.value(u"bestBefore").toString(), Qt::ISODate);
        if (set.contains(u"quantity"))
            item.quantity = std::max(0.0, set.value(u"quantity").toDouble());
        item.quantity = std::max(0.0, item.quantity + change.quantityDelta);
        if (item == *current)
            return {Outcome::Unchanged, item, {}};
        return {Outcome::Applied, item, {}};
    }
    case Change::Kind::Remove: {
        if (!current)
            return {Outcome::NotFound, {}, Words::tr("There is no such item on this list.")};
        if (current->removed)
            return {Outcome::Unchanged, *current, {}};
        Ingredient item = *current;
        item.removed = true;
        item.removedReason = change.reason;
        item.removedAt = change.at;
        item.removedBy = change.by;
        return {Outcome::Applied, item, {}};
    }
    }
    return {Outcome::NotFound, {}, {}};
}

bool nearBestBefore(const Ingredient &item, const QDate &today, int days)
{
    return item.bestBefore.isValid() && today.daysTo(item.bestBefore) <= days;
}

} // namespace larder::inventory

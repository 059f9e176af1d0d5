// SPDX-License-Identifier: MIT
#include "IngredientInput.h"

#include "common/InputHygiene.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace larder::cloud::ingredients {

using inventory::Change;

namespace {
constexpr double kMaxQuantity = 100'000;

QString oneOf(const QString &what, const QString &value, const QStringList &allowed)
{
    return QStringLiteral("Unknown %1 \u201c%2\u201d: use one of %3.")
        .arg(what, value.left(40), allowed.join(QStringLiteral(", ")));
}

/// Reads the fields an add or an edit may carry into @p set (cleaned), or says what is wrong.
bool readFields(const QJsonObject &in, QJsonObject *set, QString *why)
{
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == u"name") {
            const auto name = hygiene::displayName(value.toString(), 80);
            if (!value.isString() || !name) {
                *why = QStringLiteral("Give the item a name of 1 to 80 characters.");
                return false;
            }
            set->insert(key, *name);
        } else if (key == u"note") {
            const QString text = value.toString();
            const auto note = text.trimmed().isEmpty() ? std::optional<QString>(QString())
                                                       : hygiene::displayName(text, 200);
            if (!(value.isString() || value.isNull()) || !note) {
                *why = QStringLiteral("A note has at most 200 characters.");
                return false;
            }
            set->insert(key, *note);
        } else if (key == u"category" || key == u"unit" || key == u"compartment") {
            const QStringList &allowed = key == u"category" ? inventory::categories()
                                         : key == u"unit"   ? inventory::units()
                                                            : inventory::compartments();
            if (!allowed.contains(value.toString())) {
                *why = oneOf(key, value.toString(), allowed);
                return false;
            }
            set->insert(key, value.toString());
        } else if (key == u"quantity") {
            const double quantity = value.toDouble(-1);
            if (!value.isDouble() || !std::isfinite(quantity) || quantity < 0 ||
                quantity > kMaxQuantity) {
                *why = QStringLiteral("The quantity must be a number from 0 to 100,000.");
                return false;
            }
            set->insert(key, quantity);
        } else if (key == u"bestBefore") {
            if (value.isNull()) {
                set->insert(key, QString());
                continue;
            }
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (!date.isValid() || date.year() < 2000 || date.year() > 2100 ||
                value.toString().size() != 10) {
                *why = QStringLiteral("A best-before date looks like 2026-12-24 (years 2000 to "
                                      "2100).");
                return false;
            }
            set->insert(key, date.toString(Qt::ISODate));
        }
        // Other keys (id, changeId, set, quantityDelta…) are the callers'.
    }
    return true;
}

std::optional<QString> changeIdFrom(const QJsonValue &value, QString *why)
{
    if (value.isUndefined() || value.isNull())
        return QUuid::createUuid().toString(QUuid::WithoutBraces); // no replay protection asked
    if (!isValidId(value.toString())) {
        *why = QStringLiteral("A changeId is 1 to 64 letters, digits, '-' or '_'.");
        return std::nullopt;
    }
    return value.toString();
}
} // namespace

bool isValidId(const QString &id)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return shape.match(id).hasMatch();
}

std::optional<Change> addFrom(const QJsonObject &body, QString *why)
{
    Change change;
    change.kind = Change::Kind::Add;
    change.itemId = body.value(u"id").toString();
    if (!isValidId(change.itemId)) {
        *why = QStringLiteral("An item id is 1 to 64 letters, digits, '-' or '_'.");
        return std::nullopt;
    }
    if (!body.contains(u"name")) {
        *why = QStringLiteral("Give the item a name of 1 to 80 characters.");
        return std::nullopt;
    }
    QJsonObject fields;
    const auto changeId = changeIdFrom(body.value(u"changeId"), why);
    if (!changeId || !readFields(body, &fields, why))
        return std::nullopt;
    change.changeId = *changeId;
    inventory::Change shaped; // the defaults of a new item, then the fields given
    shaped.kind = Change::Kind::Edit;
    shaped.set = fields;
    change.item = inventory::applyChange(inventory::Ingredient{}, shaped).item;
    change.item.id = change.itemId;
    return change;
}

std::optional<Change> editFrom(const QString &itemId, const QJsonObject &body, QString *why)
{
    Change change;
    change.kind = Change::Kind::Edit;
    change.itemId = itemId;
    const QJsonValue set = body.value(u"set");
    const QJsonValue delta = body.value(u"quantityDelta");
    if (!(set.isObject() || set.isUndefined()) || !(delta.isDouble() || delta.isUndefined())) {
        *why = QStringLiteral("An edit is {\"set\":{fields},\"quantityDelta\":N}.");
        return std::nullopt;
    }
    change.quantityDelta = delta.toDouble(0);
    if (!std::isfinite(change.quantityDelta) || std::abs(change.quantityDelta) > kMaxQuantity) {
        *why = QStringLiteral("A quantity change must be a number from -100,000 to 100,000.");
        return std::nullopt;
    }
    const auto changeId = changeIdFrom(body.value(u"changeId"), why);
    if (!changeId || !readFields(set.toObject(), &change.set, why))
        return std::nullopt;
    if (change.set.isEmpty() && change.quantityDelta == 0) {
        *why = QStringLiteral("The edit changes nothing: set a field or a quantityDelta.");
        return std::nullopt;
    }
    change.changeId = *changeId;
    return change;
}

std::optional<Change> removeFrom(const QString &itemId, const QString &reason,
                                 const QString &changeId, QString *why)
{
    Change change;
    change.kind = Change::Kind::Remove;
    change.itemId = itemId;
    change.reason = reason.isEmpty() ? QStringLiteral("removed") : reason;
    if (!inventory::removalReasons().contains(change.reason)) {
        *why = oneOf(QStringLiteral("reason"), change.reason, inventory::removalReasons());
        return std::nullopt;
    }
    const auto id = changeIdFrom(changeId.isEmpty() ? QJsonValue() : QJsonValue(changeId), why);
    if (!id)
        return std::nullopt;
    change.changeId = *id;
    return change;
}

std::optional<Change> changeFrom(const QJsonObject &request, QString *why)
{
    const QString op = request.value(u"op").toString();
    const QString itemId = request.value(u"itemId").toString();
    if (op == u"add")
        return addFrom(request, why);
    if (op != u"edit" && op != u"remove") {
        *why = QStringLiteral("\"op\" is add, edit or remove.");
        return std::nullopt;
    }
    if (!isValidId(itemId)) {
        *why = QStringLiteral("That is not an item id.");
        return std::nullopt;
    }
    if (op == u"edit")
        return editFrom(itemId, request, why);
    const QJsonValue changeId = request.value(u"changeId");
    if (!(changeId.isString() || changeId.isUndefined())) {
        *why = QStringLiteral("A changeId is 1 to 64 letters, digits, '-' or '_'.");
        return std::nullopt;
    }
    return removeFrom(itemId, request.value(u"reason").toString(), changeId.toString(), why);
}

std::optional<QList<QJsonObject>> batchFrom(const QJsonObject &body, QString *why, int limit)
{
    const QJsonValue changes = body.value(u"changes");
    if (!changes.isArray() || changes.toArray().isEmpty() || changes.toArray().size() > limit) {
        *why = QStringLiteral("A batch is {\"changes\":[…]} with 1 to %1 changes.").arg(limit);
        return std::nullopt;
    }
    QList<QJsonObject> out;
    for (const QJsonValue &change : changes.toArray())
        out.append(change.toObject()); // a non-object is answered 400 at its place
    return out;
}

} // namespace larder::cloud::ingredients

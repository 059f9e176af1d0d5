// SPDX-License-Identifier: MIT
#include "IngredientVerdict.h"

#include <QJsonArray>

namespace larder::cloud::ingredients {

using inventory::Outcome;

Verdict verdictOf(const IngredientStore::Result &result, bool created)
{
    if (result.full)
        return refusal(409, "LimitExceeded", result.fullMessage);
    const QJsonObject item = result.outcome.item.toJson();
    switch (result.outcome.kind) {
    case Outcome::Applied:
        return {created && !result.replay ? 201 : 200, item};
    case Outcome::Unchanged:
        return {200, item};
    case Outcome::Conflict: {
        Verdict verdict = refusal(409, "ItemRemoved", result.outcome.message);
        verdict.body.insert(QStringLiteral("item"), item);
        return verdict;
    }
    case Outcome::NotFound:
        break;
    }
    return refusal(404, "NoSuchItem", result.outcome.message);
}

QJsonObject resultJson(const Verdict &verdict)
{
    QJsonObject result =
        verdict.ok() ? QJsonObject{{QStringLiteral("item"), verdict.body}} : verdict.body;
    result.insert(QStringLiteral("status"), verdict.status);
    return result;
}

QJsonObject pageJson(const IngredientStore::Page &page)
{
    QJsonArray items;
    for (const inventory::Ingredient &ingredient : page.items)
        items.append(ingredient.toJson());
    QJsonObject body{{QStringLiteral("items"), items},
                     {QStringLiteral("count"), items.size()},
                     {QStringLiteral("seq"), page.seq}};
    if (page.next > 0)
        body.insert(QStringLiteral("next"), QString::number(page.next));
    return body;
}

} // namespace larder::cloud::ingredients

// SPDX-License-Identifier: MIT
#include "IngredientBatch.h"
#include "IngredientInput.h"
#include "IngredientVerdict.h"

namespace larder::cloud::ingredients {

using inventory::Change;
using inventory::Outcome;

std::optional<QJsonArray> applyBatch(IngredientStore *store, const QString &owner,
                                     const QList<QJsonObject> &entries, const inventory::Author &by,
                                     qint64 at,
                                     const std::function<void(const QJsonObject &)> &publish)
{
    QList<Verdict> verdicts(entries.size());
    QList<Change> valid;
    QList<qsizetype> placeOf; ///< entry index of each valid change
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString why;
        auto change = entries.at(i).isEmpty() ? std::nullopt : changeFrom(entries.at(i), &why);
        if (!change) {
            verdicts[i] =
                refusal(400, "BadRequest",
                        why.isEmpty() ? QStringLiteral("A change is a JSON object.") : why);
            continue;
        }
        change->by = by;
        change->at = at;
        valid.append(*change);
        placeOf.append(i);
    }
    const auto results = store->applyAll(owner, valid);
    if (!results)
        return std::nullopt;
    for (qsizetype k = 0; k < valid.size(); ++k) {
        const IngredientStore::Result &result = results->at(k);
        if (result.outcome.kind == Outcome::Applied && !result.full)
            publish(IngredientStore::feedMessage(valid.at(k), result));
        verdicts[placeOf.at(k)] = verdictOf(result, valid.at(k).kind == Change::Kind::Add);
    }
    QJsonArray out;
    for (const Verdict &verdict : std::as_const(verdicts))
        out.append(resultJson(verdict));
    return out;
}

} // namespace larder::cloud::ingredients

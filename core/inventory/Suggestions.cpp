// SPDX-License-Identifier: MIT
#include "Suggestions.h"
#include "IngredientFilter.h"

#include <QHash>

#include <algorithm>

namespace larder::inventory {

QString Suggestion::key() const
{
    return IngredientFilter::folded(name);
}

const QList<Suggestion> &staples()
{
    static const QList<Suggestion> all = [] {
        const auto staple = [](const char *name, const char *category, double quantity,
                               const char *unit, const char *compartment = "fridge") {
            return Suggestion{QString::fromUtf8(name),
                              QLatin1String(category),
                              QLatin1String(unit),
                              QLatin1String(compartment),
                              quantity,
                              0,
                              0};
        };
        return QList<Suggestion>{
            staple("Milk", "dairy", 1, "l", "door"),
            staple("Eggs", "dairy", 6, "piece", "door"),
            staple("Butter", "dairy", 250, "g"),
            staple("Yoghurt", "dairy", 4, "piece"),
            staple("Cheese", "dairy", 200, "g"),
            staple("Tomatoes", "vegetables", 6, "piece"),
            staple("Apples", "fruit", 6, "piece"),
            staple("Orange juice", "drinks", 1, "l", "door"),
            staple("Ham", "meat", 1, "pack"),
            staple("Frozen peas", "frozen", 1, "pack", "freezer"),
        };
    }();
    return all;
}

namespace {
bool matches(const QString &folded, const QString &prefix)
{
    if (prefix.isEmpty() || folded.startsWith(prefix))
        return true;
    // A later word: "greek yoghurt" for "yog".
    for (qsizetype at = folded.indexOf(u' '); at >= 0; at = folded.indexOf(u' ', at + 1))
        if (QStringView(folded).mid(at + 1).startsWith(prefix))
            return true;
    return false;
}
} // namespace

QList<Suggestion> suggest(const QList<Ingredient> &known, const QString &prefix, int limit,
                          bool withStaples, const std::function<QString(const QString &)> &fold)
{
    const QString wanted = IngredientFilter::folded(prefix.trimmed());
    QHash<QString, Suggestion> byName;
    for (const Ingredient &item : known) {
        const QString key = fold ? fold(item.name) : IngredientFilter::folded(item.name);
        if (key.isEmpty() || !matches(key, wanted))
            continue;
        Suggestion &entry = byName[key];
        ++entry.timesAdded;
        if (item.addedAt >= entry.lastAdded) { // the latest addition's way of keeping it
            entry.name = item.name;
            entry.category = item.category;
            entry.unit = item.unit;
            entry.compartment = item.compartment;
            entry.quantity = item.quantity > 0 ? item.quantity : 1;
            entry.lastAdded = item.addedAt;
        }
    }
    QList<Suggestion> ranked = byName.values();
    std::sort(ranked.begin(), ranked.end(), [](const Suggestion &a, const Suggestion &b) {
        if (a.timesAdded != b.timesAdded)
            return a.timesAdded > b.timesAdded;
        if (a.lastAdded != b.lastAdded)
            return a.lastAdded > b.lastAdded;
        return a.key() < b.key();
    });
    if (withStaples)
        for (const Suggestion &staple : staples())
            if (!byName.contains(staple.key()) && matches(staple.key(), wanted))
                ranked.append(staple);
    if (ranked.size() > limit)
        ranked.resize(std::max(limit, 0));
    return ranked;
}

} // namespace larder::inventory

// SPDX-License-Identifier: MIT
// Search as you type over a 10,000-item fridge list in the core: each keystroke's query through
// IngredientFilter (the proxy the "What's inside" screen shows), against a baseline measured in
// the same run: a bare substring scan over the same 10,000 pre-folded names. Also the time to
// load the 10,000 items into the model, against loading 100.
#include "BenchSupport.h"
#include "Percentiles.h"

#include "inventory/IngredientFilter.h"
#include "inventory/IngredientsModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace larder::inventory;

namespace {
QList<IngredientsModel::Row> stock(int count)
{
    static const char *foods[] = {
        "Greek yoghurt",   "Crème fraîche", "Milk",         "Cheddar", "Eggs",
        "Chicken breasts", "Salmon",        "Baby spinach", "Carrots", "Apples",
        "Orange juice",    "Lasagne",       "Ketchup",      "Peas"};
    QList<IngredientsModel::Row> rows;
    for (int i = 0; i < count; ++i) {
        IngredientsModel::Row row;
        row.item.id = QStringLiteral("item-%1").arg(i);
        row.item.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(foods[i % 14])).arg(i);
        row.item.category = categories().at(i % categories().size());
        rows.append(row);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = std::max(20, benchSamples() / 50);

    // Loading: 10,000 items into the model (and the proxy sorting them) vs 100.
    QList<double> load10k, load100;
    for (int round = 0; round < rounds; ++round) {
        for (const int count : {100, 10'000}) {
            IngredientsModel model;
            IngredientFilter filter;
            filter.setSource(&model);
            QElapsedTimer timer;
            timer.start();
            model.show(stock(count));
            (count == 100 ? load100 : load10k).append(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    printResult(comparison("ingredients_load_10k_vs_100", load10k, load100));

    // Typing "yoghurt" and deleting it again, one keystroke at a time.
    IngredientsModel model;
    model.show(stock(10'000));
    IngredientFilter filter;
    filter.setSource(&model);
    QStringList keys;
    for (const auto &row : model.rows())
        keys.append(row.searchKey);
    const QString word = QStringLiteral("yoghurt");
    QList<double> keystrokes, scans;
    for (int round = 0; round < rounds; ++round) {
        QStringList typed;
        for (int i = 1; i <= word.size(); ++i)
            typed << word.left(i);
        for (int i = word.size() - 1; i >= 0; --i)
            typed << word.left(i);
        for (const QString &query : std::as_const(typed)) {
            QElapsedTimer timer;
            timer.start();
            filter.setSearch(query);
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);

            timer.restart();
            int matches = 0;
            const QString folded = IngredientFilter::folded(query);
            for (const QString &key : std::as_const(keys))
                matches += key.contains(folded) ? 1 : 0;
            scans.append(double(timer.nsecsElapsed()) / 1e6);
            if (query == word && (matches != filter.count() || matches == 0)) {
                std::fprintf(stderr, "bench: the filter found %d, the scan %d\n", filter.count(),
                             matches);
                return 1;
            }
        }
    }
    printResult(comparison("ingredients_search_keystroke_10k", keystrokes, scans));
    return 0;
}

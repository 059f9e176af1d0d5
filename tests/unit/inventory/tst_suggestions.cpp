// SPDX-License-Identifier: MIT
// What the add form and the kiosk's quick-add tiles offer: names this fridge has held, most
// often added first, then most recent; matched by a word's start, folded; the latest addition's
// category, unit, compartment and quantity; staples while the history is short.
#include "inventory/Suggestions.h"

#include <QTest>

using namespace larder::inventory;

namespace {
Ingredient item(const QString &name, qint64 addedAt, const QString &unit = "piece",
                double quantity = 1, bool removed = false)
{
    Ingredient ingredient;
    ingredient.id = name + QString::number(addedAt);
    ingredient.name = name;
    ingredient.addedAt = addedAt;
    ingredient.unit = unit;
    ingredient.quantity = quantity;
    ingredient.removed = removed;
    return ingredient;
}
QStringList names(const QList<Suggestion> &suggestions)
{
    QStringList out;
    for (const Suggestion &suggestion : suggestions)
        out.append(suggestion.name);
    return out;
}
} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT
private slots:
    void ranks_data();
    void ranks();
    void theLatestAdditionDecidesTheFields();
    void staplesFillAShortHistory();
};

void TestSuggestions::ranks_data()
{
    QTest::addColumn<QList<Ingredient>>("known");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");

    const QList<Ingredient> history{item("Milk", 10),
                                    item("Milk", 20, "l", 1, true),
                                    item("Milk", 30),
                                    item("Greek yoghurt", 15),
                                    item("Yoghurt", 25, "piece", 4, true),
                                    item("Crème fraîche", 5),
                                    item("Cheddar", 40),
                                    item("Cheddar", 41)};
    QTest::newRow("most often, then most recent")
        << history << "" << 4 << QStringList{"Milk", "Cheddar", "Yoghurt", "Greek yoghurt"};
    QTest::newRow("a later word's start")
        << history << "yog" << 5 << QStringList{"Yoghurt", "Greek yoghurt"};
    QTest::newRow("folded: case and accents")
        << history << "CREME" << 5 << QStringList{"Crème fraîche"};
    QTest::newRow("not inside a word") << history << "ilk" << 5 << QStringList{};
    QTest::newRow("same name, other case, one entry")
        << QList<Ingredient>{item("eggs", 1), item("Eggs", 2)} << "egg" << 5 << QStringList{"Eggs"};
    QTest::newRow("limit") << history << "" << 1 << QStringList{"Milk"};
    QTest::newRow("limit 0") << history << "" << 0 << QStringList{};
    QTest::newRow("spaces around the prefix")
        << history << "  chedd " << 5 << QStringList{"Cheddar"};
}

void TestSuggestions::ranks()
{
    QFETCH(QList<Ingredient>, known);
    QFETCH(QString, prefix);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QCOMPARE(names(suggest(known, prefix, limit, false)), expected);
}

void TestSuggestions::theLatestAdditionDecidesTheFields()
{
    const auto suggestions =
        suggest({item("Milk", 30, "ml", 500), item("Milk", 10, "l", 1), item("milk", 20, "l", 2)},
                "mi", 5, false);
    QCOMPARE(suggestions.size(), 1);
    QCOMPARE(suggestions.first().name, QStringLiteral("Milk"));
    QCOMPARE(suggestions.first().unit, QStringLiteral("ml"));
    QCOMPARE(suggestions.first().quantity, 500.0);
    QCOMPARE(suggestions.first().timesAdded, 3);
}

void TestSuggestions::staplesFillAShortHistory()
{
    const auto fresh = suggest({}, "", 6);
    QCOMPARE(fresh.size(), 6);
    QCOMPARE(fresh.first().name, QStringLiteral("Milk"));
    QCOMPARE(fresh.first().timesAdded, 0);
    // What the fridge has held comes first; a staple it has held is not offered twice.
    const auto mixed = suggest({item("Kimchi", 5), item("milk", 6)}, "", 4);
    QCOMPARE(names(mixed), (QStringList{"milk", "Kimchi", "Eggs", "Butter"}));
    // Staples follow the prefix too.
    QCOMPARE(names(suggest({}, "froz", 5)), QStringList{"Frozen peas"});
    QCOMPARE(names(suggest({}, "peas", 5)), QStringList{"Frozen peas"});
}

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"

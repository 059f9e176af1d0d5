// SPDX-License-Identifier: MIT
// The list model's one-row path (a change arriving on a long list): an update in place is one
// dataChanged, a rename or a new category moves the row to where a full layout would put it,
// a removal is one removal, a new item one insertion — always the order show() gives.
#include "inventory/IngredientFilter.h"
#include "inventory/IngredientsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace larder::inventory;
using Row = IngredientsModel::Row;

namespace {
Row row(const QString &id, const QString &name, const QString &category = "dairy",
        double quantity = 1)
{
    Row out;
    out.item.id = id;
    out.item.name = name;
    out.item.category = category;
    out.item.quantity = quantity;
    return out;
}
QStringList ids(const IngredientsModel &model)
{
    QStringList out;
    for (const Row &shown : model.rows())
        out.append(shown.item.id);
    return out;
}
/// "id:group" for each row the filter shows, in order.
QStringList idsAndGroups(const IngredientFilter &filter)
{
    QStringList out;
    for (int i = 0; i < filter.rowCount(); ++i)
        out.append(filter.index(i, 0).data(IngredientsModel::ItemIdRole).toString() + u':' +
                   filter.index(i, 0).data(IngredientFilter::GroupRole).toString());
    return out;
}

} // namespace

class TestIngredientsModel : public QObject
{
    Q_OBJECT
private slots:
    void oneRowKeepsTheFullLayoutsOrder_data();
    void oneRowKeepsTheFullLayoutsOrder();
    void groupsByCategoryOrByPlace();
    void useSoonComesFirstSoonestFirst();
};

void TestIngredientsModel::oneRowKeepsTheFullLayoutsOrder_data()
{
    QTest::addColumn<Row>("change");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    // Shown before each row: Butter (b), Milk (m), Yoghurt (y) in dairy; Apples (a) in fruit.
    QTest::newRow("quantity: in place")
        << row("m", "Milk", "dairy", 3) << QStringList{"b", "m", "y", "a"} << 0 << 0 << 1;
    QTest::newRow("rename: moves")
        << row("m", "Zucchini milk") << QStringList{"b", "y", "m", "a"} << 1 << 1 << 0;
    QTest::newRow("new category: moves")
        << row("b", "Butter", "fruit") << QStringList{"m", "y", "a", "b"} << 1 << 1 << 0;
    QTest::newRow("new item: one insertion")
        << row("c", "Cheddar") << QStringList{"b", "c", "m", "y", "a"} << 1 << 0 << 0;
    QTest::newRow("accents folded like the full layout")
        << row("c", "Crème fraîche") << QStringList{"b", "c", "m", "y", "a"} << 1 << 0 << 0;
    Row gone = row("y", "Yoghurt");
    gone.item.removed = true;
    QTest::newRow("removed: one removal") << gone << QStringList{"b", "m", "a"} << 0 << 1 << 0;
    QTest::newRow("unchanged: nothing")
        << row("a", "Apples", "fruit") << QStringList{"b", "m", "y", "a"} << 0 << 0 << 0;
}

void TestIngredientsModel::oneRowKeepsTheFullLayoutsOrder()
{
    QFETCH(Row, change);
    QFETCH(QStringList, expected);
    QFETCH(int, inserted);
    QFETCH(int, removed);
    QFETCH(int, changed);
    const QList<Row> before{row("y", "Yoghurt"), row("a", "Apples", "fruit"), row("m", "Milk"),
                            row("b", "Butter")};
    IngredientsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.show(before);
    QSignalSpy insertions(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.showOne(change);
    QCOMPARE(ids(model), expected);
    QCOMPARE(insertions.size(), inserted);
    QCOMPARE(removals.size(), removed);
    QCOMPARE(changes.size(), changed);

    // The same list laid out whole gives the same order and category counts.
    QList<Row> all = before;
    all.removeIf([&](const Row &r) { return r.item.id == change.item.id; });
    all.append(change);
    IngredientsModel full;
    full.show(all);
    QCOMPARE(ids(full), ids(model));
    QCOMPARE(full.categoryCounts(), model.categoryCounts());
}

void TestIngredientsModel::groupsByCategoryOrByPlace()
{
    IngredientsModel model;
    QList<Row> rows{row("peas", "Peas", "frozen"), row("milk", "Milk"), row("jam", "Jam", "other"),
                    row("eggs", "Eggs")};
    rows[0].item.compartment = "freezer";
    rows[1].item.compartment = "door";
    rows[3].item.compartment = "door";
    model.show(rows);
    IngredientFilter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(&model);
    const auto shown = [&] { return idsAndGroups(filter); };
    // By category (the model's own order, not sorted again): dairy, frozen, other.
    QCOMPARE(shown(), (QStringList{"eggs:dairy", "milk:dairy", "peas:frozen", "jam:other"}));
    // By place: fridge, freezer, door; by name within each.
    filter.setGroupBy("compartment");
    QCOMPARE(shown(), (QStringList{"jam:fridge", "peas:freezer", "eggs:door", "milk:door"}));
    // A search keeps the grouping; an unknown grouping is ignored.
    filter.setSearch("e");
    QCOMPARE(shown(), (QStringList{"peas:freezer", "eggs:door"}));
    filter.setGroupBy("colour");
    QCOMPARE(filter.groupBy(), QStringLiteral("compartment"));
}

void TestIngredientsModel::useSoonComesFirstSoonestFirst()
{
    IngredientsModel model;
    const QDate today = QDate::currentDate();
    QList<Row> rows{row("milk", "Milk"),         row("peas", "Peas", "frozen"),
                    row("fish", "Fish", "fish"), row("ham", "Ham", "meat"),
                    row("jam", "Jam", "other"),  row("cream", "Cream")};
    rows[0].item.bestBefore = today.addDays(1);  // tomorrow: soon
    rows[2].item.bestBefore = today.addDays(-1); // yesterday: soon, and first
    rows[3].item.bestBefore = today;             // today: soon
    rows[4].item.bestBefore = today.addDays(30); // far off: in its category
    rows[5].item.bestBefore = today.addDays(2);  // the day after tomorrow: still soon
    model.show(rows);
    IngredientFilter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSource(&model);
    filter.setGroupBy("urgency");
    const auto shown = [&] { return idsAndGroups(filter); };
    QCOMPARE(shown(), (QStringList{"fish:soon", "ham:soon", "milk:soon", "cream:soon",
                                   "peas:frozen", "jam:other"}));
    // The door's "Use soon": that group alone, in the same order.
    filter.setSoonOnly(true);
    QCOMPARE(filter.count(), 4);
    QCOMPARE(shown(), (QStringList{"fish:soon", "ham:soon", "milk:soon", "cream:soon"}));
    // A date moved later leaves the group as it changes.
    rows[2].item.bestBefore = today.addDays(10);
    model.show(rows);
    QCOMPARE(shown(), (QStringList{"ham:soon", "milk:soon", "cream:soon"}));
}

QTEST_GUILESS_MAIN(TestIngredientsModel)
#include "tst_ingredientsmodel.moc"

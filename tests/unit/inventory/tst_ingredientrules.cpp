// SPDX-License-Identifier: MIT
// The ingredient merge rules the cloud and the app share: adds survive, quantities move by
// deltas, edits overwrite only their fields (the cloud's order decides per field), an edit to a
// removed item is reported, removals are tombstones; and the item's JSON round trip.
#include "inventory/Ingredient.h"

#include <QTest>

using namespace larder::inventory;

namespace {
const Author kAnn{"member", "u-ann", "ann@example.com"};
const Author kBen{"member", "u-ben", "ben@example.com"};
const Author kCamera{"camera", {}, "Camera"};

Change add(const QString &id, const QString &name, double quantity = 1)
{
    Change change;
    change.kind = Change::Kind::Add;
    change.changeId = "c-" + id;
    change.itemId = id;
    change.item.name = name;
    change.item.quantity = quantity;
    change.by = kAnn;
    change.at = 1000;
    return change;
}
Change edit(const QString &id, const QJsonObject &set, double delta = 0, const Author &by = kBen)
{
    Change change;
    change.kind = Change::Kind::Edit;
    change.itemId = id;
    change.set = set;
    change.quantityDelta = delta;
    change.by = by;
    change.at = 2000;
    return change;
}
Change removal(const QString &id, const QString &reason, const Author &by = kBen)
{
    Change change;
    change.kind = Change::Kind::Remove;
    change.itemId = id;
    change.reason = reason;
    change.by = by;
    change.at = 3000;
    return change;
}
/// Applies @p changes in order to one item, as the cloud does.
Outcome run(const QList<Change> &changes)
{
    std::optional<Ingredient> item;
    Outcome last;
    for (const Change &change : changes) {
        last = applyChange(item, change);
        if (last.kind == Outcome::Applied)
            item = last.item;
    }
    return last;
}
} // namespace

class TestIngredientRules : public QObject
{
    Q_OBJECT
private slots:
    void sequences_data()
    {
        QTest::addColumn<QList<Change>>("changes");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<double>("quantity");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("removed");

        QTest::newRow("add") << QList<Change>{add("y", "Yoghurt", 4)} << int(Outcome::Applied)
                             << 4.0 << "Yoghurt" << false;
        QTest::newRow("add twice: once")
            << QList<Change>{add("y", "Yoghurt", 4), add("y", "Yog", 9)} << int(Outcome::Unchanged)
            << 4.0 << "Yoghurt" << false;
        QTest::newRow("two take one each")
            << QList<Change>{add("y", "Yoghurt", 4), edit("y", {}, -1, kAnn),
                             edit("y", {}, -1, kBen)}
            << int(Outcome::Applied) << 2.0 << "Yoghurt" << false;
        QTest::newRow("never below zero")
            << QList<Change>{add("y", "Yoghurt", 1), edit("y", {}, -3)} << int(Outcome::Applied)
            << 0.0 << "Yoghurt" << false;
        QTest::newRow("fields merge")
            << QList<Change>{add("m", "Milk"), edit("m", {{"note", "oat"}}),
                             edit("m", {{"unit", "l"}}, 0, kAnn)}
            << int(Outcome::Applied) << 1.0 << "Milk" << false;
        QTest::newRow("later edit of a field wins")
            << QList<Change>{add("m", "Milk"), edit("m", {{"name", "Oat milk"}}, 0, kAnn),
                             edit("m", {{"name", "Soy milk"}}, 0, kBen)}
            << int(Outcome::Applied) << 1.0 << "Soy milk" << false;
        QTest::newRow("edit after removal: reported")
            << QList<Change>{add("c", "Cheese"), removal("c", "usedUp"), edit("c", {}, -1, kAnn)}
            << int(Outcome::Conflict) << 1.0 << "Cheese" << true;
        QTest::newRow("re-add of a removed id: reported")
            << QList<Change>{add("c", "Cheese"), removal("c", "removed"), add("c", "Cheese")}
            << int(Outcome::Conflict) << 1.0 << "Cheese" << true;
        QTest::newRow("remove twice: once")
            << QList<Change>{add("c", "Cheese"), removal("c", "usedUp"), removal("c", "removed")}
            << int(Outcome::Unchanged) << 1.0 << "Cheese" << true;
        QTest::newRow("edit of nothing") << QList<Change>{edit("x", {{"name", "Ghost"}})}
                                         << int(Outcome::NotFound) << 1.0 << "" << false;
        QTest::newRow("remove of nothing") << QList<Change>{removal("x", "removed")}
                                           << int(Outcome::NotFound) << 1.0 << "" << false;
        QTest::newRow("same values: unchanged")
            << QList<Change>{add("m", "Milk"), edit("m", {{"name", "Milk"}})}
            << int(Outcome::Unchanged) << 1.0 << "Milk" << false;
    }
    void sequences()
    {
        QFETCH(QList<Change>, changes);
        QFETCH(int, outcome);
        const Outcome result = run(changes);
        QCOMPARE(int(result.kind), outcome);
        QTEST(result.item.quantity, "quantity");
        QTEST(result.item.name, "name");
        QTEST(result.item.removed, "removed");
        if (result.kind == Outcome::Conflict || result.kind == Outcome::NotFound)
            QVERIFY(!result.message.isEmpty());
    }

    void removalIsATombstoneWithWhoAndWhy()
    {
        const Outcome added = applyChange(std::nullopt, add("b", "Butter"));
        QCOMPARE(added.item.addedBy, kAnn);
        QCOMPARE(added.item.addedAt, 1000);
        const Outcome gone = applyChange(added.item, removal("b", "usedUp", kCamera));
        QVERIFY(gone.item.removed);
        QCOMPARE(gone.item.removedReason, QStringLiteral("usedUp"));
        QCOMPARE(gone.item.removedBy, kCamera);
        const Outcome late = applyChange(gone.item, edit("b", {{"note", "salted"}}, 0, kAnn));
        QCOMPARE(late.kind, Outcome::Conflict);
        QVERIFY(late.message.contains("Butter"));
        QVERIFY(late.message.contains("Camera"));
    }

    void jsonRoundTrip()
    {
        Ingredient item = applyChange(std::nullopt, add("e", "Eggs", 6)).item;
        item.bestBefore = QDate(2026, 12, 3);
        item.category = "dairy";
        item.seq = 42;
        QCOMPARE(Ingredient::fromJson(item.toJson()), item);
        item = applyChange(item, removal("e", "usedUp")).item;
        QCOMPARE(Ingredient::fromJson(item.toJson()), item);
        QVERIFY(!Ingredient::fromJson({{"name", "no id"}}));
        QVERIFY(item.toJson().value("bestBefore").isString());
    }

    void bestBefore()
    {
        Ingredient item;
        QVERIFY(!nearBestBefore(item, QDate(2026, 11, 27)));
        item.bestBefore = QDate(2026, 11, 29);
        QVERIFY(nearBestBefore(item, QDate(2026, 11, 27)));
        QVERIFY(!nearBestBefore(item, QDate(2026, 11, 20)));
        QVERIFY(nearBestBefore(item, QDate(2026, 12, 1))); // past it
    }
};

QTEST_GUILESS_MAIN(TestIngredientRules)
#include "tst_ingredientrules.moc"

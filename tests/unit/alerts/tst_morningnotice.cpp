// SPDX-License-Identifier: MIT
// The morning note of what to use up (MorningNotice): when it is due, what it lists and says,
// and that it comes once a day.
#include "alerts/MorningNotice.h"

#include <QTest>

using namespace larder;
using alerts::MorningNotice;

namespace {
inventory::Ingredient item(const QString &name, int inDays, bool removed = false)
{
    inventory::Ingredient ingredient;
    ingredient.id = name;
    ingredient.name = name;
    if (inDays > -100)
        ingredient.bestBefore = QDate(2026, 12, 7).addDays(inDays);
    ingredient.removed = removed;
    return ingredient;
}
} // namespace

class TestMorningNotice : public QObject
{
    Q_OBJECT
private slots:
    void due_data()
    {
        QTest::addColumn<QList<inventory::Ingredient>>("items");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDate>("lastMade");
        QTest::addColumn<QString>("message"); ///< "" when no note is due
        const QList<inventory::Ingredient> some{item("Milk", 0), item("Eggs", 1), item("Ham", 2),
                                                item("Salt", -1000)};
        const QDate yesterday(2026, 12, 6);
        QTest::newRow("at eight, two due")
            << some << QTime(8, 0) << yesterday << "2 things to use by tomorrow: Milk, Eggs.";
        QTest::newRow("before eight") << some << QTime(7, 59) << yesterday << "";
        QTest::newRow("made today already") << some << QTime(9, 0) << QDate(2026, 12, 7) << "";
        QTest::newRow("never made before")
            << some << QTime(23, 0) << QDate() << "2 things to use by tomorrow: Milk, Eggs.";
        QTest::newRow("one due") << QList{item("Cream", 1)} << QTime(8, 30) << yesterday
                                 << "Use by tomorrow: Cream.";
        QTest::newRow("past its date is not 'use soon'")
            << QList{item("Old milk", -1)} << QTime(8, 30) << yesterday << "";
        QTest::newRow("removed items do not count")
            << QList{item("Milk", 0, true)} << QTime(8, 30) << yesterday << "";
        QTest::newRow("nothing dated")
            << QList{item("Salt", -1000)} << QTime(8, 30) << yesterday << "";
        QTest::newRow("empty fridge")
            << QList<inventory::Ingredient>{} << QTime(8, 30) << yesterday << "";
        QTest::newRow("soonest first, the rest counted")
            << QList{item("Eggs", 1), item("Milk", 0), item("Yoghurt", 1), item("Cream", 0),
                     item("Butter", 1)}
            << QTime(10, 0) << yesterday
            << "5 things to use by tomorrow: Milk, Cream, Eggs and 2 more.";
    }
    void due()
    {
        QFETCH(QList<inventory::Ingredient>, items);
        QFETCH(QTime, time);
        QFETCH(QDate, lastMade);
        QFETCH(QString, message);
        const auto notice =
            MorningNotice::due(items, QDateTime(QDate(2026, 12, 7), time), lastMade);
        QCOMPARE(notice.has_value(), !message.isEmpty());
        if (!notice)
            return;
        QCOMPARE(notice->message, message);
        QCOMPARE(notice->condition, alerts::Condition::UseSoon);
        QVERIFY(!notice->raised); // a note, never an open alert
        QCOMPARE(alerts::conditionName(notice->condition), QStringLiteral("useSoon"));
    }
};

QTEST_GUILESS_MAIN(TestMorningNotice)
#include "tst_morningnotice.moc"

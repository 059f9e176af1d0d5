// SPDX-License-Identifier: MIT
// Two connections writing one store at once, as the HTTP services and the MQTT plane do (and
// several larder-cloud instances will): a read-then-write transaction never fails because the
// other wrote meanwhile. It waits for the other's commit instead.
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/history/HistoryStore.h"
#include "larder-cloud/inventory/IngredientStore.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace larder::cloud;
using larder::inventory::Change;

namespace {
constexpr int kRounds = 150;

Change addOf(const QString &id)
{
    Change change;
    change.kind = Change::Kind::Add;
    change.changeId = QStringLiteral("c-") + id;
    change.itemId = id;
    change.item.id = id;
    change.item.name = QStringLiteral("Jar ") + id;
    change.at = 1'800'000'000;
    return change;
}

/// One writer with its own connection, on its own thread (a connection belongs to the thread
/// that opened it).
class Writer : public QThread
{
public:
    Writer(QString path, QString name, bool ingredients)
        : m_path(std::move(path)), m_name(std::move(name)), m_ingredients(ingredients)
    {
    }
    std::atomic<int> failures{0};
    std::atomic<int> done{0};
    QString openError;

protected:
    void run() override
    {
        {
            CloudStore store(m_path, m_name);
            if (!store.open(&openError))
                return;
            IngredientStore ingredients(m_name);
            HistoryStore history(m_name);
            for (int i = 0; i < kRounds; ++i) {
                bool ok = false;
                if (m_ingredients) {
                    ok = ingredients
                             .apply(QStringLiteral("LRD00000001"),
                                    addOf(m_name + QString::number(i)))
                             .has_value();
                } else {
                    larder::history::Sample sample;
                    sample.fridge = 4.0;
                    ok = history.addAll({{QStringLiteral("LRD00000001"), sample, i % 5 == 0,
                                          1'800'000'000 + i * 60}});
                }
                (ok ? done : failures)++;
            }
        }
    }

private:
    QString m_path;
    QString m_name;
    bool m_ingredients;
};
} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT
private slots:
    void twoWritersLoseNothing_data()
    {
        QTest::addColumn<bool>("secondWritesIngredients");
        QTest::newRow("ingredients beside ingredients") << true;
        QTest::newRow("ingredients beside history") << false;
    }

    void twoWritersLoseNothing()
    {
        QFETCH(bool, secondWritesIngredients);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("larder.sqlite"));
        {
            CloudStore first(path, QStringLiteral("setup"));
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
        }
        Writer a(path, QStringLiteral("a"), true);
        Writer b(path, QStringLiteral("b"), secondWritesIngredients);
        a.start();
        b.start();
        QVERIFY(a.wait(60'000) && b.wait(60'000));
        QVERIFY2(a.openError.isEmpty() && b.openError.isEmpty(),
                 qPrintable(a.openError + b.openError));
        QCOMPARE(a.failures.load(), 0);
        QCOMPARE(b.failures.load(), 0);
        QCOMPARE(a.done.load(), kRounds);
        QCOMPARE(b.done.load(), kRounds);
        // Every add is there, each with its own change number.
        CloudStore check(path, QStringLiteral("check"));
        QString error;
        QVERIFY2(check.open(&error), qPrintable(error));
        IngredientStore ingredients(QStringLiteral("check"));
        const int expected = secondWritesIngredients ? 2 * kRounds : kRounds;
        const auto page =
            ingredients.list(QStringLiteral("LRD00000001"), {}, -1, 0, IngredientStore::maxItems);
        QCOMPARE(page.items.size(), expected);
        QCOMPARE(page.seq, qint64(expected));
    }

    void instancesStartingTogetherMigrateOnce()
    {
        // Several larder-cloud instances started at once on a new file: one makes each table,
        // the others find it made; every one opens, and the reference table is seeded once.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("larder.sqlite"));
        QList<QThread *> threads;
        QStringList errors;
        QMutex lock;
        for (int i = 0; i < 4; ++i)
            threads.append(QThread::create([&, i] {
                CloudStore store(path, QStringLiteral("start-%1").arg(i));
                QString error;
                if (!store.open(&error)) {
                    QMutexLocker locked(&lock);
                    errors.append(error);
                }
            }));
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(30'000));
            delete thread;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        CloudStore check(path, QStringLiteral("check"));
        QString error;
        QVERIFY2(check.open(&error), qPrintable(error));
        QCOMPARE(check.references().size(), 50);
    }
};

QTEST_GUILESS_MAIN(TestStoreConcurrency)
#include "tst_storeconcurrency.moc"

// SPDX-License-Identifier: MIT
// Two connections writing one store at once, as the HTTP services and the MQTT plane do (and
// several larder-cloud instances will): a read-then-write transaction never fails because the
// other wrote meanwhile. It waits for the other's commit instead.
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/history/HistoryStore.h"
#include "larder-cloud/inventory/IngredientStore.h"

#include "StoreEngines.h"

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

Change editOf(const QString &changeId)
{
    Change change;
    change.kind = Change::Kind::Edit;
    change.changeId = changeId;
    change.itemId = QStringLiteral("milk");
    change.quantityDelta = 1;
    change.at = 1'800'000'000;
    return change;
}

/// What a writer does, kRounds times.
enum class Work { Adds, Edits, History };

/// One writer with its own connection, on its own thread (a connection belongs to the thread
/// that opened it).
class Writer : public QThread
{
public:
    Writer(QString path, QString name, Work work)
        : m_path(std::move(path)), m_name(std::move(name)), m_work(work)
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
            const QString thing = QStringLiteral("LRD00000001");
            for (int i = 0; i < kRounds; ++i) {
                const QString id = m_name + QString::number(i);
                bool ok = false;
                if (m_work == Work::Adds) {
                    ok = ingredients.apply(thing, addOf(id)).has_value();
                } else if (m_work == Work::Edits) {
                    const auto result = ingredients.apply(thing, editOf(id));
                    ok = result && result->outcome.kind == larder::inventory::Outcome::Applied;
                } else {
                    larder::history::Sample sample;
                    sample.fridge = 4.0;
                    ok = history.addAll({{thing, sample, i % 5 == 0, 1'800'000'000 + i * 60}});
                }
                (ok ? done : failures)++;
            }
        }
    }

private:
    QString m_path;
    QString m_name;
    Work m_work;
};
} // namespace

class TestStoreConcurrency : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString freshLocation()
    {
        QFETCH_GLOBAL(QString, engine);
        QString error;
        QString location = storeengines::freshLocation(engine, m_dir.path(), &error);
        if (location.isEmpty())
            qWarning("%s", qPrintable(error));
        return location;
    }

private slots:
    void initTestCase_data() { storeengines::addRows(); }

    void twoWritersLoseNothing_data()
    {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("second");
        QTest::newRow("adds beside adds") << int(Work::Adds) << int(Work::Adds);
        QTest::newRow("adds beside history") << int(Work::Adds) << int(Work::History);
        // The same item's quantity moved by both: every +1 counts (no lost update).
        QTest::newRow("edits beside edits") << int(Work::Edits) << int(Work::Edits);
    }

    void twoWritersLoseNothing()
    {
        QFETCH(int, first);
        QFETCH(int, second);
        const QString path = freshLocation();
        QVERIFY(!path.isEmpty());
        const QString thing = QStringLiteral("LRD00000001");
        {
            CloudStore setup(path, QStringLiteral("setup"));
            QString error;
            QVERIFY2(setup.open(&error), qPrintable(error));
            Change milk = addOf(QStringLiteral("milk"));
            milk.item.quantity = 1;
            QVERIFY(IngredientStore(QStringLiteral("setup")).apply(thing, milk));
        }
        Writer a(path, QStringLiteral("a"), Work(first));
        Writer b(path, QStringLiteral("b"), Work(second));
        a.start();
        b.start();
        QVERIFY(a.wait(120'000) && b.wait(120'000));
        QVERIFY2(a.openError.isEmpty() && b.openError.isEmpty(),
                 qPrintable(a.openError + b.openError));
        QCOMPARE(a.failures.load(), 0);
        QCOMPARE(b.failures.load(), 0);
        QCOMPARE(a.done.load(), kRounds);
        QCOMPARE(b.done.load(), kRounds);
        // Every change is there, each with its own change number.
        CloudStore check(path, QStringLiteral("check"));
        QString error;
        QVERIFY2(check.open(&error), qPrintable(error));
        IngredientStore ingredients(QStringLiteral("check"));
        const auto page = ingredients.list(thing, {}, -1, 0, IngredientStore::maxItems);
        const int adds = (first == int(Work::Adds)) + (second == int(Work::Adds));
        const int edits = (first == int(Work::Edits)) + (second == int(Work::Edits));
        QCOMPARE(page.items.size(), 1 + adds * kRounds);
        QCOMPARE(page.seq, qint64(1 + (adds + edits) * kRounds));
        QCOMPARE(ingredients.find(thing, QStringLiteral("milk"))->quantity, 1.0 + edits * kRounds);
    }

    void instancesStartingTogetherMigrateOnce()
    {
        // Several larder-cloud instances started at once on a new file: one makes each table,
        // the others find it made; every one opens, and the reference table is seeded once.
        const QString path = freshLocation();
        QVERIFY(!path.isEmpty());
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

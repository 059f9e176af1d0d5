// SPDX-License-Identifier: MIT
// The door tablet's list on a scripted MQTT connection (no broker): requests carry their op and
// clientToken, answers come back in REST's shapes, a dropped connection fails what waits (so
// InventorySync sends it again after the reconnect, with the same changeId), restock adds to
// the live item of that name, and the quick-add suggestions follow the list.
#include "FakeMqttTransport.h"

#include "inventory/InventoryStore.h"
#include "inventory/InventorySync.h"
#include "inventory/InventoryTopics.h"
#include "inventory/SuggestionsModel.h"
#include "inventory/TabletInventoryChannel.h"
#include "mqtt/MqttClient.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using namespace larder::inventory;

namespace {
const QString kThing = QStringLiteral("fridge-1");

QJsonObject parse(const QByteArray &payload)
{
    return QJsonDocument::fromJson(payload).object();
}
QByteArray dump(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// A tablet's MqttClient on a scripted wire, and the cloud's side played by the test.
struct Rig
{
    FakeMqttTransport *wire = new FakeMqttTransport;
    mqtt::MqttClient client{std::unique_ptr<FakeMqttTransport>(wire)};
    TabletInventoryChannel channel{&client, kThing};

    std::unique_ptr<InventoryStore> store;
    std::unique_ptr<InventorySync> sync;

    Rig()
    {
        client.setBackoff({5, 20, 0.0});
        client.connectToHost();
    }
    /// The tablet's list on this wire, kept in the SQLite file @p path.
    bool keepList(const QString &path)
    {
        store = std::make_unique<InventoryStore>(path);
        QString error;
        if (!store->open(&error))
            return false;
        sync = std::make_unique<InventorySync>(&channel, &client, store.get(), kThing,
                                               Author{"tablet", kThing, "Kitchen tablet"});
        return true;
    }
    bool connected() const { return client.state() == mqtt::MqttClient::Connected; }
    bool hasRequest() const { return wire->hasSent(topics::requests(kThing)); }
    QList<QJsonObject> requests()
    {
        QList<QJsonObject> out;
        for (const QByteArray &payload : wire->takeSent(topics::requests(kThing)))
            out.append(parse(payload));
        return out;
    }
    void answer(const QJsonObject &request, QJsonObject body, bool accepted = true)
    {
        body.insert("clientToken", request.value("clientToken"));
        wire->deliver(topics::answers(kThing, accepted ? "accepted" : "rejected"), dump(body));
    }
};

/// The first change of a batch request.
QJsonObject firstChange(const QJsonObject &request)
{
    return request.value("changes").toArray().first().toObject();
}

QJsonObject cloudItem(const QJsonObject &request, qint64 seq)
{
    QJsonObject item = request;
    for (const char *key : {"op", "clientToken", "changeId"})
        item.remove(key);
    item.insert("seq", seq);
    item.insert("addedBy",
                QJsonObject{{"kind", "tablet"}, {"id", kThing}, {"name", "Kitchen tablet"}});
    return item;
}
} // namespace

class TestTabletInventory : public QObject
{
    Q_OBJECT
private slots:
    void requestsAndAnswersInRestShapes();
    void aDropFailsWhatWaitsAndTheSyncSendsItAgain();
    void restockAddsToTheLiveItemOfThatName();
    void suggestionsFollowTheList();

private:
    QTemporaryDir m_dir;
};

void TestTabletInventory::requestsAndAnswersInRestShapes()
{
    Rig rig;
    QTRY_VERIFY(rig.connected());
    QList<api::ApiResult> results;
    const auto collect = [&](const api::ApiResult &result) { results.append(result); };
    rig.channel.list(kThing, 7, collect);
    Change remove;
    remove.kind = Change::Kind::Remove;
    remove.itemId = "milk-1";
    remove.changeId = "ch-1";
    remove.reason = "usedUp";
    rig.channel.send(kThing, {remove}, collect);
    QTRY_COMPARE(rig.wire->sent.size(), 2);
    const QList<QJsonObject> sent = rig.requests();
    QCOMPARE(sent.at(0).value("op").toString(), QStringLiteral("list"));
    QCOMPARE(sent.at(0).value("since").toInteger(), 7);
    QCOMPARE(sent.at(1).value("op").toString(), QStringLiteral("batch"));
    const QJsonObject removal = firstChange(sent.at(1));
    QCOMPARE(removal.value("op").toString(), QStringLiteral("remove"));
    QCOMPARE(removal.value("itemId").toString(), QStringLiteral("milk-1"));
    QCOMPARE(removal.value("changeId").toString(), QStringLiteral("ch-1"));
    QCOMPARE(removal.value("reason").toString(), QStringLiteral("usedUp"));
    QVERIFY(sent.at(0).value("clientToken") != sent.at(1).value("clientToken"));

    // Answers in any order; another client's token is not ours.
    rig.wire->deliver(topics::answers(kThing, "accepted"),
                      dump({{"clientToken", "someone-else"}, {"item", QJsonObject{}}}));
    rig.answer(sent.at(1), {{"results", QJsonArray{QJsonObject{{"status", 409},
                                                               {"error", "ItemRemoved"},
                                                               {"message", "Ben used it up."}}}}});
    rig.answer(sent.at(0), {{"items", QJsonArray{}}, {"count", 0}, {"seq", 9}});
    QCOMPARE(results.size(), 2);
    const QList<api::ApiResult> perChange = resultsOf(results.at(0));
    QCOMPARE(perChange.size(), 1);
    QCOMPARE(perChange.first().status, 409);
    QCOMPARE(perChange.first().message, QStringLiteral("Ben used it up."));
    QCOMPARE(perChange.first().body.value("error").toString(), QStringLiteral("ItemRemoved"));
    // A whole request refused comes back as it is.
    rig.channel.send(kThing, {remove}, collect);
    QTRY_VERIFY(rig.hasRequest());
    rig.answer(rig.requests().first(),
               {{"status", 400}, {"error", "BadRequest"}, {"message", "Too many."}}, false);
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(2).status, 400);
    QCOMPARE(results.at(2).message, QStringLiteral("Too many."));
    QVERIFY(results.at(1).ok);
    QCOMPARE(results.at(1).body.value("seq").toInteger(), 9);
    QCOMPARE(rig.channel.waiting(), 0);
}

void TestTabletInventory::aDropFailsWhatWaitsAndTheSyncSendsItAgain()
{
    Rig rig;
    QVERIFY(rig.keepList(m_dir.filePath("drop.sqlite")));
    InventorySync &sync = *rig.sync;
    QAbstractItemModelTester tester(sync.items(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    sync.start();
    QTRY_VERIFY(rig.hasRequest());
    rig.answer(rig.requests().first(), {{"items", QJsonArray{}}, {"count", 0}, {"seq", 0}});
    QTRY_VERIFY(!sync.loading());

    const QString id = sync.add("Butter", "dairy", 250, "g");
    QTRY_VERIFY(rig.hasRequest());
    const QJsonObject first = firstChange(rig.requests().first());
    QCOMPARE(first.value("op").toString(), QStringLiteral("add"));
    rig.wire->drop(); // the answer never comes
    QVERIFY(!sync.items()->find(id)->item.id.isEmpty());
    QCOMPARE(sync.pendingCount(), 1);
    QCOMPARE(rig.channel.waiting(), 0); // failed at once, not left to time out

    // Back: a catch-up list, and the same change again, with its change id.
    QTRY_VERIFY_WITH_TIMEOUT(rig.connected(), 2000);
    QList<QJsonObject> again;
    QVERIFY(QTest::qWaitFor(
        [&] {
            again += rig.requests();
            return std::any_of(again.cbegin(), again.cend(),
                               [](const QJsonObject &r) { return r.value("op") == "batch"; });
        },
        3000));
    for (const QJsonObject &request : std::as_const(again)) {
        if (request.value("op") == "list") {
            rig.answer(request, {{"items", QJsonArray{}}, {"count", 0}, {"seq", 0}});
            continue;
        }
        const QJsonObject change = firstChange(request);
        QCOMPARE(change.value("changeId"), first.value("changeId"));
        rig.answer(request, {{"results", QJsonArray{QJsonObject{{"status", 201},
                                                                {"item", cloudItem(change, 1)}}}}});
    }
    QTRY_COMPARE(sync.pendingCount(), 0);
    QCOMPARE(sync.items()->find(id)->item.quantity, 250.0);
    QVERIFY(!sync.items()->find(id)->pending);
}

void TestTabletInventory::restockAddsToTheLiveItemOfThatName()
{
    Rig rig;
    QVERIFY(rig.keepList(m_dir.filePath("restock.sqlite")));
    InventorySync &sync = *rig.sync;
    sync.start();
    QTRY_VERIFY(rig.hasRequest());
    QJsonObject milk{{"id", "milk-1"}, {"name", "Milk"}, {"category", "dairy"},
                     {"quantity", 1},  {"unit", "l"},    {"compartment", "door"},
                     {"seq", 3},       {"addedAt", 100}};
    rig.answer(rig.requests().first(), {{"items", QJsonArray{milk}}, {"count", 1}, {"seq", 3}});
    QTRY_VERIFY(sync.items()->find("milk-1"));

    // "milk" in litres is there: one more of it. In millilitres it is another item.
    QCOMPARE(sync.restock("milk", "dairy", 1, "l", "door"), QStringLiteral("milk-1"));
    QCOMPARE(sync.items()->find("milk-1")->item.quantity, 2.0);
    const QString cream = sync.restock("Milk", "dairy", 200, "ml", "door");
    QVERIFY(!cream.isEmpty() && cream != u"milk-1");
    QCOMPARE(sync.items()->count(), 2);
    QCOMPARE(sync.items()->categoryCounts(),
             (QVariantList{QVariantMap{{"category", "dairy"}, {"count", 2}}}));
    sync.add("Apples", "fruit", 6);
    QCOMPARE(sync.items()->categoryCounts(),
             (QVariantList{QVariantMap{{"category", "dairy"}, {"count", 2}},
                           QVariantMap{{"category", "fruit"}, {"count", 1}}}));
    QTRY_VERIFY(rig.hasRequest());
    // The delta went out at once (the add waits for its answer: one batch at a time).
    const QJsonArray batch = rig.requests().first().value("changes").toArray();
    QCOMPARE(batch.size(), 1);
    QCOMPARE(batch.at(0)["op"].toString(), QStringLiteral("edit"));
    QCOMPARE(batch.at(0)["quantityDelta"].toDouble(), 1.0);
}

void TestTabletInventory::suggestionsFollowTheList()
{
    Rig rig;
    QVERIFY(rig.keepList(m_dir.filePath("suggest.sqlite")));
    InventorySync &sync = *rig.sync;
    SuggestionsModel suggestions;
    QAbstractItemModelTester tester(&suggestions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    suggestions.setLimit(3);
    suggestions.setInventory(&sync);
    QCOMPARE(suggestions.count(), 3); // staples for a fridge with no history
    QCOMPARE(suggestions.data(suggestions.index(0), SuggestionsModel::NameRole).toString(),
             QStringLiteral("Milk"));
    sync.add("Kimchi", "condiments", 1, "pack");
    QTRY_COMPARE(suggestions.data(suggestions.index(0), SuggestionsModel::NameRole).toString(),
                 QStringLiteral("Kimchi"));
    suggestions.setPrefix("kim");
    QCOMPARE(suggestions.count(), 1);
    QCOMPARE(suggestions.data(suggestions.index(0), SuggestionsModel::UnitRole).toString(),
             QStringLiteral("pack"));
    suggestions.setWithStaples(false);
    suggestions.setPrefix("");
    QCOMPARE(suggestions.count(), 1);
}

QTEST_GUILESS_MAIN(TestTabletInventory)
#include "tst_tabletinventory.moc"

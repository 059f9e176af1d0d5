// SPDX-License-Identifier: MIT
// The door tablet's list against a live larder-cloud, Mosquitto and a simulated fridge: two
// family members' apps and the tablet on one fridge. The tablet works over its own MQTT
// connection with its certificate, never a login: an add on the tablet appears in both apps, a
// removal on a phone disappears on the tablet, an edit made while the broker is down arrives
// once it is back, a restart shows the list at once, and a fridge that leaves its family leaves
// no list on the tablet. Its raw requests get REST's statuses and sentences.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "MqttPeer.h"

#include "fridge/FridgeController.h"
#include "inventory/InventoryTopics.h"
#include "kiosk/DoorTablet.h"
#include "mqtt/ClientIds.h"
#include "pairing/PairingPayload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using kiosk::DoorTablet;

namespace {
const QString kThing = QStringLiteral("LRD00000070");
}

class TestKioskInventory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void anAddOnTheTabletAppearsInBothApps();
    void aRemovalOnAPhoneDisappearsOnTheTablet();
    void theDoorReadsAddsAndTicksTheShoppingList();
    void anEditMadeWhileTheBrokerIsDownArrivesOnce();
    void aRestartedTabletPagesItsListOverMqtt();
    void tabletRequestsAreCheckedLikeRest_data();
    void tabletRequestsAreCheckedLikeRest();
    void aFridgeThatLeavesItsFamilyLeavesNoListOnTheTablet();

private:
    QString tabletDir() const { return m_cloud.tabletDir(); }
    std::unique_ptr<DoorTablet> newKiosk() { return m_cloud.startTablet(); }
    std::unique_ptr<MemberDevice> phone(const QString &who)
    {
        auto device =
            std::make_unique<MemberDevice>(m_cloud, m_http->profile(), m_tokens[who],
                                           m_dir.filePath(who + ".sqlite"), who + "-phone", kThing);
        device->sync->start();
        return device;
    }
    /// The tablet's own connection, as a raw MQTT client (the kiosk must not run meanwhile:
    /// one client id).
    mqtt::ConnectionSettings tabletSettings() const { return m_cloud.tabletSettings(kThing); }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QTemporaryDir m_dir;
    std::unique_ptr<DoorTablet> m_kiosk;
    std::unique_ptr<MqttPeer> m_rawTablet; ///< the tablet's certificate, spoken raw
    std::unique_ptr<MemberDevice> m_ann, m_ben;
};

void TestKioskInventory::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(m_cloud.runTool(
        {"factory", "--serial", kThing, "--model", "LF-500", "--out", tabletDir()}));
    QVERIFY(m_cloud.startFridge(kThing, {"--serial", kThing}));
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(!m_family.isEmpty());

    m_kiosk = newKiosk();
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::WaitingForPairing, 15000);
    QVERIFY(!m_kiosk->inventory()); // nothing to show before a family pairs it
    QVERIFY(!m_kiosk->board());
    QString error;
    const auto label = pairing::PairingPayload::parse(m_kiosk->pairingUri().toUtf8(), &error);
    QVERIFY2(label, qPrintable(error));
    QCOMPARE(m_http->pair(*label, m_family, "Kitchen fridge", m_tokens["ann"]).status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::Paired,
                              DoorTablet::pairingPollMs * 2 + 5000);
    QVERIFY(m_kiosk->inventory());
    QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->inventory()->loading(), 10000);
    QVERIFY2(m_kiosk->inventory()->error().isEmpty(), qPrintable(m_kiosk->inventory()->error()));

    m_ann = phone("ann");
    m_ben = phone("ben");
    const QString feed = inventory::topics::changes(kThing);
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->mqtt.isSubscribed(feed) && m_ben->mqtt.isSubscribed(feed) &&
                                 !m_ann->sync->loading() && !m_ben->sync->loading(),
                             10000);
}

void TestKioskInventory::anAddOnTheTabletAppearsInBothApps()
{
    auto *tablet = m_kiosk->inventory();
    const QString juice = tablet->add("Orange juice", "drinks", 1, "l", "door");
    QVERIFY2(!juice.isEmpty(), qPrintable(tablet->error()));
    QVERIFY(tablet->items()->find(juice)->pending); // on the door at once, until confirmed
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->shows(juice) && m_ben->shows(juice), 10000);
    QTRY_COMPARE(tablet->pendingCount(), 0);
    QVERIFY(!tablet->items()->find(juice)->pending);
    const auto &seen = m_ben->sync->items()->find(juice)->item;
    QCOMPARE(seen.addedBy.kind, QStringLiteral("tablet"));
    QCOMPARE(seen.addedBy.name, QStringLiteral("Kitchen tablet"));
    QCOMPARE(seen.compartment, QStringLiteral("door"));
}

void TestKioskInventory::aRemovalOnAPhoneDisappearsOnTheTablet()
{
    auto *tablet = m_kiosk->inventory();
    const QString eggs = m_ann->sync->add("Eggs", "dairy", 6);
    QTRY_VERIFY_WITH_TIMEOUT(tablet->items()->find(eggs), 10000);
    m_ben->sync->remove(eggs, "usedUp");
    QTRY_VERIFY_WITH_TIMEOUT(!tablet->items()->find(eggs), 10000);
    QVERIFY(!m_ann->shows(eggs));
    // And back the other way: the tablet takes two, both phones show four.
    const QString yoghurt = m_ann->sync->add("Yoghurt", "dairy", 6);
    QTRY_VERIFY_WITH_TIMEOUT(tablet->items()->find(yoghurt), 10000);
    tablet->adjust(yoghurt, -1);
    tablet->adjust(yoghurt, -1);
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->quantityOf(yoghurt) == 4 && m_ben->quantityOf(yoghurt) == 4,
                             10000);
}

void TestKioskInventory::theDoorReadsAddsAndTicksTheShoppingList()
{
    auto *door = m_kiosk->shopping();
    QVERIFY(door);
    QTRY_VERIFY_WITH_TIMEOUT(!door->loading(), 10000);
    QVERIFY2(door->error().isEmpty(), qPrintable(door->error()));
    const QString path = "/families/" + m_family + "/shopping";
    const auto onTheList = [&](const QString &name) {
        for (const QJsonValue &item :
             m_http->api("GET", path, {}, m_tokens["ann"]).body["items"].toArray())
            if (item["name"].toString() == name)
                return item.toObject();
        return QJsonObject();
    };
    // Noticed at the door: the milk is gone. The family's list has it, from the door.
    const QString milk = door->add("Milk", "dairy", 2, "l", "fridge");
    QVERIFY2(!milk.isEmpty(), qPrintable(door->error()));
    QTRY_VERIFY_WITH_TIMEOUT(!onTheList("Milk").isEmpty(), 10000);
    QCOMPARE(onTheList("Milk").value("addedBy").toObject().value("kind").toString(),
             QStringLiteral("tablet"));
    QTRY_COMPARE(door->pendingCount(), 0);
    // Added on a phone: on the door within moments (the family's changes reach each fridge).
    const auto added =
        m_http->api("POST", path, {{"id", "flour-1"}, {"name", "Flour"}}, m_tokens["ben"]);
    QCOMPARE(added.status, 201);
    QTRY_VERIFY_WITH_TIMEOUT(door->items()->find("flour-1"), 10000);
    // Ticked off at the door (bought): gone from the family's list.
    door->remove("flour-1", "bought");
    QTRY_VERIFY_WITH_TIMEOUT(onTheList("Flour").isEmpty(), 10000);
    QVERIFY(onTheList("Milk").contains("id"));
    // The fridge's list and the shopping list stay apart.
    QVERIFY(!m_kiosk->inventory()->items()->find(milk));
}

void TestKioskInventory::anEditMadeWhileTheBrokerIsDownArrivesOnce()
{
    auto *tablet = m_kiosk->inventory();
    QVERIFY(m_cloud.killBroker()); // larder-cloud restarts it
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->fridge() && !m_kiosk->fridge()->cloudConnected(), 5000);
    const QString butter = tablet->add("Butter", "dairy", 250, "g");
    QVERIFY(!butter.isEmpty());
    QCOMPARE(tablet->pendingCount(), 1);
    QVERIFY(tablet->items()->find(butter)->pending);
    // Back: sent with its change id, confirmed, on both phones once.
    QTRY_COMPARE_WITH_TIMEOUT(tablet->pendingCount(), 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->shows(butter) && m_ben->shows(butter), 15000);
    const auto list =
        m_http->api("GET", "/devices/" + kThing + "/ingredients?q=butter", {}, m_tokens["ann"]);
    QCOMPARE(list.body.value("count").toInt(), 1);
    QCOMPARE(list.body.value("items").toArray().first().toObject().value("quantity").toDouble(),
             250.0);
}

void TestKioskInventory::aRestartedTabletPagesItsListOverMqtt()
{
    // More than one MQTT answer holds (200 items or 96 KiB): long notes make the pages short.
    const QString note(190, QChar(0x00E9)); // é: two bytes each in UTF-8
    for (int i = 0; i < 240; ++i)
        QCOMPARE(m_http
                     ->api("POST", "/devices/" + kThing + "/ingredients",
                           {{"id", QStringLiteral("bulk-%1").arg(i)},
                            {"name", QStringLiteral("Jar %1").arg(i)},
                            {"note", note}},
                           m_tokens["ann"])
                     .status,
                 201);
    const int live =
        m_http->api("GET", "/devices/" + kThing + "/ingredients?limit=500", {}, m_tokens["ann"])
            .body.value("count")
            .toInt();
    QVERIFY(live > 240);
    // A tablet that lost its local copy fetches everything, page by page.
    m_kiosk.reset();
    QVERIFY(QFile::remove(tabletDir() + "/inventory.sqlite"));
    m_kiosk = newKiosk();
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->inventory(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->inventory()->items()->rowCount(), live, 15000);
    // Restarted with its copy: the list is there the moment it follows the fridge.
    m_kiosk.reset();
    m_kiosk = newKiosk();
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->inventory(), 15000);
    QCOMPARE(m_kiosk->inventory()->items()->rowCount(), live);
}

void TestKioskInventory::tabletRequestsAreCheckedLikeRest_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"op\":") << 400 << "BadRequest";
    QTest::newRow("an array") << QByteArray("[1,2]") << 400 << "BadRequest";
    QTest::newRow("unknown op") << QByteArray(R"({"op":"drop"})") << 400 << "BadRequest";
    QTest::newRow("list limit 0") << QByteArray(R"({"op":"list","limit":0})") << 400
                                  << "BadRequest";
    QTest::newRow("list since -1")
        << QByteArray(R"({"op":"list","since":-1})") << 400 << "BadRequest";
    QTest::newRow("list since 1.5")
        << QByteArray(R"({"op":"list","since":1.5})") << 400 << "BadRequest";
    QTest::newRow("empty name") << QByteArray(R"({"op":"add","id":"t-1","name":" "})") << 400
                                << "BadRequest";
    QTest::newRow("NaN-ish quantity")
        << QByteArray(R"({"op":"add","id":"t-2","name":"Ham","quantity":1e308})") << 400
        << "BadRequest";
    QTest::newRow("edit without item")
        << QByteArray(R"({"op":"edit","quantityDelta":1})") << 400 << "BadRequest";
    QTest::newRow("edit unknown item")
        << QByteArray(R"({"op":"edit","itemId":"nothing-here","quantityDelta":1})") << 404
        << "NoSuchItem";
    QTest::newRow("list") << QByteArray(R"({"op":"list","limit":3})") << 200 << "";
    // 240 items with long notes are more than one answer's 96 KiB: a short page, with `next`.
    QTest::newRow("list by size") << QByteArray(R"({"op":"list","limit":200})") << 200 << "";
}

void TestKioskInventory::tabletRequestsAreCheckedLikeRest()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    // One raw connection with the tablet's certificate for every row (a certificate connects
    // at most 5 times a second); the kiosk gives its client id up meanwhile.
    const QString topic = inventory::topics::requests(kThing);
    if (!m_rawTablet) {
        m_kiosk.reset();
        m_rawTablet = std::make_unique<MqttPeer>(tabletSettings());
        QVERIFY(m_rawTablet->connect());
        QVERIFY(m_rawTablet->subscribe(topic + "/accepted"));
        QVERIFY(m_rawTablet->subscribe(topic + "/rejected"));
    }
    MqttPeer &tablet = *m_rawTablet;
    // The raw payload, with a clientToken where it is an object.
    QJsonObject body = QJsonDocument::fromJson(request).object();
    const QString token = QStringLiteral("row-%1").arg(QTest::currentDataTag());
    if (!body.isEmpty()) {
        body.insert("clientToken", token);
        request = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    tablet.publish(topic, request);
    const auto answer =
        tablet.await(status < 300 ? topic + "/accepted" : topic + "/rejected", 8000,
                     [&](const QJsonObject &json) {
                         return body.isEmpty() || json.value("clientToken").toString() == token;
                     });
    QVERIFY(answer);
    if (status < 300) {
        const int asked = body.value("limit").toInt();
        const qsizetype got = answer->value("items").toArray().size();
        QVERIFY2(asked == 3 ? got == 3 : got > 100 && got < asked,
                 qPrintable(QString::number(got)));
        QVERIFY(QJsonDocument(*answer).toJson(QJsonDocument::Compact).size() < 100 * 1024);
        QVERIFY(answer->contains("next"));
        return;
    }
    QCOMPARE(answer->value("status").toInt(), status);
    QCOMPARE(answer->value("error").toString(), error);
    QVERIFY(!answer->value("message").toString().isEmpty());
}

void TestKioskInventory::aFridgeThatLeavesItsFamilyLeavesNoListOnTheTablet()
{
    m_rawTablet.reset();
    m_kiosk = newKiosk();
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->inventory() && m_kiosk->inventory()->items()->rowCount() > 0,
                             15000);
    // The certificate it has now, to try once it is revoked.
    const QString oldCert = m_dir.filePath("old.cert.pem");
    const QString oldKey = m_dir.filePath("old.key.pem");
    QVERIFY(QFile::copy(tabletDir() + "/device.cert.pem", oldCert));
    QVERIFY(QFile::copy(tabletDir() + "/device.key.pem", oldKey));

    QCOMPARE(m_http->api("DELETE", "/devices/" + kThing, {}, m_tokens["ann"]).status, 204);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->state() != DoorTablet::Paired, 20000);
    QVERIFY(!m_kiosk->inventory());
    m_kiosk.reset();
    // Nothing of the old list stays in the tablet's store.
    {
        inventory::InventoryStore store(tabletDir() + "/inventory.sqlite", "check");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(store.confirmed(kThing).isEmpty());
        QVERIFY(store.journal(kThing).isEmpty());
        QCOMPARE(store.lastSeq(kThing), 0);
    }
    // The revoked certificate reaches nothing: no connection, no feed, no requests.
    mqtt::ConnectionSettings revoked = tabletSettings();
    revoked.certFile = oldCert;
    revoked.keyFile = oldKey;
    MqttPeer old(revoked);
    QVERIFY(!old.connect() || !old.subscribe(inventory::topics::changes(kThing)));
    QVERIFY(!old.connect() || !old.subscribe(inventory::topics::thingShoppingChanges(kThing)));
    // And the list is gone for the members too.
    QCOMPARE(m_http->api("GET", "/devices/" + kThing + "/ingredients", {}, m_tokens["ben"]).status,
             404);
}

QTEST_GUILESS_MAIN(TestKioskInventory)
#include "tst_kioskinventory.moc"

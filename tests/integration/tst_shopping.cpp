// SPDX-License-Identifier: MIT
// A family's shopping list against a live larder-cloud: shared live between two members' apps,
// ticked off in the shop (an item "bought"), offline edits replayed once, a quantity changed
// after someone else bought it reported rather than lost, another family's list unreachable
// (404 on every endpoint, its feed refused), the list's limit, and a family that is gone takes
// its list with it.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "inventory/InventoryTopics.h"
#include "mqtt/ClientIds.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using Kind = inventory::RestInventoryChannel::Kind;

class TestShopping : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void anAddOnOnePhoneAppearsOnTheOther();
    void tickingOffInTheShopRemovesItForEveryone();
    void offlineTicksAndAddsReplayOnce();
    void anotherFamilysListIsUnreachable_data();
    void anotherFamilysListIsUnreachable();
    void theListHasALimit();
    void aFamilyThatIsGoneTakesItsList();

private:
    std::unique_ptr<MemberDevice> phone(const QString &who, bool online = true,
                                        const QString &suffix = "phone")
    {
        auto device =
            std::make_unique<MemberDevice>(m_cloud, m_http->profile(), m_tokens[who],
                                           m_dir.filePath(who + "-" + suffix + ".sqlite"),
                                           who + "-" + suffix, m_family, online, Kind::Shopping);
        device->sync->start();
        return device;
    }
    QJsonObject cloudItem(const QString &id)
    {
        return m_http->listItem("/families/" + m_family + "/shopping", id, m_tokens["ann"]);
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family, m_otherFamily;
    QTemporaryDir m_dir;
    std::unique_ptr<MemberDevice> m_ann, m_ben;
};

void TestShopping::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    m_otherFamily = m_http->createFamily("Next door", m_tokens["eve"]);
    QVERIFY(!m_family.isEmpty() && !m_otherFamily.isEmpty());
    m_ann = phone("ann");
    m_ben = phone("ben");
    const QString feed = inventory::topics::shoppingChanges(m_family);
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->mqtt.isSubscribed(feed) && m_ben->mqtt.isSubscribed(feed) &&
                                 !m_ann->sync->loading() && !m_ben->sync->loading(),
                             10000);
    QVERIFY2(m_ann->sync->error().isEmpty(), qPrintable(m_ann->sync->error()));
}

void TestShopping::anAddOnOnePhoneAppearsOnTheOther()
{
    const QString milk = m_ann->sync->add("Milk", "dairy", 2, "l");
    QVERIFY(!milk.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->shows(milk), 10000);
    QTRY_COMPARE(m_ann->sync->pendingCount(), 0);
    QCOMPARE(m_ben->quantityOf(milk), 2.0);
    QCOMPARE(m_ben->sync->items()->find(milk)->item.addedBy.name,
             QStringLiteral("ann@example.com")); // as the cloud knows her
}

void TestShopping::tickingOffInTheShopRemovesItForEveryone()
{
    const QString bread = m_ben->sync->add("Bread", "bakery");
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->shows(bread), 10000);
    m_ann->sync->remove(bread, "bought");
    QVERIFY(!m_ann->shows(bread)); // gone at once here
    QTRY_VERIFY_WITH_TIMEOUT(!m_ben->shows(bread), 10000);
    QCOMPARE(cloudItem(bread).value("removed").toObject().value("reason").toString(),
             QStringLiteral("bought"));
}

void TestShopping::offlineTicksAndAddsReplayOnce()
{
    const QString eggs = m_ann->sync->add("Eggs", "dairy", 6);
    const QString cheese = m_ann->sync->add("Cheese", "dairy", 1, "pack");
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->shows(eggs) && m_ben->shows(cheese), 10000);
    QTRY_COMPARE(m_ann->sync->pendingCount(), 0);
    {
        // Ben's second phone had the list before he went into the shop.
        auto before = phone("ben", true, "shop");
        QTRY_VERIFY_WITH_TIMEOUT(before->shows(eggs) && before->shows(cheese), 10000);
    }
    {
        // In the shop without signal: he ticks the eggs, adds coffee, asks for two cheeses.
        auto offline = phone("ben", false, "shop");
        QVERIFY(offline->shows(eggs)); // from its local copy, at once
        offline->sync->remove(eggs, "bought");
        offline->sync->add("Coffee", "drinks", 1, "pack");
        offline->sync->adjust(cheese, 1);
        QCOMPARE(offline->sync->pendingCount(), 3);
        // Meanwhile Ann bought the cheese.
        m_ann->sync->remove(cheese, "bought");
        QTRY_COMPARE(m_ann->sync->pendingCount(), 0);
    }
    // Back online (twice, as after a kill mid-replay): every change once, the one to a bought
    // item reported.
    for (int round = 0; round < 2; ++round) {
        auto back = phone("ben", true, "shop");
        QTRY_COMPARE_WITH_TIMEOUT(back->sync->pendingCount(), 0, 15000);
        if (round == 0)
            QTRY_COMPARE_WITH_TIMEOUT(
                back->sync->notice(),
                QStringLiteral("Cheese was bought by ann@example.com before this change arrived."),
                5000);
        QVERIFY(!back->shows(eggs));
        QVERIFY(!back->shows(cheese));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_ann->shows(eggs), 10000);
    const auto coffee =
        m_http->api("GET", "/families/" + m_family + "/shopping?q=coffee", {}, m_tokens["ann"]);
    QCOMPARE(coffee.body.value("count").toInt(), 1);
    QCOMPARE(cloudItem(cheese).value("quantity").toDouble(), 1.0); // not 2: it was bought
}

void TestShopping::anotherFamilysListIsUnreachable_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("list") << QByteArray("GET") << "" << QJsonObject();
    QTest::newRow("add") << QByteArray("POST") << ""
                         << QJsonObject{{"id", "eve-1"}, {"name", "Poison"}};
    QTest::newRow("edit") << QByteArray("PATCH") << "/eve-1" << QJsonObject{{"quantityDelta", 1}};
    QTest::newRow("remove") << QByteArray("DELETE") << "/eve-1" << QJsonObject();
}

void TestShopping::anotherFamilysListIsUnreachable()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    const auto answer =
        m_http->api(method, "/families/" + m_family + "/shopping" + path, body, m_tokens["eve"]);
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.body.value("message").toString(), QStringLiteral("No such family."));
    // Nor without a token, nor for a family that does not exist.
    QCOMPARE(m_http->api(method, "/families/" + m_family + "/shopping" + path, body).status, 401);
    QCOMPARE(m_http->api(method, "/families/no-such-family/shopping" + path, body, m_tokens["ann"])
                 .status,
             404);
    // And the feed: refused to Eve, granted to Ann.
    if (QTest::currentDataTag() != QByteArrayLiteral("list"))
        return;
    const QString eveSub = auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer eve(m_cloud.accountSettings(clientids::app(eveSub, "spy"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    QVERIFY(!eve.subscribe(inventory::topics::shoppingChanges(m_family)));
    QVERIFY(eve.subscribe(inventory::topics::shoppingChanges(m_otherFamily)));
}

void TestShopping::theListHasALimit()
{
    const QString path = "/families/" + m_otherFamily + "/shopping";
    const auto count = [&] {
        return m_http->api("GET", path + "?limit=1", {}, m_tokens["eve"]).body;
    };
    for (int i = count().value("seq").toInt(); i < 1000; ++i)
        QCOMPARE(m_http
                     ->api("POST", path,
                           {{"id", QStringLiteral("row-%1").arg(i)},
                            {"name", QStringLiteral("Thing %1").arg(i)}},
                           m_tokens["eve"])
                     .status,
                 201);
    const auto full =
        m_http->api("POST", path, {{"id", "one-too-many"}, {"name", "Chocolate"}}, m_tokens["eve"]);
    QCOMPARE(full.status, 409);
    QCOMPARE(full.body.value("error").toString(), QStringLiteral("LimitExceeded"));
    QVERIFY(full.body.value("message").toString().contains("shopping list is full (1000 items)"));
    // Ticking one off makes room.
    QCOMPARE(m_http->api("DELETE", path + "/row-0?reason=bought", {}, m_tokens["eve"]).status, 200);
    QCOMPARE(
        m_http->api("POST", path, {{"id", "one-too-many"}, {"name", "Chocolate"}}, m_tokens["eve"])
            .status,
        201);
}

void TestShopping::aFamilyThatIsGoneTakesItsList()
{
    // Eve's family, fridgeless and hers alone: she leaves, it is gone, and so is its list.
    const QString path = "/families/" + m_otherFamily + "/shopping";
    QVERIFY(m_http->api("GET", path, {}, m_tokens["eve"]).body.value("count").toInt() > 0);
    QCOMPARE(
        m_http->api("POST", "/families/" + m_otherFamily + "/leave", {}, m_tokens["eve"]).status,
        204);
    QCOMPARE(m_http->api("GET", path, {}, m_tokens["eve"]).status, 404);
    // Nothing of it stays in the cloud's database; Ann's family's list is untouched.
    {
        QSqlDatabase db = m_cloud.openStore("peek");
        QVERIFY(db.isOpen());
        QSqlQuery left(db);
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM shopping_items WHERE family = '%1'")
                              .arg(m_otherFamily)));
        QVERIFY(left.next());
        QCOMPARE(left.value(0).toInt(), 0);
        QVERIFY(left.exec(QStringLiteral("SELECT count(*) FROM shopping_items WHERE family = '%1'")
                              .arg(m_family)));
        QVERIFY(left.next());
        QVERIFY(left.value(0).toInt() > 0);
    }
    QSqlDatabase::removeDatabase("peek");
}

QTEST_GUILESS_MAIN(TestShopping)
#include "tst_shopping.moc"

// SPDX-License-Identifier: MIT
// The app's side of the ingredient lists against a live larder-cloud: a change on one device
// appears on another through the feed; two devices edit while one is offline, the offline one
// is restarted and replays its journal — twice, as after a kill mid-replay — and at the end both
// views and the cloud hold the same list, every edit counted once.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;

namespace {
struct Device : MemberDevice
{
    Device(CloudFixture &cloud, const QJsonObject &profile, const QString &token,
           const QString &storePath, const QString &name, bool online = true)
        : MemberDevice(cloud, profile, token, storePath, name, "inv-fridge", online)
    {
    }
};
} // namespace

class TestInventorySync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aChangeOnOneDeviceAppearsOnAnother();
    void offlineEditsMergeAndApplyOnce();

private:
    QJsonObject cloudItem(const QString &id);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QTemporaryDir m_dir;
};

void TestInventorySync::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben"});
    QVERIFY(!m_tokens.isEmpty());
    const QString home = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(!home.isEmpty());
    QVERIFY(m_cloud.deviceCert("inv-fridge"));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", "inv-fridge", "--family", home}));
}

QJsonObject TestInventorySync::cloudItem(const QString &id)
{
    return m_http->listItem("/devices/inv-fridge/ingredients", id, m_tokens["ann"]);
}

void TestInventorySync::aChangeOnOneDeviceAppearsOnAnother()
{
    Device ann(m_cloud, m_http->profile(), m_tokens["ann"], m_dir.filePath("ann-phone.sqlite"),
               "ann-phone");
    Device ben(m_cloud, m_http->profile(), m_tokens["ben"], m_dir.filePath("ben-phone.sqlite"),
               "ben-phone");
    QVERIFY(ann.opened && ben.opened);
    ann.sync->start();
    ben.sync->start();
    QTRY_VERIFY_WITH_TIMEOUT(
        ann.mqtt.isSubscribed("larder/things/inv-fridge/ingredients/changes") &&
            ben.mqtt.state() == mqtt::MqttClient::Connected,
        10000);
    QTRY_VERIFY(!ben.sync->loading());

    const QString milk = ann.sync->add("Milk", "dairy", 4, "l");
    QVERIFY(!milk.isEmpty());
    QVERIFY(ann.sync->items()->find(milk)->pending); // shown at once, not confirmed yet
    QTRY_VERIFY_WITH_TIMEOUT(ben.sync->items()->find(milk), 10000);
    QTRY_COMPARE(ann.sync->pendingCount(), 0);
    QVERIFY(!ann.sync->items()->find(milk)->pending);
    QCOMPARE(ben.sync->items()->find(milk)->item.addedBy.name, QStringLiteral("ann@example.com"));

    ben.sync->remove(milk, "usedUp");
    QTRY_VERIFY_WITH_TIMEOUT(!ann.sync->items()->find(milk), 10000);
    QVERIFY(cloudItem(milk).contains("removed"));
}

void TestInventorySync::offlineEditsMergeAndApplyOnce()
{
    const QString annStore = m_dir.filePath("ann-tablet.sqlite");
    QString yoghurt, butter, cheese;
    {
        Device ann(m_cloud, m_http->profile(), m_tokens["ann"], annStore, "ann-tablet");
        ann.sync->start();
        QTRY_VERIFY(!ann.sync->loading());
        yoghurt = ann.sync->add("Yoghurt", "dairy", 6);
        cheese = ann.sync->add("Cheese", "dairy", 1);
        QTRY_COMPARE_WITH_TIMEOUT(ann.sync->pendingCount(), 0, 10000);
    }
    {
        // In the cellar: no network. Ann takes two yoghurts, adds butter, eats the cheese and
        // writes a note on the yoghurt — all kept in her journal.
        Device offline(m_cloud, m_http->profile(), m_tokens["ann"], annStore, "ann-tablet", false);
        offline.sync->start();
        QCOMPARE(offline.quantityOf(yoghurt), 6.0); // the local copy, without the cloud
        offline.sync->adjust(yoghurt, -1);
        offline.sync->adjust(yoghurt, -1);
        butter = offline.sync->add("Butter", "dairy", 1);
        offline.sync->remove(cheese, "usedUp");
        offline.sync->edit(yoghurt, {{"note", "ann's"}});
        QCOMPARE(offline.quantityOf(yoghurt), 4.0);
        QVERIFY(offline.sync->items()->find(butter)->pending);
        QTRY_VERIFY(!offline.sync->error().isEmpty()); // unreachable, said so
        QCOMPARE(offline.sync->pendingCount(), 5);
    }
    // Meanwhile Ben, online: takes one yoghurt and writes his own note on it.
    {
        Device ben(m_cloud, m_http->profile(), m_tokens["ben"], m_dir.filePath("ben-2.sqlite"),
                   "ben-2");
        ben.sync->start();
        QTRY_VERIFY_WITH_TIMEOUT(ben.sync->items()->find(yoghurt), 10000);
        ben.sync->adjust(yoghurt, -1);
        ben.sync->edit(yoghurt, {{"note", "ben's"}});
        QTRY_COMPARE_WITH_TIMEOUT(ben.sync->pendingCount(), 0, 10000);
    }
    // Ann is back; her app is killed mid-replay: a copy of the journal as it was replays again.
    QVERIFY(QFile::copy(annStore, annStore + ".before-replay"));
    for (const QString &store : {annStore, annStore + ".before-replay"}) {
        Device back(m_cloud, m_http->profile(), m_tokens["ann"], store, "ann-back");
        back.sync->start();
        QTRY_COMPARE_WITH_TIMEOUT(back.sync->pendingCount(), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(back.quantityOf(yoghurt), 3.0, 10000);
    }
    // Every edit once: 6 − 2 (Ann) − 1 (Ben) = 3; the later note (Ann's, replayed after Ben's)
    // wins its field; butter added once; cheese used up.
    const QJsonObject yog = cloudItem(yoghurt);
    QCOMPARE(yog.value("quantity").toDouble(), 3.0);
    QCOMPARE(yog.value("note").toString(), QStringLiteral("ann's"));
    QCOMPARE(cloudItem(butter).value("name").toString(), QStringLiteral("Butter"));
    QCOMPARE(cloudItem(cheese).value("removed").toObject().value("reason").toString(),
             QStringLiteral("usedUp"));
    // And a device that slept through all of it catches up to the same list.
    Device ben(m_cloud, m_http->profile(), m_tokens["ben"], m_dir.filePath("ben-2.sqlite"),
               "ben-3");
    ben.sync->start();
    QTRY_COMPARE_WITH_TIMEOUT(ben.quantityOf(yoghurt), 3.0, 10000);
    QVERIFY(ben.sync->items()->find(butter));
    QVERIFY(!ben.sync->items()->find(cheese));
}

QTEST_GUILESS_MAIN(TestInventorySync)
#include "tst_inventorysync.moc"

// SPDX-License-Identifier: MIT
#include "alerts/AlertTopics.h"
#include "board/BoardTopics.h"
#include "broker-plugin/AppAuthorizer.h"
#include "commands/JobTopics.h"
#include "inventory/InventoryTopics.h"
#include "mqtt/ClientIds.h"

#include <QTest>

using larder::cloud::AppAuthorizer;
using Access = AppAuthorizer::Access;

class TestAppAuthorizer : public QObject
{
    Q_OBJECT
private slots:
    void clientIdsAreTheUsersOwn_data()
    {
        QTest::addColumn<QString>("sub");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("allowed");
        const QString ann = "7d2c0f9e-1111-4aaa-8bbb-000000000001";
        QTest::newRow("own") << ann << "app." + ann + ".k3j9" << true;
        QTest::newRow("another user's")
            << ann << "app.7d2c0f9e-1111-4aaa-8bbb-000000000002.k3j9" << false;
        QTest::newRow("a fridge's") << ann << "FRIDGEB" << false;
        QTest::newRow("the service's") << ann << "larder.service" << false;
        QTest::newRow("a tablet's") << ann << "LRD1-kiosk" << false;
        QTest::newRow("prefix without suffix") << ann << "app." + ann + "." << false;
        QTest::newRow("sub as a prefix of a longer sub") << ann << "app." + ann + "0.x" << false;
        QTest::newRow("no sub") << QString() << "app..x" << false;
    }
    void clientIdsAreTheUsersOwn()
    {
        QFETCH(QString, sub);
        QFETCH(QString, clientId);
        QFETCH(bool, allowed);
        QCOMPARE(larder::clientids::isAppOf(sub, clientId), allowed);
    }
    void decides_data()
    {
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("allowed");
        const int sub = int(Access::Subscribe), read = int(Access::Read),
                  write = int(Access::Write);
        QTest::newRow("own answers")
            << sub << "$aws/things/mine/shadow/get/accepted" << QByteArray() << true;
        QTest::newRow("own documents")
            << read << "$aws/things/mine/shadow/update/documents" << QByteArray() << true;
        QTest::newRow("own named")
            << sub << "$aws/things/mine/shadow/name/cam/update/delta" << QByteArray() << true;
        QTest::newRow("own presence")
            << sub << "$aws/events/presence/connected/mine" << QByteArray() << true;
        QTest::newRow("own get") << write << "$aws/things/mine/shadow/get" << QByteArray() << true;
        // The live camera: a viewer writes the viewer's half of a session, well formed, and reads
        // the fridge's; never the other way, another family's fridge, or a wildcard.
        const QString session = "0123456789abcdef0123456789abcdef";
        const QString cam = "larder/things/mine/camera/" + session + "/";
        const QByteArray offer =
            R"({"type":"offer","sdp":"v=0
s=-
m=video 9 UDP/TLS/RTP/SAVPF 96
"})";
        QTest::newRow("camera: own offer") << write << cam + "viewer/offer" << offer << true;
        QTest::newRow("camera: a malformed offer")
            << write << cam + "viewer/offer" << QByteArray(R"({"type":"offer","sdp":"x"})")
            << false;
        QTest::newRow("camera: an offer for another family's fridge")
            << write << "larder/things/theirs/camera/" + session + "/viewer/offer" << offer
            << false;
        QTest::newRow("camera: a viewer cannot answer for the fridge")
            << write << cam + "fridge/answer" << QByteArray(R"({"type":"answer","sdp":"v=0
m=video 9 X 96
"})") << false;
        QTest::newRow("camera: hears the fridge's answer")
            << sub << cam + "fridge/answer" << QByteArray() << true;
        QTest::newRow("camera: does not hear other viewers' offers")
            << sub << cam + "viewer/offer" << QByteArray() << false;
        QTest::newRow("camera: one session's answers")
            << sub << cam + "fridge/+" << QByteArray() << true;
        QTest::newRow("camera: not the viewers' half of a session")
            << sub << cam + "viewer/+" << QByteArray() << false;
        QTest::newRow("camera: not another family's session")
            << sub << "larder/things/theirs/camera/" + session + "/fridge/+" << QByteArray()
            << false;
        QTest::newRow("camera: no wildcard over sessions")
            << sub << "larder/things/mine/camera/+/fridge/+" << QByteArray() << false;
        QTest::newRow("camera: a candidate")
            << write << cam + "viewer/candidate"
            << QByteArray(
                   R"({"candidate":"candidate:1 1 UDP 1 127.0.0.1 5000 typ host","sdpMLineIndex":0})")
            << true;
        QTest::newRow("camera: a keep-alive")
            << write << cam + "viewer/alive" << QByteArray("{}") << true;
        QTest::newRow("camera: a keep-alive that is not JSON")
            << write << cam + "viewer/alive" << QByteArray("\x00junk") << false;
        QTest::newRow("camera: a keep-alive for another family's fridge")
            << write << "larder/things/theirs/camera/" + session + "/viewer/alive"
            << QByteArray("{}") << false;
        QTest::newRow("own desired")
            << write << "$aws/things/mine/shadow/update"
            << QByteArray(R"({"state":{"desired":{"mode":"eco"}}})") << true;
        QTest::newRow("own ingredient changes")
            << sub << "larder/things/mine/ingredients/changes" << QByteArray() << true;
        QTest::newRow("forged ingredient change")
            << write << "larder/things/mine/ingredients/changes" << QByteArray("{}") << false;
        QTest::newRow("other's ingredient changes")
            << sub << "larder/things/theirs/ingredients/changes" << QByteArray() << false;
        QTest::newRow("every fridge's ingredient changes")
            << sub << "larder/things/+/ingredients/changes" << QByteArray() << false;
        QTest::newRow("own family's alerts")
            << sub << "larder/families/fam-1/alerts/changes" << QByteArray() << true;
        QTest::newRow("forged alert")
            << write << "larder/families/fam-1/alerts/changes" << QByteArray("{}") << false;
        QTest::newRow("another family's alerts")
            << sub << "larder/families/fam-2/alerts/changes" << QByteArray() << false;
        QTest::newRow("own shelf photos")
            << sub << "larder/things/mine/ingredients/photos" << QByteArray() << true;
        QTest::newRow("forged shelf photos")
            << write << "larder/things/mine/ingredients/photos" << QByteArray("{}") << false;
        QTest::newRow("other's shelf photos")
            << sub << "larder/things/theirs/ingredients/photos" << QByteArray() << false;
        QTest::newRow("own fridge's commands")
            << sub << "larder/things/mine/commands/changes" << QByteArray() << true;
        QTest::newRow("forged command progress")
            << write << "larder/things/mine/commands/changes" << QByteArray("{}") << false;
        QTest::newRow("other's commands")
            << sub << "larder/things/theirs/commands/changes" << QByteArray() << false;
        QTest::newRow("own fridge's open alerts")
            << sub << "larder/things/mine/alerts/open" << QByteArray() << true;
        QTest::newRow("forged open alerts")
            << write << "larder/things/mine/alerts/open" << QByteArray("{}") << false;
        QTest::newRow("other's open alerts")
            << sub << "larder/things/theirs/alerts/open" << QByteArray() << false;
        QTest::newRow("an app takes a fridge's job")
            << write << "$aws/things/mine/jobs/start-next" << QByteArray("{}") << false;
        QTest::newRow("an app reads a fridge's jobs")
            << sub << "$aws/things/mine/jobs/notify-next" << QByteArray() << false;
        QTest::newRow("ingredient wildcard")
            << read << "larder/things/mine/ingredients/#" << QByteArray() << false;
        QTest::newRow("own family's shopping list")
            << sub << "larder/families/fam-1/shopping/changes" << QByteArray() << true;
        QTest::newRow("own family's shopping change delivered")
            << read << "larder/families/fam-1/shopping/changes" << QByteArray() << true;
        QTest::newRow("forged shopping change")
            << write << "larder/families/fam-1/shopping/changes" << QByteArray("{}") << false;
        QTest::newRow("another family's shopping list")
            << sub << "larder/families/fam-2/shopping/changes" << QByteArray() << false;
        QTest::newRow("own family's board")
            << sub << "larder/families/fam-1/board/changes" << QByteArray() << true;
        QTest::newRow("forged board change")
            << write << "larder/families/fam-1/board/changes" << QByteArray("{}") << false;
        QTest::newRow("another family's board")
            << sub << "larder/families/fam-2/board/changes" << QByteArray() << false;
        QTest::newRow("every family's board")
            << sub << "larder/families/+/board/changes" << QByteArray() << false;
        QTest::newRow("a fridge of one's family: its board feed")
            << sub << "larder/things/mine/board/changes" << QByteArray() << true;
        QTest::newRow("another fridge's board feed")
            << sub << "larder/things/theirs/board/changes" << QByteArray() << false;
        QTest::newRow("every family's shopping list")
            << sub << "larder/families/+/shopping/changes" << QByteArray() << false;
        QTest::newRow("shopping wildcard")
            << sub << "larder/families/fam-1/#" << QByteArray() << false;
        QTest::newRow("a family id with a slash")
            << sub << "larder/families/fam-1/x/shopping/changes" << QByteArray() << false;
        QTest::newRow("the cloud's presence feed")
            << sub << "$larder/presence/event" << QByteArray() << false;
        QTest::newRow("forged presence snapshot")
            << write << "$larder/presence/snapshot" << QByteArray(R"({"connected":["mine"]})")
            << false;
        QTest::newRow("where throttled requests go")
            << sub << "$larder/throttled" << QByteArray() << false;
        QTest::newRow("malformed passes to the service")
            << write << "$aws/things/mine/shadow/update" << QByteArray("{oops") << true;
        QTest::newRow("own reported")
            << write << "$aws/things/mine/shadow/update"
            << QByteArray(R"({"state":{"reported":{"mode":"eco"}}})") << false;
        QTest::newRow("own delete")
            << write << "$aws/things/mine/shadow/delete" << QByteArray() << false;
        QTest::newRow("forge answer")
            << write << "$aws/things/mine/shadow/update/accepted" << QByteArray() << false;
        QTest::newRow("request as read")
            << sub << "$aws/things/mine/shadow/update" << QByteArray() << false;
        QTest::newRow("other's answers")
            << sub << "$aws/things/theirs/shadow/get/accepted" << QByteArray() << false;
        QTest::newRow("other's desired") << write << "$aws/things/theirs/shadow/update"
                                         << QByteArray(R"({"state":{"desired":{}}})") << false;
        QTest::newRow("other's presence")
            << read << "$aws/events/presence/connected/theirs" << QByteArray() << false;
        QTest::newRow("wildcard thing")
            << sub << "$aws/things/+/shadow/get/accepted" << QByteArray() << false;
        QTest::newRow("hash") << sub << "#" << QByteArray() << false;
        QTest::newRow("shadow hash") << sub << "$aws/things/mine/shadow/#" << QByteArray() << false;
        QTest::newRow("sys") << sub << "$SYS/broker/log/N" << QByteArray() << false;
        QTest::newRow("presence wildcard")
            << sub << "$aws/events/presence/+/+" << QByteArray() << false;
        QTest::newRow("presence publish")
            << write << "$aws/events/presence/connected/mine" << QByteArray() << false;
    }
    void decides()
    {
        QFETCH(int, access);
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(bool, allowed);
        const auto mine = [](const QString &thing) { return thing == QStringLiteral("mine"); };
        const auto ours = [](const QString &family) { return family == QStringLiteral("fam-1"); };
        QCOMPARE(AppAuthorizer::allowed(Access(access), topic, payload, mine, ours), allowed);
        // Without a family check (the door tablet), no family's topic.
        if (topic.startsWith("larder/families/"))
            QVERIFY(!AppAuthorizer::allowed(Access(access), topic, payload, mine));
    }

    void supportStaff_data()
    {
        // "looked" has a read-only consent, "fixed" one that allows writes, "other" none.
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("allowed");
        const int sub = int(Access::Subscribe), read = int(Access::Read),
                  write = int(Access::Write);
        const QByteArray desired(R"({"state":{"desired":{"mode":"eco"}}})");
        QTest::newRow("consented answers")
            << sub << "$aws/things/looked/shadow/get/accepted" << QByteArray() << true;
        QTest::newRow("consented deltas")
            << read << "$aws/things/looked/shadow/update/delta" << QByteArray() << true;
        QTest::newRow("consented documents")
            << sub << "$aws/things/looked/shadow/update/documents" << QByteArray() << true;
        QTest::newRow("consented named shadow")
            << sub << "$aws/things/looked/shadow/name/cam/update/delta" << QByteArray() << true;
        QTest::newRow("consented presence")
            << sub << "$aws/events/presence/disconnected/looked" << QByteArray() << true;
        QTest::newRow("consented get")
            << write << "$aws/things/looked/shadow/get" << QByteArray() << true;
        QTest::newRow("read-only consent, desired")
            << write << "$aws/things/looked/shadow/update" << desired << false;
        QTest::newRow("writes consented, desired")
            << write << "$aws/things/fixed/shadow/update" << desired << true;
        QTest::newRow("writes consented, reported")
            << write << "$aws/things/fixed/shadow/update"
            << QByteArray(R"({"state":{"reported":{"mode":"eco"}}})") << false;
        QTest::newRow("writes consented, delete")
            << write << "$aws/things/fixed/shadow/delete" << QByteArray() << false;
        QTest::newRow("forged answer")
            << write << "$aws/things/fixed/shadow/get/accepted" << QByteArray("{}") << false;
        QTest::newRow("no consent, answers")
            << sub << "$aws/things/other/shadow/get/accepted" << QByteArray() << false;
        QTest::newRow("no consent, get")
            << write << "$aws/things/other/shadow/get" << QByteArray() << false;
        QTest::newRow("no consent, presence")
            << sub << "$aws/events/presence/connected/other" << QByteArray() << false;
        QTest::newRow("wildcard") << sub << "$aws/things/+/shadow/update/documents" << QByteArray()
                                  << false;
        // A family's data, with consent or without.
        QTest::newRow("ingredients")
            << sub << larder::inventory::topics::changes("looked") << QByteArray() << false;
        QTest::newRow("shelf photos")
            << sub << larder::inventory::topics::shelfPhotos("looked") << QByteArray() << false;
        QTest::newRow("commands") << sub << larder::commands::topics::changes("looked")
                                  << QByteArray() << false;
        QTest::newRow("open alerts")
            << sub << larder::alerts::topics::thingOpen("looked") << QByteArray() << false;
        QTest::newRow("family feed")
            << sub << larder::alerts::topics::familyChanges("fam-1") << QByteArray() << false;
        QTest::newRow("board") << sub << larder::board::topics::thingChanges("looked")
                               << QByteArray() << false;
    }
    void supportStaff()
    {
        QFETCH(int, access);
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(bool, allowed);
        using Consent = AppAuthorizer::Consent;
        const auto consent = [](const QString &thing) {
            return thing == u"fixed"    ? Consent::ReadWrite
                   : thing == u"looked" ? Consent::Read
                                        : Consent::None;
        };
        QCOMPARE(AppAuthorizer::staffAllowed(Access(access), topic, payload, consent), allowed);
    }
};

QTEST_GUILESS_MAIN(TestAppAuthorizer)
#include "tst_appauthorizer.moc"

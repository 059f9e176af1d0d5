// SPDX-License-Identifier: MIT
// What each kind of certificate may do on the device listener, and the internal routes that
// keep provisioning answers to the connection that asked.
#include "broker-plugin/DeviceAuthorizer.h"
#include "common/ProvisioningRoutes.h"

#include <QTest>

using namespace larder::cloud;
using Access = DeviceAuthorizer::Access;
using Kind = DeviceIdentity::Kind;

class TestDeviceAuthorizer : public QObject
{
    Q_OBJECT
private slots:
    void decides_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("access");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("forMe");
        QTest::addColumn<bool>("allowed");
        const int sub = int(Access::Subscribe), read = int(Access::Read),
                  write = int(Access::Write);
        const int claim = int(Kind::Claim), pending = int(Kind::Pending),
                  appliance = int(Kind::Appliance), kiosk = int(Kind::Kiosk),
                  refused = int(Kind::Refused), service = int(Kind::Service);
        const QString csr = "$aws/certificates/create-from-csr/json";
        const QString provision = "$aws/provisioning-templates/larder-fridge/provision/json";
        const QByteArray none;
        const QByteArray reported(R"({"state":{"reported":{"mode":"eco"}}})");
        const QByteArray desired(R"({"state":{"desired":{"mode":"eco"}}})");

        QTest::newRow("claim asks for a certificate")
            << claim << write << csr << none << false << true;
        QTest::newRow("claim subscribes to answers")
            << claim << sub << csr + "/accepted" << none << false << true;
        QTest::newRow("claim reads its own answer")
            << claim << read << csr + "/accepted" << none << true << true;
        QTest::newRow("claim cannot read another's answer")
            << claim << read << csr + "/accepted" << none << false << false;
        QTest::newRow("claim provisions") << claim << write << provision << none << false << true;
        QTest::newRow("claim cannot forge an answer")
            << claim << write << provision + "/accepted" << none << false << false;
        QTest::newRow("claim reaches no shadow")
            << claim << sub << "$aws/things/LRD1/shadow/get/accepted" << none << false << false;
        QTest::newRow("claim, wildcard") << claim << sub << "$aws/#" << none << false << false;
        QTest::newRow("claim, CreateKeysAndCertificate (keys would leave the cloud)")
            << claim << write << "$aws/certificates/create/json" << none << false << false;

        QTest::newRow("pending reaches no shadow")
            << pending << sub << "$aws/things/LRD1/shadow/get/accepted" << none << false << false;
        QTest::newRow("pending cannot provision again")
            << pending << write << csr << none << false << false;

        const QString list = "larder/things/LRD1/ingredients/";
        QTest::newRow("appliance reports what its cameras saw")
            << appliance << write << list + "recognition" << none << false << true;
        QTest::newRow("appliance, another fridge's cameras")
            << appliance << write << "larder/things/LRD2/ingredients/recognition" << none << false
            << false;
        QTest::newRow("appliance cannot write the feed")
            << appliance << write << list + "changes" << none << false << false;
        QTest::newRow("appliance cannot ask as the tablet")
            << appliance << write << list + "request" << none << false << false;
        // Commands over the AWS IoT Jobs topics: its own requests out, answers and
        // notifications in; nothing of another fridge's, and never an answer of its own.
        const QString jobs = "$aws/things/LRD1/jobs/";
        QTest::newRow("appliance starts its next job")
            << appliance << write << jobs + "start-next" << none << false << true;
        QTest::newRow("appliance updates its job")
            << appliance << write << jobs + "c-1/update" << none << false << true;
        QTest::newRow("appliance asks for its next job")
            << appliance << write << jobs + "$next/get" << none << false << true;
        QTest::newRow("appliance hears start-next's answer")
            << appliance << sub << jobs + "start-next/accepted" << none << false << true;
        QTest::newRow("appliance hears notify-next")
            << appliance << read << jobs + "notify-next" << none << false << true;
        QTest::newRow("appliance cannot forge notify-next")
            << appliance << write << jobs + "notify-next" << none << false << false;
        QTest::newRow("appliance cannot forge an answer")
            << appliance << write << jobs + "c-1/update/accepted" << none << false << false;
        QTest::newRow("appliance, another fridge's jobs")
            << appliance << write << "$aws/things/LRD2/jobs/start-next" << none << false << false;
        QTest::newRow("appliance, another fridge's notifications")
            << appliance << sub << "$aws/things/LRD2/jobs/notify-next" << none << false << false;
        QTest::newRow("appliance, every job")
            << appliance << sub << jobs + "#" << none << false << false;
        QTest::newRow("tablet cannot take the fridge's jobs")
            << kiosk << write << jobs + "start-next" << none << false << false;
        QTest::newRow("tablet asks for a change")
            << kiosk << write << list + "request" << none << false << true;
        QTest::newRow("tablet hears the answers")
            << kiosk << sub << list + "request/accepted" << none << false << true;
        QTest::newRow("tablet follows the feed")
            << kiosk << sub << list + "changes" << none << false << true;
        QTest::newRow("tablet cannot forge an answer")
            << kiosk << write << list + "request/accepted" << none << false << false;
        QTest::newRow("tablet cannot pose as the cameras")
            << kiosk << write << list + "recognition" << none << false << false;
        QTest::newRow("tablet, another fridge's list")
            << kiosk << write << "larder/things/LRD2/ingredients/request" << none << false << false;
        const QString shopping = "larder/things/LRD1/shopping/";
        QTest::newRow("tablet changes the family's shopping list")
            << kiosk << write << shopping + "request" << none << false << true;
        QTest::newRow("tablet hears the shopping answers")
            << kiosk << sub << shopping + "request/rejected" << none << false << true;
        QTest::newRow("tablet follows the shopping feed")
            << kiosk << sub << shopping + "changes" << none << false << true;
        QTest::newRow("tablet cannot write the shopping feed")
            << kiosk << write << shopping + "changes" << none << false << false;
        QTest::newRow("tablet cannot forge a shopping answer")
            << kiosk << write << shopping + "request/accepted" << none << false << false;
        QTest::newRow("tablet, another fridge's shopping list")
            << kiosk << write << "larder/things/LRD2/shopping/request" << none << false << false;
        QTest::newRow("tablet, another fridge's shopping feed")
            << kiosk << sub << "larder/things/LRD2/shopping/changes" << none << false << false;
        QTest::newRow("tablet, no shopping wildcard")
            << kiosk << sub << "larder/things/+/shopping/changes" << none << false << false;
        QTest::newRow("tablet, not the family's topic")
            << kiosk << sub << "larder/families/fam-1/shopping/changes" << none << false << false;
        QTest::newRow("tablet asks for its fridge's temperatures")
            << kiosk << write << "larder/things/LRD1/history/request" << none << false << true;
        QTest::newRow("tablet hears the temperatures")
            << kiosk << sub << "larder/things/LRD1/history/request/accepted" << none << false
            << true;
        QTest::newRow("tablet, another fridge's temperatures")
            << kiosk << write << "larder/things/LRD2/history/request" << none << false << false;
        QTest::newRow("tablet cannot answer for the history")
            << kiosk << write << "larder/things/LRD1/history/request/accepted" << none << false
            << false;
        QTest::newRow("appliance reads no charts")
            << appliance << write << "larder/things/LRD1/history/request" << none << false << false;
        QTest::newRow("appliance cannot touch the shopping list")
            << appliance << write << shopping + "request" << none << false << false;
        const QString media = "larder/things/LRD1/media/";
        for (const auto &[who, name] : {std::pair{appliance, "appliance"}, {kiosk, "tablet"}}) {
            const QByteArray row = QByteArray(name) + ", media: ";
            QTest::newRow(row + "asks for a URL")
                << who << write << media + "request" << none << false << true;
            QTest::newRow(row + "hears its answers")
                << who << sub << media + "request/accepted" << none << false << true;
            QTest::newRow(row + "hears its refusals")
                << who << read << media + "request/rejected" << none << false << true;
            QTest::newRow(row + "cannot forge an answer")
                << who << write << media + "request/accepted" << none << false << false;
            QTest::newRow(row + "cannot ask for another fridge")
                << who << write << "larder/things/LRD2/media/request" << none << false << false;
            QTest::newRow(row + "cannot hear another fridge's answers")
                << who << sub << "larder/things/LRD2/media/request/accepted" << none << false
                << false;
            QTest::newRow(row + "no wildcard")
                << who << sub << "larder/things/+/media/request/accepted" << none << false << false;
        }
        const QString board = "larder/things/LRD1/board/";
        QTest::newRow("tablet posts on the board")
            << kiosk << write << board + "request" << none << false << true;
        QTest::newRow("tablet hears its board answers")
            << kiosk << sub << board + "request/accepted" << none << false << true;
        QTest::newRow("tablet reads its fridge's board feed")
            << kiosk << sub << board + "changes" << none << false << true;
        QTest::newRow("tablet cannot write the board feed")
            << kiosk << write << board + "changes" << none << false << false;
        QTest::newRow("tablet, another fridge's board")
            << kiosk << sub << "larder/things/LRD2/board/changes" << none << false << false;
        QTest::newRow("tablet, a family's board feed")
            << kiosk << sub << "larder/families/fam-1/board/changes" << none << false << false;
        QTest::newRow("appliance posts nothing on the board")
            << appliance << write << board + "request" << none << false << false;
        QTest::newRow("appliance reports")
            << appliance << write << "$aws/things/LRD1/shadow/update" << reported << false << true;
        QTest::newRow("appliance reads its delta")
            << appliance << sub << "$aws/things/LRD1/shadow/update/delta" << none << false << true;
        QTest::newRow("appliance, another fridge")
            << appliance << sub << "$aws/things/LRD2/shadow/update/delta" << none << false << false;
        QTest::newRow("appliance cannot answer")
            << appliance << write << "$aws/things/LRD1/shadow/update/accepted" << none << false
            << false;

        QTest::newRow("kiosk writes desired")
            << kiosk << write << "$aws/things/LRD1/shadow/update" << desired << false << true;
        QTest::newRow("kiosk cannot report")
            << kiosk << write << "$aws/things/LRD1/shadow/update" << reported << false << false;
        QTest::newRow("kiosk reads documents")
            << kiosk << read << "$aws/things/LRD1/shadow/update/documents" << none << false << true;
        QTest::newRow("kiosk, presence of its fridge")
            << kiosk << sub << "$aws/events/presence/connected/LRD1" << none << false << true;
        QTest::newRow("kiosk, another fridge")
            << kiosk << sub << "$aws/things/LRD2/shadow/get/accepted" << none << false << false;

        QTest::newRow("revoked") << refused << sub << "$aws/things/LRD1/shadow/get/accepted" << none
                                 << false << false;
        QTest::newRow("service") << service << sub
                                 << "$larder/prov/+/+/certificates/create-from-csr/json" << none
                                 << false << true;

        const int development = int(Kind::Development);
        QTest::newRow("development reads any shadow's answers")
            << development << sub << "$aws/things/LRD9/shadow/update/documents" << none << false
            << true;
        QTest::newRow("development sends requests")
            << development << write << "$aws/things/LRD9/shadow/update" << desired << false << true;
        QTest::newRow("development sees presence")
            << development << sub << "$aws/events/presence/connected/LRD9" << none << false << true;
        QTest::newRow("development cannot answer for the service")
            << development << write << "$aws/things/LRD9/shadow/update/accepted" << none << false
            << false;
        QTest::newRow("development cannot forge presence")
            << development << write << "$aws/events/presence/connected/LRD9" << none << false
            << false;
        QTest::newRow("development, wildcard")
            << development << sub << "$aws/things/+/shadow/#" << none << false << false;
        QTest::newRow("development, provisioning")
            << development << write << csr << none << false << false;
        QTest::newRow("development, the cloud's presence feed")
            << development << sub << "$larder/presence/event" << none << false << false;
        QTest::newRow("appliance, the cloud's presence feed")
            << appliance << write << "$larder/presence/snapshot" << none << false << false;
        QTest::newRow("kiosk, the cloud's presence feed")
            << kiosk << sub << "$larder/presence/event" << none << false << false;

        // The live camera: the appliance hears its viewers' halves and writes its own, well
        // formed; the door tablet is a viewer of its own fridge.
        const QString session = "0123456789abcdef0123456789abcdef";
        const QString cam = "larder/things/LRD1/camera/" + session + "/";
        const QByteArray answer =
            R"({"type":"answer","sdp":"v=0\r\ns=-\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"})";
        QTest::newRow("appliance hears its viewers")
            << appliance << sub << "larder/things/LRD1/camera/+/viewer/+" << none << false << true;
        QTest::newRow("appliance hears no other fridge's viewers")
            << appliance << sub << "larder/things/LRD2/camera/+/viewer/+" << none << false << false;
        QTest::newRow("appliance, a wider wildcard")
            << appliance << sub << "larder/things/LRD1/camera/#" << none << false << false;
        QTest::newRow("appliance reads a viewer's offer")
            << appliance << read << cam + "viewer/offer" << none << false << true;
        QTest::newRow("appliance answers")
            << appliance << write << cam + "fridge/answer" << answer << false << true;
        QTest::newRow("appliance, a malformed answer")
            << appliance << write << cam + "fridge/answer" << QByteArray("{}") << false << false;
        QTest::newRow("appliance cannot offer as a viewer")
            << appliance << write << cam + "viewer/offer" << answer << false << false;
        QTest::newRow("appliance refuses with a sentence")
            << appliance << write << cam + "fridge/refused"
            << QByteArray(R"({"reason":"Three people are watching already."})") << false << true;
        QTest::newRow("kiosk views its own fridge")
            << kiosk << sub << cam + "fridge/answer" << none << false << true;
        QTest::newRow("kiosk views no other fridge")
            << kiosk << sub << "larder/things/LRD2/camera/" + session + "/fridge/answer" << none
            << false << false;
    }
    void decides()
    {
        QFETCH(int, kind);
        QFETCH(int, access);
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(bool, forMe);
        QFETCH(bool, allowed);
        const DeviceIdentity identity{Kind(kind), QStringLiteral("LRD1")};
        QCOMPARE(DeviceAuthorizer::allowed(identity, Access(access), topic, payload, forMe),
                 allowed);
    }
    void connects_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("commonName");
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<bool>("allowed");
        const int claim = int(Kind::Claim), pending = int(Kind::Pending),
                  appliance = int(Kind::Appliance), kiosk = int(Kind::Kiosk),
                  refused = int(Kind::Refused), service = int(Kind::Service),
                  development = int(Kind::Development);
        // The identity's thing is LRD1 in every row.
        QTest::newRow("fridge as itself") << appliance << "lc-1"
                                          << "LRD1" << true;
        QTest::newRow("fridge as another fridge") << appliance << "lc-1"
                                                  << "FRIDGEB" << false;
        QTest::newRow("fridge as the service") << appliance << "lc-1"
                                               << "larder.service" << false;
        QTest::newRow("fridge as its tablet") << appliance << "lc-1"
                                              << "LRD1-kiosk" << false;
        QTest::newRow("tablet as itself") << kiosk << "lc-2"
                                          << "LRD1-kiosk" << true;
        QTest::newRow("tablet as its fridge") << kiosk << "lc-2"
                                              << "LRD1" << false;
        QTest::newRow("pending, even as itself") << pending << "lc-3"
                                                 << "LRD1-kiosk" << false;
        QTest::newRow("revoked, even as itself") << refused << "lc-4"
                                                 << "LRD1-kiosk" << false;
        QTest::newRow("claim as itself") << claim << "claim-LRD1"
                                         << "claim-LRD1" << true;
        QTest::newRow("claim with a suffix") << claim << "claim-LRD1"
                                             << "claim-LRD1.x7" << true;
        QTest::newRow("claim, empty suffix") << claim << "claim-LRD1"
                                             << "claim-LRD1." << false;
        QTest::newRow("claim as another claim") << claim << "claim-LRD1"
                                                << "claim-LRD12.x" << false;
        QTest::newRow("claim as the fridge") << claim << "claim-LRD1"
                                             << "LRD1" << false;
        QTest::newRow("service as itself") << service << "larder.service"
                                           << "larder.service" << true;
        QTest::newRow("service tool") << service << "larder.service"
                                      << "larder.service.t" << true;
        QTest::newRow("service as a fridge") << service << "larder.service"
                                             << "LRD1" << false;
        QTest::newRow("development as itself") << development << "larder.dev-app"
                                               << "larder.dev-app.e2e" << true;
        QTest::newRow("development as the service") << development << "larder.dev-app"
                                                    << "larder.service" << false;
    }
    void connects()
    {
        QFETCH(int, kind);
        QFETCH(QString, commonName);
        QFETCH(QString, clientId);
        QFETCH(bool, allowed);
        const DeviceIdentity identity{Kind(kind), QStringLiteral("LRD1")};
        QCOMPARE(DeviceAuthorizer::mayConnect(identity, commonName, clientId), allowed);
    }
    void routesRoundTrip()
    {
        const QString client = "kiosk/odd+client#id"; // MQTT allows these in client ids
        const QString csr = "$aws/certificates/create-from-csr/json";
        const QString internal = routes::requestTopic(csr, client, "claim-LRD1");
        QVERIFY(!internal.contains("kiosk/")); // one topic level, whatever the id holds
        const auto request = routes::parseRequest(internal);
        QVERIFY(request);
        QCOMPARE(request->client, client);
        QCOMPARE(request->identity, QStringLiteral("claim-LRD1"));
        QCOMPARE(request->awsTopic, csr);
        const auto answer = routes::parseAnswer(routes::answerTopic(*request, "accepted"));
        QVERIFY(answer);
        QCOMPARE(answer->first, client);
        QCOMPARE(answer->second, csr + "/accepted");

        const QString provision = "$aws/provisioning-templates/larder-fridge/provision/json";
        QCOMPARE(routes::parseRequest(routes::requestTopic(provision, "c", "i"))->awsTopic,
                 provision);
        QVERIFY(routes::requestTopic("$aws/things/x/shadow/get", "c", "i").isEmpty());
        QVERIFY(routes::requestTopic("$aws/provisioning-templates/a/b/provision/json", "c", "i")
                    .isEmpty());
        QVERIFY(!routes::parseRequest("$larder/prov/zz/zz/certificates/create-from-csr/json"));
        QVERIFY(!routes::parseAnswer("$larder/answer/6162/things/x/shadow/get/accepted"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceAuthorizer)
#include "tst_deviceauthorizer.moc"

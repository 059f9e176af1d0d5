// SPDX-License-Identifier: MIT
// The live camera through a TURN relay (the internet case) against a live larder-cloud that runs
// Debian's coturn (`serve --turn-port`): the profile names the relay without any credential; a
// member's app gets a short-lived one for itself over REST (an outsider gets 404), a device over
// its MQTT media requests; a viewer that may use only the relay gets the shelf live through it;
// a forged credential gets no picture.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "camera/LiveCamera.h"
#include "mqtt/ClientIds.h"
#include "mqtt/MqttClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTest>
#include <QUrl>

using larder::camera::LiveCamera;

namespace {
const QString kThing = QStringLiteral("turn-fridge");
}

class TestLiveTurn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theProfileNamesTheRelayWithoutACredential();
    void membersAndDevicesGetTheirOwnCredential();
    void aViewerSeesTheShelfThroughTheRelayOnly();
    void aForgedCredentialGetsNoPicture();

private:
    /// A member's live view whose ICE servers are @p urls (what the app's provider would give).
    std::unique_ptr<LiveCamera> relayOnlyView(const QStringList &urls)
    {
        auto view = std::make_unique<LiveCamera>(&m_phone, kThing,
                                                 larder::camera::WebRtcPeer::IceServers{});
        view->setRelayOnly(true);
        view->setIceProvider([urls](QObject *, auto done) { done(urls); });
        return view;
    }
    QStringList iceServersOf(const QString &who)
    {
        const auto answer =
            m_http->api("GET", "/devices/" + kThing + "/camera/ice-servers", {}, m_tokens[who]);
        return answer.status == 200 ? LiveCamera::iceServersIn(answer.body) : QStringList{};
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    int m_turnPort = 0;
    QProcess *m_fridge = nullptr;
    larder::mqtt::MqttClient m_phone;
};

void TestLiveTurn::initTestCase()
{
    m_turnPort = CloudFixture::freePort();
    m_cloud.setServeOptions({"--turn-port", QString::number(m_turnPort)});
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    const QString family = m_http->createFamily("Home", m_tokens["ann"]);
    QVERIFY(!m_http->createFamily("Next door", m_tokens["eve"]).isEmpty());
    for (const QString &thing : {kThing, QStringLiteral("turn-door")}) {
        QVERIFY(m_cloud.deviceCert(thing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", family}));
    }
    m_fridge = m_cloud.startFridge(kThing, {"--camera-size", "640x360"});
    QVERIFY(m_fridge && m_fridge->waitForStarted());
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    m_phone.setSettings(
        m_cloud.accountSettings(larder::clientids::app(sub, "turn"), m_tokens["ann"]));
    m_phone.connectToHost();
    QVERIFY(QTest::qWaitFor(
        [this] { return m_phone.state() == larder::mqtt::MqttClient::Connected; }, 10000));
    QTest::qWait(1500);
}

void TestLiveTurn::theProfileNamesTheRelayWithoutACredential()
{
    const QJsonArray servers = m_http->profile().value("iceServers").toArray();
    QCOMPARE(servers.size(), 1);
    QCOMPARE(servers.at(0).toString(), QString("turn://127.0.0.1:%1").arg(m_turnPort));
    QVERIFY(LiveCamera::relayFromCloud({servers.at(0).toString()}));
}

void TestLiveTurn::membersAndDevicesGetTheirOwnCredential()
{
    const QStringList mine = iceServersOf("ann");
    QCOMPARE(mine.size(), 1);
    const QUrl url(mine.first());
    QCOMPARE(url.scheme(), "turn");
    QCOMPARE(url.port(), m_turnPort);
    // The TURN REST API's user name: when it expires, then a number that says nothing of her.
    const QStringList user = url.userName().split(u':');
    QCOMPARE(user.size(), 2);
    const qint64 expiry = user.first().toLongLong();
    QVERIFY(expiry > QDateTime::currentSecsSinceEpoch() + 3500);
    QVERIFY(expiry <= QDateTime::currentSecsSinceEpoch() + 3600);
    QVERIFY(!url.password().isEmpty());
    // Not a fridge of hers: nothing, as for any other fridge of another family.
    QCOMPARE(m_http->api("GET", "/devices/" + kThing + "/camera/ice-servers", {}, m_tokens["eve"])
                 .status,
             404);
    // A device asks over its own connection, with its certificate (the door tablet does so;
    // here a second fridge of the family): a credential of its own.
    const QString door = QStringLiteral("turn-door");
    MqttPeer device(m_cloud.deviceSettings(door));
    QVERIFY(device.connect());
    const QString topic = "larder/things/" + door + "/media/request";
    QVERIFY(device.subscribe(topic + "/accepted"));
    QVERIFY(device.subscribe(topic + "/rejected"));
    const auto answer = device.request(topic, {{"op", "ice"}});
    QVERIFY(answer);
    QCOMPARE(answer->first, "accepted");
    const QStringList its = LiveCamera::iceServersIn(answer->second);
    QCOMPARE(its.size(), 1);
    QVERIFY(QUrl(its.first()).userName() != url.userName());
}

void TestLiveTurn::aViewerSeesTheShelfThroughTheRelayOnly()
{
    auto view = relayOnlyView(iceServersOf("ann"));
    view->start();
    QTRY_VERIFY_WITH_TIMEOUT(view->status() == LiveCamera::Live, 20000);
    const QDateTime seen = view->capturedAt();
    QTRY_VERIFY_WITH_TIMEOUT(view->capturedAt() > seen, 5000);
    qInfo() << "through the relay: first frame after" << view->firstFrameMs() << "ms,"
            << view->latencyMs() << "ms behind";
    view->stop();
}

void TestLiveTurn::aForgedCredentialGetsNoPicture()
{
    QUrl url(iceServersOf("ann").value(0));
    url.setPassword(QStringLiteral("Zm9yZ2VkLXBhc3N3b3Jk"));
    auto view = relayOnlyView({url.toString()});
    view->start();
    QTest::qWait(10000);
    QVERIFY(view->status() != LiveCamera::Live && view->status() != LiveCamera::Dark);
    view->stop();
}

QTEST_MAIN(TestLiveTurn)
#include "tst_liveturn.moc"

// SPDX-License-Identifier: MIT
// The live camera against a live larder-cloud (its broker and the broker plugin) and a simulated
// fridge: a member's app (camera::LiveCamera on the app's MQTT connection) receives frames whose
// stamped capture time advances; an outsider's offer is refused at the broker and never reaches
// the fridge; three viewers at once and the fourth refused with a sentence, the last one leaving
// stops the encoding; malformed signalling and a flood of offers leave the fridge up and
// serving; a dark shelf is said to be dark; the picture rides out a broker restart and comes back
// after the fridge restarts; a removed member's running stream stops within seconds.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "camera/CameraSignals.h"
#include "camera/LiveCamera.h"
#include "camera/StreamReceiver.h"
#include "mqtt/ClientIds.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using larder::camera::LiveCamera;
namespace signalling = larder::camera::signalling;

namespace {
const QString kThing = QStringLiteral("live-fridge");
const QString kFloodThing = QStringLiteral("flood-fridge");
const QString kDarkThing = QStringLiteral("dark-fridge");
const QStringList kSmallVideo{"--camera-size", "640x360"};

/// One app watching: its own MQTT connection, as the owner app has, and its live view.
struct Viewer
{
    Viewer(CloudFixture &cloud, const QString &token, const QString &name, const QString &thing)
    {
        const QString sub = larder::auth::AuthTokens::claimsOf(token).value("sub").toString();
        mqtt.setSettings(cloud.accountSettings(larder::clientids::app(sub, name), token));
        mqtt.connectToHost();
        camera =
            std::make_unique<LiveCamera>(&mqtt, thing, larder::camera::WebRtcPeer::IceServers{});
    }
    bool connected()
    {
        return QTest::qWaitFor(
            [this] { return mqtt.state() == larder::mqtt::MqttClient::Connected; }, 10000);
    }
    bool live() const
    {
        return camera->status() == LiveCamera::Live || camera->status() == LiveCamera::Dark;
    }
    larder::mqtt::MqttClient mqtt;
    std::unique_ptr<LiveCamera> camera;
};

QString session(int n)
{
    return QStringLiteral("%1").arg(n, 32, 10, QLatin1Char('0'));
}
} // namespace

class TestLiveCamera : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aMemberSeesTheShelfLiveAndItsClockAdvances();
    void anOutsidersOfferIsRefusedAtTheBroker();
    void threeViewersAtOnceTheFourthIsToldWhy();
    void malformedSignallingLeavesTheFridgeServing();
    void aFloodOfOffersIsLeftUnanswered();
    void aFridgeWhoseLightIsOffShowsADarkShelfAndSaysSo();
    void theViewerRidesOutABrokerRestartAndAFridgeRestart();
    void aRemovedMembersStreamStopsWithinSeconds();

private:
    /// The fridge process's CPU seconds over @p ms.
    double cpuOver(QProcess *fridge, int ms)
    {
        const double before = CloudFixture::cpuSeconds(fridge->processId());
        QTest::qWait(ms);
        return CloudFixture::cpuSeconds(fridge->processId()) - before;
    }
    /// A real offer's SDP, made by a viewer's WebRTC end (for raw offers).
    QString realOffer()
    {
        larder::camera::StreamReceiver receiver({});
        QString sdp;
        QObject::connect(&receiver, &larder::camera::WebRtcPeer::localDescription, this,
                         [&](const QString &, const QString &text) { sdp = text; });
        receiver.start();
        (void)QTest::qWaitFor([&] { return !sdp.isEmpty(); }, 5000);
        return sdp;
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QProcess *m_fridge = nullptr;
    QProcess *m_floodFridge = nullptr;
};

void TestLiveCamera::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(!m_family.isEmpty());
    QVERIFY(!m_http->createFamily("Next door", m_tokens["eve"]).isEmpty());
    for (const QString &thing : {kThing, kFloodThing, kDarkThing}) {
        QVERIFY(m_cloud.deviceCert(thing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", m_family}));
    }
    m_fridge = m_cloud.startFridge(kThing, kSmallVideo);
    m_floodFridge = m_cloud.startFridge(kFloodThing, kSmallVideo);
    QVERIFY(m_fridge && m_fridge->waitForStarted());
    QVERIFY(m_floodFridge && m_floodFridge->waitForStarted());
    QTest::qWait(1500); // connected and subscribed
}

void TestLiveCamera::aMemberSeesTheShelfLiveAndItsClockAdvances()
{
    Viewer ann(m_cloud, m_tokens["ann"], "cam-ann", kThing);
    QVERIFY(ann.connected());
    // Nothing is encoded while nobody watches.
    QVERIFY2(cpuOver(m_fridge, 1500) < 0.15, "an idle fridge encodes nothing");
    ann.camera->setCamera("middle");
    ann.camera->start();
    QCOMPARE(ann.camera->status(), LiveCamera::Connecting);
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 15000);
    QCOMPARE(ann.camera->status(), LiveCamera::Live);
    QVERIFY(ann.camera->message().isEmpty());
    QVERIFY(ann.camera->firstFrameMs() > 0);
    qInfo() << "first frame after" << ann.camera->firstFrameMs() << "ms";
    QList<QDateTime> seen;
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(400);
        seen.append(ann.camera->capturedAt());
    }
    for (qsizetype i = 1; i < seen.size(); ++i)
        QVERIFY2(seen[i] > seen[i - 1], "the decoded capture time advances");
    QVERIFY(ann.camera->frames() >= 15);
    QVERIFY(ann.camera->latencyMs() >= 0 && ann.camera->latencyMs() < 1000);
    qInfo() << "glass-to-glass median" << ann.camera->latencyMs() << "ms";
    // Another shelf: the same session switches.
    const double before = ann.camera->frames();
    ann.camera->setCamera("top");
    QTRY_VERIFY_WITH_TIMEOUT(ann.live() && ann.camera->frames() > before + 10, 15000);
    // The app goes to the background: the stream stops; back in front, it starts again.
    ann.camera->setAppActive(false);
    QCOMPARE(ann.camera->status(), LiveCamera::Off);
    QTest::qWait(1000);
    QVERIFY2(cpuOver(m_fridge, 1500) < 0.15, "nothing is encoded while the app is away");
    ann.camera->setAppActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 15000);
    ann.camera->stop();
    QCOMPARE(ann.camera->status(), LiveCamera::Off);
    ann.camera->setAppActive(true); // stopped by the user: coming back does not restart it
    QCOMPARE(ann.camera->status(), LiveCamera::Off);
}

void TestLiveCamera::anOutsidersOfferIsRefusedAtTheBroker()
{
    // Eve, of another family, writes an offer for Home's fridge: the broker drops it (its
    // plugin), so the fridge never answers; her own family's topics are all she may use.
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer eve(m_cloud.accountSettings(larder::clientids::app(sub, "cam-eve"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    const QString s = session(7);
    QVERIFY(!eve.subscribe(signalling::readFilter(kThing, s, signalling::Side::Viewer)));
    QSignalSpy acks(&eve.client, &larder::mqtt::MqttClient::published);
    const QJsonObject offer{{"type", "offer"}, {"sdp", realOffer()}};
    eve.client.publish(
        signalling::topic(kThing, s, signalling::Side::Viewer, signalling::Kind::Offer),
        QJsonDocument(offer).toJson(QJsonDocument::Compact));
    QTRY_COMPARE_WITH_TIMEOUT(acks.size(), 1, 5000);
    QVERIFY2(acks.at(0).at(1).toInt() >= 0x80, "the broker refuses the outsider's offer");
    // Ann, listening on that session's answers, hears nothing from the fridge.
    Viewer ann(m_cloud, m_tokens["ann"], "cam-ann-listen", kThing);
    QVERIFY(ann.connected());
    QSignalSpy heard(&ann.mqtt, &larder::mqtt::MqttClient::messageReceived);
    ann.mqtt.subscribe(signalling::readFilter(kThing, s, signalling::Side::Viewer));
    QTest::qWait(2000);
    QCOMPARE(heard.size(), 0);
    QVERIFY(cpuOver(m_fridge, 1000) < 0.15);
}

void TestLiveCamera::threeViewersAtOnceTheFourthIsToldWhy()
{
    std::vector<std::unique_ptr<Viewer>> viewers;
    for (const auto &[who, name] : {std::pair{"ann", "cam-a1"}, std::pair{"ann", "cam-a2"},
                                    std::pair{"ben", "cam-b1"}, std::pair{"ben", "cam-b2"}}) {
        viewers.push_back(std::make_unique<Viewer>(m_cloud, m_tokens[who], name, kThing));
        QVERIFY(viewers.back()->connected());
    }
    for (int i = 0; i < 3; ++i)
        viewers[i]->camera->start();
    for (int i = 0; i < 3; ++i)
        QTRY_VERIFY_WITH_TIMEOUT(viewers[i]->live(), 15000);
    viewers[3]->camera->start();
    QTRY_COMPARE_WITH_TIMEOUT(viewers[3]->camera->status(), LiveCamera::Busy, 10000);
    QVERIFY(viewers[3]->camera->message().contains("watching"));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(viewers[i]->live(), "the three keep watching");
    const double busy = cpuOver(m_fridge, 2000);
    qInfo() << "fridge CPU with three 640x360 viewers:" << busy / 2 * 100 << "% of a core";
    QVERIFY(busy > 0.05);
    // One leaves: the fourth may come.
    viewers[0]->camera->stop();
    QTest::qWait(500);
    viewers[3]->camera->start();
    QTRY_VERIFY_WITH_TIMEOUT(viewers[3]->live(), 15000);
    // All leave: the fridge stops encoding.
    for (auto &viewer : viewers)
        viewer->camera->stop();
    QTest::qWait(1000);
    const double idle = cpuOver(m_fridge, 2000);
    qInfo() << "fridge CPU after the last viewer left:" << idle / 2 * 100 << "% of a core";
    QVERIFY2(idle < busy / 4, "the last one leaving stops encoding");
}

void TestLiveCamera::malformedSignallingLeavesTheFridgeServing()
{
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    MqttPeer raw(m_cloud.accountSettings(larder::clientids::app(sub, "cam-raw"), m_tokens["ann"]));
    QVERIFY(raw.connect());
    QSignalSpy acks(&raw.client, &larder::mqtt::MqttClient::published);
    const QString s = session(11);
    const auto topic = [&](signalling::Kind kind) {
        return signalling::topic(kThing, s, signalling::Side::Viewer, kind);
    };
    const QList<QPair<QString, QByteArray>> refused{
        {topic(signalling::Kind::Offer), "not json"},
        {topic(signalling::Kind::Offer), R"({"type":"offer","sdp":"hello"})"},
        {topic(signalling::Kind::Offer), R"({"type":"offer","sdp":"v=0\r\nm=audio 9 RTP 0\r\n"})"},
        {topic(signalling::Kind::Offer),
         QJsonDocument(
             QJsonObject{{"type", "offer"}, {"sdp", "v=0\r\nm=video " + QString(20000, 'x')}})
             .toJson(QJsonDocument::Compact)},
        {topic(signalling::Kind::Candidate), R"({"candidate":"candidate:1\n2","sdpMLineIndex":0})"},
        {topic(signalling::Kind::Candidate), R"({"candidate":"","sdpMLineIndex":99})"},
        {topic(signalling::Kind::Alive), R"({"x":1})"},
        {topic(signalling::Kind::Bye), R"({"reason":"\u202eevil"})"},
    };
    for (const auto &[to, payload] : refused)
        raw.client.publish(to, payload);
    QTRY_COMPARE_WITH_TIMEOUT(acks.size(), refused.size(), 5000);
    for (const QList<QVariant> &ack : std::as_const(acks))
        QVERIFY2(ack.at(1).toInt() >= 0x80, "the broker refuses each malformed message");
    // Well formed but nonsense for WebRTC: it reaches the fridge, which drops that session.
    raw.client.publish(topic(signalling::Kind::Offer),
                       R"({"type":"offer","sdp":"v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\n"})");
    QTest::qWait(1000);
    QCOMPARE(m_fridge->state(), QProcess::Running);
    Viewer ann(m_cloud, m_tokens["ann"], "cam-after", kThing);
    QVERIFY(ann.connected());
    ann.camera->start();
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 15000);
    ann.camera->stop();
}

void TestLiveCamera::aFloodOfOffersIsLeftUnanswered()
{
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    MqttPeer flood(
        m_cloud.accountSettings(larder::clientids::app(sub, "cam-flood"), m_tokens["ann"]));
    QVERIFY(flood.connect());
    QVERIFY(
        flood.subscribe(QStringLiteral("larder/things/%1/camera/+/fridge/+").arg(kFloodThing)) ==
        false); // no wildcard over sessions, even for a member
    const QByteArray offer = QJsonDocument(QJsonObject{{"type", "offer"}, {"sdp", realOffer()}})
                                 .toJson(QJsonDocument::Compact);
    constexpr int offers = 40;
    for (int i = 0; i < offers; ++i)
        QVERIFY(flood.subscribe(
            signalling::readFilter(kFloodThing, session(100 + i), signalling::Side::Viewer)));
    for (int i = 0; i < offers; ++i)
        flood.publish(signalling::topic(kFloodThing, session(100 + i), signalling::Side::Viewer,
                                        signalling::Kind::Offer),
                      offer);
    QTest::qWait(4000);
    int answers = 0, refusals = 0;
    for (const auto &[topic, body] : std::as_const(flood.messages)) {
        answers += topic.endsWith("/fridge/answer");
        refusals += topic.endsWith("/fridge/refused");
    }
    qInfo() << offers << "offers in a burst:" << answers << "answered," << refusals << "refused";
    QCOMPARE(answers, 3);           // as many viewers as it serves; nothing more is started
    QCOMPARE(refusals, offers - 3); // each other one told at once, at no cost
    QCOMPARE(m_floodFridge->state(), QProcess::Running);
    // One session offered again and again: its own budget runs out, nobody else's.
    flood.messages.clear();
    for (int i = 0; i < 12; ++i)
        flood.publish(signalling::topic(kFloodThing, session(100), signalling::Side::Viewer,
                                        signalling::Kind::Offer),
                      offer);
    QTest::qWait(3000);
    int restarts = 0, tooMany = 0;
    for (const auto &[topic, body] : std::as_const(flood.messages)) {
        restarts += topic.endsWith(session(100) + "/fridge/answer");
        tooMany += topic.endsWith(session(100) + "/fridge/refused") &&
                   body.value("code").toString() == "tooMany";
    }
    qInfo() << "12 offers again on one session:" << restarts << "answered," << tooMany
            << "refused as too many";
    // Six taken (each replacing the stream before: the last one answers for sure), six refused.
    QVERIFY(restarts >= 1 && restarts <= 6);
    QCOMPARE(tooMany, 6);
    QCOMPARE(m_floodFridge->state(), QProcess::Running);
    // The three that never connect are ended by the fridge (15 s): it says so.
    QTRY_VERIFY_WITH_TIMEOUT(
        std::count_if(flood.messages.cbegin(), flood.messages.cend(),
                      [](const auto &m) { return m.first.endsWith("/fridge/bye"); }) == 3,
        25000);
}

void TestLiveCamera::aFridgeWhoseLightIsOffShowsADarkShelfAndSaysSo()
{
    // The flood fridge's light goes off (its scenario, 1 s in): the shelf arrives dark, and
    // the view says why instead of showing a black rectangle.
    QProcess *dark =
        m_cloud.startFridge(kDarkThing, kSmallVideo + QStringList{"--scenario", "1:light=off"});
    QVERIFY(dark && dark->waitForStarted());
    Viewer ann(m_cloud, m_tokens["ann"], "cam-dark", kDarkThing);
    QVERIFY(ann.connected());
    QTest::qWait(2000);
    ann.camera->start();
    QTRY_COMPARE_WITH_TIMEOUT(ann.camera->status(), LiveCamera::Dark, 15000);
    QVERIFY(ann.camera->message().contains("light"));
    QVERIFY(ann.camera->frames() > 0);
    ann.camera->stop();
    dark->kill();
    QVERIFY(dark->waitForFinished(5000));
}

void TestLiveCamera::theViewerRidesOutABrokerRestartAndAFridgeRestart()
{
    // The signalling's broker restarts mid-stream: the picture, which does not go through it,
    // keeps coming (the viewer's keep-alives wait in its queue and arrive once it is back).
    Viewer ann(m_cloud, m_tokens["ann"], "cam-drop", kThing);
    QVERIFY(ann.connected());
    ann.camera->start();
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 15000);
    QVERIFY(m_cloud.killBroker());
    QTRY_VERIFY_WITH_TIMEOUT(ann.mqtt.state() == larder::mqtt::MqttClient::Connected, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 30000);
    QDateTime seen = ann.camera->capturedAt();
    QTRY_VERIFY2_WITH_TIMEOUT(ann.camera->capturedAt() > seen, "the picture runs on", 5000);

    // The fridge restarts (a power cut): its stream is gone; the app notices the picture
    // stopped and asks again by itself until the fridge is back — nobody taps "Try again".
    m_fridge->kill();
    QVERIFY(m_fridge->waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!ann.live(), 10000);
    QCOMPARE(ann.camera->status(), LiveCamera::Connecting);
    m_fridge = m_cloud.startFridge(kThing, kSmallVideo);
    QVERIFY(m_fridge && m_fridge->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(ann.live(), 40000);
    seen = ann.camera->capturedAt();
    QTRY_VERIFY2_WITH_TIMEOUT(ann.camera->capturedAt() > seen, "the picture runs again", 5000);
    ann.camera->stop();
}

void TestLiveCamera::aRemovedMembersStreamStopsWithinSeconds()
{
    Viewer ben(m_cloud, m_tokens["ben"], "cam-ben", kThing);
    QVERIFY(ben.connected());
    ben.camera->start();
    QTRY_VERIFY_WITH_TIMEOUT(ben.live(), 15000);
    const QString benId =
        larder::auth::AuthTokens::claimsOf(m_tokens["ben"]).value("sub").toString();
    QCOMPARE(
        m_http->api("DELETE", "/families/" + m_family + "/members/" + benId, {}, m_tokens["ann"])
            .status,
        204);
    QElapsedTimer removed;
    removed.start();
    // The broker stops carrying his keep-alives (within 5 s), the fridge stops hearing him
    // (6 s) and ends his stream; his app notices the pictures stopped (3 s).
    QTRY_VERIFY_WITH_TIMEOUT(!ben.live(), 25000);
    qInfo() << "a removed member's stream stopped after" << removed.elapsed() << "ms";
    QVERIFY(removed.elapsed() < 20000);
    const QDateTime last = ben.camera->capturedAt();
    QTest::qWait(3000);
    QCOMPARE(ben.camera->capturedAt(), last);
}

QTEST_MAIN(TestLiveCamera)
#include "tst_livecamera.moc"

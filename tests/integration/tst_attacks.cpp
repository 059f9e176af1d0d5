// SPDX-License-Identifier: MIT
// The hostile review's attacks, replayed against a real larder-cloud, Mosquitto and edge with
// nothing but loopback access and the public protocols. Each must fail; the legitimate
// clients beside them must not notice. (`tools/attack` runs this file and the HTTP attacks.)
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "mqtt/ClientIds.h"
#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace larder;

namespace {
QString shadowTopic(const QString &thing, const QString &op)
{
    return QStringLiteral("$aws/things/%1/shadow/%2").arg(thing, op);
}

/// `{"state":{"desired":{"k0":null,…}}}` with @p count keys: about 117 KB for 9,000.
QByteArray nullKeys(int count)
{
    QByteArray keys;
    for (int i = 0; i < count; ++i)
        keys += (i ? ",\"k" : "\"k") + QByteArray::number(i) + "\":null";
    return "{\"state\":{\"desired\":{" + keys + "}},\"clientToken\":\"amplify\"}";
}
} // namespace

class TestAttacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void amplifyingUpdateIsRefusedAndOtherThingsStillAnswered();
    void nobodyTakesAnotherPartysClientId();
    void presenceCannotBeForged();
    void noFridgeStaysOnlineAfterABrokerCrash();
    void floodOfUpdatesIsAnsweredEveryOne();
    void namedShadowsPerThingAreBounded();
    void brokerCrashLosesNoAcknowledgedUpdate();

private:
    /// The classic shadow of @p thing as the development client sees it.
    QJsonObject shadowOf(const QString &thing);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    std::unique_ptr<MqttPeer> m_observer; ///< development listener: sees every shadow
    QString m_outsiderToken;              ///< a signed-in user of no family with these fridges
};

void TestAttacks::initTestCase()
{
    QVERIFY(m_cloud.start());
    for (const char *thing :
         {"fridge-a", "fridge-b", "fridge-c", "fridge-d", "fridge-e", "fridge-f"})
        QVERIFY(m_cloud.deviceCert(thing));
    m_http = std::make_unique<CloudHttp>(m_cloud);
    QVERIFY(m_http->createAccount("mallory@example.com", "Mallory-Fridge-2026"));
    m_outsiderToken =
        m_http->signIn("mallory@example.com", "Mallory-Fridge-2026").value("IdToken").toString();
    QVERIFY(!m_outsiderToken.isEmpty());
    m_observer = std::make_unique<MqttPeer>(m_cloud.appSettings("observer"));
    QVERIFY(m_observer->connect());
}

QJsonObject TestAttacks::shadowOf(const QString &thing)
{
    const QString get = shadowTopic(thing, "get");
    for (const char *suffix : {"/accepted", "/rejected"})
        if (!m_observer->client.isSubscribed(get + suffix))
            (void)m_observer->subscribe(get + suffix);
    const auto answer = m_observer->request(get, {});
    return answer && answer->first == u"accepted" ? answer->second : QJsonObject{};
}

void TestAttacks::amplifyingUpdateIsRefusedAndOtherThingsStillAnswered()
{
    // Before: one update of ~117 KB (9,000 keys set to null) made a ~414 KB answer, past the
    // broker's packet limit; the broker dropped the shadow service, twenty times a second.
    MqttPeer attacker(m_cloud.deviceSettings("fridge-a"));
    QVERIFY(attacker.connect());
    QVERIFY(attacker.subscribe(shadowTopic("fridge-a", "update/rejected")));
    QVERIFY(attacker.subscribe(shadowTopic("fridge-a", "update/accepted")));
    const QByteArray payload = nullKeys(9000);
    QVERIFY(payload.size() > 110 * 1024 && payload.size() < 128 * 1024);
    for (int i = 0; i < 5; ++i)
        attacker.publish(shadowTopic("fridge-a", "update"), payload);
    const auto rejected = attacker.await(shadowTopic("fridge-a", "update/rejected"));
    QVERIFY(rejected);
    QCOMPARE(rejected->value("code").toInt(), 413);
    QCOMPARE(rejected->value("clientToken").toString(), QStringLiteral("amplify"));
    // Every other thing is still answered, at once and for the next seconds.
    MqttPeer other(m_cloud.deviceSettings("fridge-b"));
    QVERIFY(other.connect());
    const QString update = shadowTopic("fridge-b", "update");
    QVERIFY(other.subscribe(update + "/accepted"));
    QVERIFY(other.subscribe(update + "/rejected"));
    for (int i = 0; i < 10; ++i) {
        const auto answer = other.request(
            update, {{"state", QJsonObject{{"reported", QJsonObject{{"n", i}}}}}}, 3000);
        QVERIFY2(answer && answer->first == u"accepted", qPrintable(QString::number(i)));
        QTest::qWait(200);
    }
}

void TestAttacks::nobodyTakesAnotherPartysClientId()
{
    // Before: any certificate or signed-in user could connect as FRIDGEB (throwing the real
    // fridge off) or as the shadow service (a third of updates then went unanswered).
    MqttPeer victim(m_cloud.deviceSettings("fridge-b"));
    QVERIFY(victim.connect());
    QSignalSpy thrownOff(&victim.client, &mqtt::MqttClient::disconnected);
    struct Attempt
    {
        const char *who;
        mqtt::ConnectionSettings settings;
    };
    QList<Attempt> attempts;
    for (const QString &id : {QStringLiteral("fridge-b"), QStringLiteral("larder.service")}) {
        auto device = m_cloud.deviceSettings("fridge-a"); // another fridge's certificate
        device.clientId = id;
        attempts.append({"another fridge's certificate", device});
        auto app = m_cloud.accountSettings("x", m_outsiderToken); // a signed-in outsider
        app.clientId = id;
        attempts.append({"a signed-in user", app});
        auto dev = m_cloud.appSettings("x"); // the development certificate
        dev.clientId = id;
        attempts.append({"the development certificate", dev});
    }
    auto foreignApp = m_cloud.accountSettings("x", m_outsiderToken);
    foreignApp.clientId = clientids::app("7d2c0f9e-0000-4000-8000-000000000000", "phone");
    attempts.append({"a user, as another user's app", foreignApp});
    for (const Attempt &attempt : attempts) {
        MqttPeer intruder(attempt.settings);
        QVERIFY2(
            !intruder.connect(),
            qPrintable(QStringLiteral("%1 as %2").arg(attempt.who, attempt.settings.clientId)));
        QVERIFY(intruder.refused);
    }
    QTest::qWait(500);
    QVERIFY(thrownOff.isEmpty());
    QCOMPARE(victim.client.state(), mqtt::MqttClient::Connected);
    // The shadow service answers every update still.
    const QString update = shadowTopic("fridge-b", "update");
    QVERIFY(victim.subscribe(update + "/accepted"));
    for (int i = 0; i < 30; ++i) {
        const auto answer = victim.request(
            update, {{"state", QJsonObject{{"reported", QJsonObject{{"m", i}}}}}}, 3000);
        QVERIFY2(answer && answer->first == u"accepted", qPrintable(QString::number(i)));
    }
}

void TestAttacks::presenceCannotBeForged()
{
    // Before: presence came from the broker's log text, where refused clients' ids were written
    // verbatim: an id holding a fake "New client connected … as fridge-c" line made fridge-c
    // online in its shadow and published its lifecycle event.
    QVERIFY(m_observer->subscribe("$aws/events/presence/connected/fridge-c"));
    const QString fakeLine =
        "x\n2026-11-27T10:00:00: New client connected from 127.0.0.1:5000 as fridge-c (p2, c1, "
        "k60, u'fridge-c').";
    auto garbage = m_cloud.accountSettings("x", "not-a-token");
    garbage.clientId = fakeLine;
    MqttPeer forger(garbage);
    QVERIFY(!forger.connect());
    auto asThing = m_cloud.accountSettings("x", m_outsiderToken);
    asThing.clientId = "fridge-c";
    MqttPeer impostor(asThing);
    QVERIFY(!impostor.connect());
    QVERIFY(!m_observer->await("$aws/events/presence/connected/fridge-c", 1500));
    const QJsonObject reported =
        shadowOf("fridge-c").value("state").toObject().value("reported").toObject();
    QVERIFY(!reported.value("connected").toBool());
    // The real fridge's connection is seen.
    MqttPeer fridge(m_cloud.deviceSettings("fridge-c"));
    QVERIFY(fridge.connect());
    QVERIFY(m_observer->await("$aws/events/presence/connected/fridge-c"));
}

void TestAttacks::noFridgeStaysOnlineAfterABrokerCrash()
{
    auto fridge = std::make_unique<MqttPeer>(m_cloud.deviceSettings("fridge-d"));
    QVERIFY(fridge->connect());
    const auto connected = [this](const QString &thing) {
        return shadowOf(thing)
            .value("state")
            .toObject()
            .value("reported")
            .toObject()
            .value("connected")
            .toBool();
    };
    QVERIFY(QTest::qWaitFor([&] { return connected("fridge-d"); }, 8000));
    // The broker dies; the fridge loses power meanwhile and never comes back.
    QVERIFY(m_cloud.killBroker());
    fridge.reset();
    QVERIFY(m_observer->connect());
    QVERIFY(QTest::qWaitFor([&] { return !connected("fridge-d"); }, 15000));
}

void TestAttacks::floodOfUpdatesIsAnsweredEveryOne()
{
    // Before: of 20,000 QoS 1 updates back to back on one thing about a fifth went unanswered,
    // and the 429 for too many requests in flight was never sent.
    MqttPeer device(m_cloud.deviceSettings("fridge-e"));
    QVERIFY(device.connect());
    const QString update = shadowTopic("fridge-e", "update");
    QVERIFY(device.subscribe(update + "/accepted"));
    QVERIFY(device.subscribe(update + "/rejected"));
    QSet<QString> answered;
    int accepted = 0, tooMany = 0, otherCode = 0;
    QObject::connect(&device.client, &mqtt::MqttClient::messageReceived, &device.client,
                     [&](const QByteArray &payload, const QString &topic) {
                         const QJsonObject body = QJsonDocument::fromJson(payload).object();
                         if (answered.contains(body.value("clientToken").toString()))
                             return;
                         answered.insert(body.value("clientToken").toString());
                         if (topic.endsWith("/accepted"))
                             ++accepted;
                         else if (body.value("code").toInt() == 429)
                             ++tooMany;
                         else
                             ++otherCode;
                     });
    constexpr int count = 20000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        device.client.publish(
            update,
            QStringLiteral(R"({"state":{"reported":{"n":%1}},"clientToken":"f%1"})")
                .arg(i)
                .toUtf8(),
            1);
    QVERIFY(QTest::qWaitFor([&] { return answered.size() == count; }, 180000));
    qInfo("%d updates in %lld ms: %d accepted, %d answered 429, %d other, %d unanswered", count,
          timer.elapsed(), accepted, tooMany, otherCode, count - int(answered.size()));
    QCOMPARE(otherCode, 0);
    QCOMPARE(accepted + tooMany, count);
    QVERIFY(accepted > 0);
    // Every other thing is answered meanwhile and after.
    MqttPeer other(m_cloud.deviceSettings("fridge-b"));
    QVERIFY(other.connect());
    QVERIFY(other.subscribe(shadowTopic("fridge-b", "update/accepted")));
    const auto answer =
        other.request(shadowTopic("fridge-b", "update"),
                      {{"state", QJsonObject{{"reported", QJsonObject{{"after", true}}}}}}, 5000);
    QVERIFY(answer && answer->first == u"accepted");
}

void TestAttacks::namedShadowsPerThingAreBounded()
{
    // Before: unlimited named shadows per thing; 20,000 cost 17 MiB never freed.
    MqttPeer device(m_cloud.deviceSettings("fridge-a"));
    QVERIFY(device.connect());
    const auto named = [](int i, const QString &op) {
        return QStringLiteral("$aws/things/fridge-a/shadow/name/s%1/%2").arg(i).arg(op);
    };
    int accepted = 0;
    QJsonObject refusal;
    for (int i = 0; i < 30; ++i) {
        QVERIFY(device.subscribe(named(i, "update/accepted")));
        QVERIFY(device.subscribe(named(i, "update/rejected")));
        const auto answer = device.request(
            named(i, "update"), {{"state", QJsonObject{{"reported", QJsonObject{{"i", i}}}}}});
        QVERIFY(answer);
        if (answer->first == u"accepted")
            ++accepted;
        else
            refusal = answer->second;
    }
    QCOMPARE(accepted, 25);
    QCOMPARE(refusal.value("code").toInt(), 400);
    QVERIFY(refusal.value("message").toString().contains("25 named shadows"));
    // Deleting one makes room again.
    QVERIFY(device.subscribe(named(0, "delete/accepted")));
    QVERIFY(device.request(named(0, "delete"), {})->first == u"accepted");
    QCOMPARE(device
                 .request(named(29, "update"),
                          {{"state", QJsonObject{{"reported", QJsonObject{{"i", 29}}}}}})
                 ->first,
             QStringLiteral("accepted"));
}

void TestAttacks::brokerCrashLosesNoAcknowledgedUpdate()
{
    // Before: with the broker killed (-9) while acknowledged updates were queued, 18 of 20 were
    // lost. Now the client sends again what went unanswered, with the same clientToken.
    mqtt::MqttClient connection;
    connection.setSettings(m_cloud.deviceSettings("fridge-f"));
    shadow::ShadowClient shadow(&connection, "fridge-f", {}, shadow::ShadowClient::Role::Device);
    QSignalSpy synced(&shadow, &shadow::ShadowClient::syncedChanged);
    shadow.start();
    connection.connectToHost();
    QVERIFY(QTest::qWaitFor([&] { return shadow.isSynced(); }, 10000));
    QSet<QString> tokens, answered;
    int failed = 0;
    QObject::connect(&shadow, &shadow::ShadowClient::updateAccepted, &shadow,
                     [&](const QString &token) { answered.insert(token); });
    QObject::connect(&shadow, &shadow::ShadowClient::requestFailed, &shadow, [&] { ++failed; });
    QSignalSpy acknowledged(&connection, &mqtt::MqttClient::published);
    for (int i = 0; i < 20; ++i)
        tokens.insert(shadow.updateReported({{"k", i}}));
    (void)QTest::qWaitFor([&] { return acknowledged.size() >= 10; }, 5000);
    QVERIFY(m_cloud.killBroker());
    QVERIFY(QTest::qWaitFor([&] { return answered.contains(tokens) || failed > 0; }, 30000));
    qInfo("20 updates, broker killed after %lld acknowledgements: %lld answered, %d failed",
          qint64(acknowledged.size()), qint64((answered & tokens).size()), failed);
    QCOMPARE(failed, 0);
    QVERIFY(answered.contains(tokens));
    QCOMPARE(shadow.reported().value("k").toInt(), 19);
}

QTEST_MAIN(TestAttacks)
#include "tst_attacks.moc"

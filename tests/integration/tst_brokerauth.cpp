// SPDX-License-Identifier: MIT
// Who may use which fridge on the broker: apps sign in with their ID token on the app
// listener; the broker (larder-broker-auth) allows only their families' fridges.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace larder;

class TestBrokerAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void familyMemberControlsTheirFridge();
    void otherFamiliesFridgesAreRefused();
    void appsNeverPublishReported();
    void badTokensCannotConnect();
    void expiredSessionsAreCutOffAndRefused();
    void signedOutSessionsAreCutOff();
    void devicesReachOnlyTheirOwnTopics();

private:
    QString freshToken(const QString &who, QJsonObject *session = nullptr);
    bool connectAs(mqtt::MqttClient &client, const QString &who, const QString &clientId);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
};

QString TestBrokerAuth::freshToken(const QString &who, QJsonObject *session)
{
    const QJsonObject result = m_http->signIn(who + "@example.com", "Fridge-" + who + "-2026X");
    if (session)
        *session = result;
    return result.value("IdToken").toString();
}

bool TestBrokerAuth::connectAs(mqtt::MqttClient &client, const QString &who,
                               const QString &clientId)
{
    client.setSettings(m_cloud.accountSettings(clientId, freshToken(who)));
    client.connectToHost();
    return QTest::qWaitFor([&] { return client.state() == mqtt::MqttClient::Connected; }, 8000);
}

void TestBrokerAuth::initTestCase()
{
    m_cloud.setServeOptions({"--token-lifetime", "8"});
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    for (const QString who : {"ann", "cat"})
        QVERIFY(m_http->createAccount(who + "@example.com", "Fridge-" + who + "-2026X"));
    const QString a = m_http->api("POST", "/families", {{"name", "A"}}, freshToken("ann"))
                          .body.value("familyId")
                          .toString();
    const QString b = m_http->api("POST", "/families", {{"name", "B"}}, freshToken("cat"))
                          .body.value("familyId")
                          .toString();
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    for (const auto &[thing, family] :
         {std::pair{QStringLiteral("fridge-a"), a}, std::pair{QStringLiteral("fridge-b"), b}}) {
        QVERIFY(m_cloud.startFridge(thing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", family}));
    }
}

void TestBrokerAuth::familyMemberControlsTheirFridge()
{
    mqtt::MqttClient client;
    fridge::FridgeController fridge(&client, "fridge-a", {});
    fridge.start();
    QVERIFY2(connectAs(client, "ann", "ann-phone"), qPrintable(client.error()));
    QTRY_VERIFY_WITH_TIMEOUT(fridge.synced() && fridge.fridgeSetpoint()->hasValue(), 8000);
    const double wanted = fridge.fridgeSetpoint()->value().toDouble() == 3.0 ? 6.0 : 3.0;
    QVERIFY(fridge.fridgeSetpoint()->set(wanted));
    QTRY_VERIFY_WITH_TIMEOUT(!fridge.fridgeSetpoint()->pending(), 8000);
    QCOMPARE(fridge.fridgeSetpoint()->value().toDouble(), wanted);
    QVERIFY(fridge.fridgeOnline());
}

void TestBrokerAuth::otherFamiliesFridgesAreRefused()
{
    mqtt::MqttClient client;
    QVERIFY(connectAs(client, "ann", "ann-laptop"));
    QSignalSpy granted(&client, &mqtt::MqttClient::subscribed);
    for (const char *filter :
         {"$aws/things/fridge-b/shadow/get/accepted", "$aws/things/+/shadow/update/documents",
          "$aws/things/fridge-b/shadow/#", "#", "$aws/events/presence/+/fridge-b"})
        client.subscribe(filter);
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 5, 5000);
    for (const auto &args : granted)
        QVERIFY2(!args.at(1).toBool(), qPrintable("granted: " + args.at(0).toString()));

    // A publish to the other family's fridge never reaches its shadow.
    client.publish("$aws/things/fridge-b/shadow/update",
                   R"({"state":{"desired":{"mode":"vacation"}},"clientToken":"x"})");
    mqtt::MqttClient owner;
    fridge::FridgeController theirs(&owner, "fridge-b", {});
    theirs.start();
    QVERIFY(connectAs(owner, "cat", "cat-phone"));
    QTRY_VERIFY_WITH_TIMEOUT(theirs.synced(), 8000);
    QTest::qWait(500);
    QVERIFY(theirs.mode()->target().toString() != QStringLiteral("vacation"));

    // The app's own shadow client says so in words.
    fridge::FridgeController notMine(&client, "fridge-b", {});
    notMine.start();
    QTRY_VERIFY_WITH_TIMEOUT(!notMine.connectionError().isEmpty(), 5000);
    QVERIFY(notMine.connectionError().contains("Not allowed"));
}

void TestBrokerAuth::appsNeverPublishReported()
{
    mqtt::MqttClient client;
    fridge::FridgeController fridge(&client, "fridge-a", {});
    fridge.start();
    QVERIFY(connectAs(client, "ann", "ann-tablet"));
    QTRY_VERIFY_WITH_TIMEOUT(fridge.synced() && fridge.hasReadings(), 8000);
    client.publish("$aws/things/fridge-a/shadow/update",
                   R"({"state":{"reported":{"firmware":"evil"}}})");
    QTest::qWait(800);
    QVERIFY(fridge.firmware() != QStringLiteral("evil"));
}

void TestBrokerAuth::badTokensCannotConnect()
{
    for (const QString &password :
         {QString(), QStringLiteral("garbage"), freshToken("ann").chopped(3) + "abc"}) {
        mqtt::MqttClient client;
        client.setSettings(m_cloud.accountSettings("intruder", password));
        client.connectToHost();
        QTRY_VERIFY_WITH_TIMEOUT(!client.error().isEmpty(), 8000);
        QTest::qWait(300);
        QVERIFY(client.state() != mqtt::MqttClient::Connected);
        QVERIFY2(client.error().contains("refused"), qPrintable(client.error()));
    }
}

/// Subscribes to fridge-a's answers and says whether the broker granted it.
static bool subscribeGranted(mqtt::MqttClient &client, const QString &filter)
{
    QSignalSpy granted(&client, &mqtt::MqttClient::subscribed);
    client.subscribe(filter);
    if (!QTest::qWaitFor([&] { return !granted.isEmpty(); }, 5000))
        return false;
    return granted.at(0).at(1).toBool();
}

void TestBrokerAuth::expiredSessionsAreCutOffAndRefused()
{
    mqtt::MqttClient client;
    const QString token = freshToken("ann");
    client.setSettings(m_cloud.accountSettings("ann-watch", token));
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == mqtt::MqttClient::Connected, 8000);
    QVERIFY(subscribeGranted(client, "$aws/things/fridge-a/shadow/get/accepted"));
    // Tokens live 8 s in this cloud: afterwards the connection gets nothing more, and the
    // same token cannot connect again.
    QTRY_VERIFY_WITH_TIMEOUT(
        !subscribeGranted(client, "$aws/things/fridge-a/shadow/update/documents"), 15000);
    client.disconnectFromHost();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(client.error().contains("refused"), 8000);
    QVERIFY(client.state() != mqtt::MqttClient::Connected);
}

void TestBrokerAuth::signedOutSessionsAreCutOff()
{
    QJsonObject session;
    mqtt::MqttClient client;
    client.setSettings(m_cloud.accountSettings("cat-tv", freshToken("cat", &session)));
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(client.state() == mqtt::MqttClient::Connected, 8000);
    QVERIFY(subscribeGranted(client, "$aws/things/fridge-b/shadow/get/accepted"));
    QCOMPARE(
        m_http->cognito("GlobalSignOut", {{"AccessToken", session.value("AccessToken")}}, false)
            .status,
        200);
    // The broker re-checks a session every 2 s (whole seconds).
    QTRY_VERIFY_WITH_TIMEOUT(
        !subscribeGranted(client, "$aws/things/fridge-b/shadow/update/documents"), 8000);
    client.disconnectFromHost();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(client.error().contains("refused"), 8000);
}

void TestBrokerAuth::devicesReachOnlyTheirOwnTopics()
{
    // The broker plugin filters every delivery (a SUBSCRIBE to another thing's topics is
    // acknowledged and then delivers nothing) and drops publishes a device may not write.
    QVERIFY(m_cloud.deviceCert("fridge-c"));
    MqttPeer intruder(m_cloud.deviceSettings("fridge-c"));
    QVERIFY(intruder.connect());
    QVERIFY(intruder.subscribe("$aws/things/fridge-c/shadow/get/accepted")); // its own
    for (const char *filter :
         {"$aws/things/fridge-b/shadow/update/documents", "$aws/things/+/shadow/update/accepted",
          "$aws/things/fridge-b/shadow/#", "#", "$aws/events/presence/+/+"})
        intruder.subscribe(filter);

    MqttPeer app(m_cloud.appSettings("app-watch"));
    QVERIFY(app.connect());
    QVERIFY(app.subscribe("$aws/things/fridge-b/shadow/update/accepted"));
    intruder.publish(
        "$aws/things/fridge-b/shadow/update",
        R"({"state":{"reported":{"fridge":{"temperature":99}}},"clientToken":"evil"})");
    intruder.publish("$aws/things/fridge-b/shadow/update/accepted", R"({"clientToken":"spoof"})");
    // A legitimate change to fridge-b that the intruder must not see.
    app.publish("$aws/things/fridge-b/shadow/update",
                R"({"state":{"desired":{"label":"x"}},"clientToken":"legit"})");
    QVERIFY(app.await("$aws/things/fridge-b/shadow/update/accepted"));
    QTest::qWait(1000); // nothing forged may arrive: give it the time it would take
    for (const auto &[topic, body] : std::as_const(app.messages)) {
        QVERIFY2(body.value("clientToken").toString() != "evil",
                 "another thing's update was applied");
        QVERIFY2(body.value("clientToken").toString() != "spoof", "a device forged an answer");
    }
    for (const auto &[topic, body] : std::as_const(intruder.messages))
        QVERIFY2(topic.startsWith("$aws/things/fridge-c/"),
                 qPrintable("leaked to another thing: " + topic));
    // And the forged reported value never reached the shadow.
    MqttPeer check(m_cloud.appSettings("app-check"));
    QVERIFY(check.connect());
    QVERIFY(check.subscribe("$aws/things/fridge-b/shadow/get/accepted"));
    check.publish("$aws/things/fridge-b/shadow/get", {});
    auto doc = check.await("$aws/things/fridge-b/shadow/get/accepted");
    QVERIFY(doc);
    QVERIFY(doc->value("state")
                .toObject()
                .value("reported")
                .toObject()
                .value("fridge")
                .toObject()
                .value("temperature")
                .toDouble() < 50);
}

QTEST_GUILESS_MAIN(TestBrokerAuth)
#include "tst_brokerauth.moc"

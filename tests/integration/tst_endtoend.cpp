// SPDX-License-Identifier: MIT
// End to end: app core → larder-cloud → larder-fridge → back, over real TLS and Mosquitto.
#include "CloudFixture.h"
#include "MqttPeer.h"

#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace larder;

using Peer = MqttPeer;

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void setpointChangeIsConfirmedByTheFridge();
    void theFridgeReportsItsOwnClock();
    void valueTheFridgeRefusesIsShownAsRefused();
    void changeWaitsForAnOfflineFridge();
    void serviceAnswersErrorsLikeAws();
    void awsWorkedExampleOverMqtt();
    void versionConflictIsRefetchedAndReapplied();
    void shadowsSurviveACloudRestart();

private:
    CloudFixture m_cloud;
};

void TestEndToEnd::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(m_cloud.deviceCert("fridge-e2e"));
    QVERIFY(m_cloud.deviceCert("fridge-other")); // a thing without a simulator, for the error cases
    QVERIFY(m_cloud.startFridge("fridge-e2e", {"--speed", "5"}));
}

void TestEndToEnd::setpointChangeIsConfirmedByTheFridge()
{
    mqtt::MqttClient client;
    client.setSettings(m_cloud.appSettings("app-e2e"));
    fridge::FridgeController fridge(&client, "fridge-e2e", "Kitchen");
    fridge.start();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(
        fridge.synced() && fridge.hasReadings() && fridge.fridgeSetpoint()->hasValue(), 15000);
    QVERIFY(fridge.fridgeOnline());

    const double current = fridge.fridgeSetpoint()->value().toDouble();
    const double wanted = current == 3.5 ? 5.0 : 3.5;
    QVERIFY(fridge.fridgeSetpoint()->set(wanted));
    QVERIFY(fridge.fridgeSetpoint()->pending()); // pending until the fridge reports it
    QCOMPARE(fridge.fridgeSetpoint()->target().toDouble(), wanted);
    QTRY_VERIFY_WITH_TIMEOUT(!fridge.fridgeSetpoint()->pending(), 10000);
    QCOMPARE(fridge.fridgeSetpoint()->value().toDouble(), wanted);
    QVERIFY2(fridge.fridgeSetpoint()->error().isEmpty(),
             qPrintable(fridge.fridgeSetpoint()->error()));

    // The app validates before writing: out of range never reaches the cloud.
    QVERIFY(!fridge.fridgeSetpoint()->set(12.0));
    QVERIFY(fridge.fridgeSetpoint()->error().contains("between"));
    QVERIFY(!fridge.fridgeSetpoint()->pending());

    QVERIFY(fridge.mode()->set("eco"));
    QTRY_COMPARE_WITH_TIMEOUT(fridge.mode()->value().toString(), QStringLiteral("eco"), 10000);
    QVERIFY(!fridge.mode()->pending());
}

void TestEndToEnd::theFridgeReportsItsOwnClock()
{
    // The simulator at --speed 5 reports its own time, running five times as fast as the wall's
    // (the alert rules count the door and the temperatures in it).
    mqtt::MqttClient client;
    client.setSettings(m_cloud.appSettings("app-clock"));
    shadow::ShadowClient shadowClient(&client, "fridge-e2e");
    shadowClient.start();
    client.connectToHost();
    const auto clock = [&] { return shadowClient.reported().value("clock").toInteger(-1); };
    QTRY_VERIFY_WITH_TIMEOUT(shadowClient.isSynced() && clock() > 0, 10000);
    const qint64 first = clock();
    QElapsedTimer wall;
    wall.start();
    QTRY_VERIFY_WITH_TIMEOUT(clock() >= first + 20, 15000);
    const double rate = double(clock() - first) / (double(wall.elapsed()) / 1000);
    // Reports come on change, at most once a second: the rate seen is near 5, never near 1.
    QVERIFY2(rate > 2.5 && rate < 10, qPrintable(QString::number(rate)));
    QVERIFY(qAbs(first - QDateTime::currentSecsSinceEpoch()) < 24 * 3600);
}

void TestEndToEnd::valueTheFridgeRefusesIsShownAsRefused()
{
    mqtt::MqttClient client;
    client.setSettings(m_cloud.appSettings("app-refuse"));
    shadow::ShadowClient shadowClient(&client, "fridge-e2e");
    // A control without the app's validation, as an older app might write.
    shadow::ShadowControl control(
        &shadowClient, "fridge.setpoint",
        [](const QJsonValue &) { return std::optional<QString>(); },
        [](const QJsonValue &v) { return QString::number(v.toDouble()); });
    shadowClient.start();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(shadowClient.isSynced() && control.hasValue(), 10000);
    const double before = control.value().toDouble();
    QVERIFY(control.set(30.0));
    QVERIFY(control.pending());
    QTRY_VERIFY_WITH_TIMEOUT(!control.pending(), 10000);
    QVERIFY2(control.error().contains("did not accept"), qPrintable(control.error()));
    QCOMPARE(control.value().toDouble(), before); // the fridge keeps reporting the truth
}

void TestEndToEnd::changeWaitsForAnOfflineFridge()
{
    QVERIFY(m_cloud.deviceCert("fridge-away"));
    QProcess *device = m_cloud.startFridge("fridge-away");
    mqtt::MqttClient client;
    client.setSettings(m_cloud.appSettings("app-away"));
    fridge::FridgeController fridge(&client, "fridge-away", {});
    fridge.start();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(
        fridge.synced() && fridge.iceMaker()->hasValue() && fridge.fridgeOnline(), 15000);

    device->terminate();
    QVERIFY(device->waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!fridge.fridgeOnline(), 10000); // presence event

    // An app that opens now learns it from the shadow (no event will come), even though the
    // fridge reported moments ago.
    mqtt::MqttClient laterClient;
    laterClient.setSettings(m_cloud.appSettings("app-later"));
    fridge::FridgeController later(&laterClient, "fridge-away", {});
    later.start();
    laterClient.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(later.synced(), 10000);
    QVERIFY(later.lastReported().secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QVERIFY(!later.fridgeOnline());
    const bool wanted = !fridge.iceMaker()->value().toBool();
    QVERIFY(fridge.iceMaker()->set(wanted));
    QTest::qWait(1500);
    QVERIFY(fridge.iceMaker()->pending()); // stored in the shadow, waiting for the fridge

    device->start();
    QTRY_VERIFY_WITH_TIMEOUT(fridge.fridgeOnline(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!fridge.iceMaker()->pending(), 15000);
    QCOMPARE(fridge.iceMaker()->value().toBool(), wanted);
}

void TestEndToEnd::serviceAnswersErrorsLikeAws()
{
    Peer app(m_cloud.appSettings("app-errors"));
    QVERIFY(app.connect());
    QVERIFY(app.subscribe("$aws/things/no-such-thing/shadow/update/rejected"));
    QVERIFY(app.subscribe("$aws/things/fridge-other/shadow/update/rejected"));
    app.publish("$aws/things/no-such-thing/shadow/update",
                R"({"state":{"desired":{"a":1}},"clientToken":"t404"})");
    auto notFound = app.await("$aws/things/no-such-thing/shadow/update/rejected");
    QVERIFY(notFound);
    QCOMPARE(notFound->value("code").toInt(), 404);
    QCOMPARE(notFound->value("message").toString(), QStringLiteral("Thing not found"));
    QCOMPARE(notFound->value("clientToken").toString(), QStringLiteral("t404"));

    app.messages.clear();
    app.publish("$aws/things/fridge-other/shadow/update", "{\"state\": {\"desired\": ");
    auto invalid = app.await("$aws/things/fridge-other/shadow/update/rejected");
    QVERIFY(invalid);
    QCOMPARE(invalid->value("code").toInt(), 400);
    QCOMPARE(invalid->value("message").toString(), QStringLiteral("Invalid JSON"));

    app.messages.clear();
    app.publish("$aws/things/fridge-other/shadow/update", "{\"state\":{\"desired\":{\"big\":\"" +
                                                              QByteArray(9000, 'x') +
                                                              "\"}},\"clientToken\":\"big\"}");
    auto tooBig = app.await("$aws/things/fridge-other/shadow/update/rejected");
    QVERIFY(tooBig);
    QCOMPARE(tooBig->value("code").toInt(), 413);
}

void TestEndToEnd::awsWorkedExampleOverMqtt()
{
    QVERIFY(m_cloud.deviceCert("mySimulatedThing"));
    Peer device(m_cloud.deviceSettings("mySimulatedThing"));
    QVERIFY(device.connect());
    const QString prefix = "$aws/things/mySimulatedThing/shadow/name/simShadow1/";
    for (const char *answer : {"get/accepted", "get/rejected", "update/accepted", "update/delta"})
        QVERIFY(device.subscribe(prefix + answer));
    Peer app(m_cloud.appSettings("app-aws"));
    QVERIFY(app.connect());
    QVERIFY(app.subscribe(prefix + "update/documents"));

    device.publish(prefix + "get", {});
    auto missing = device.await(prefix + "get/rejected");
    QVERIFY(missing);
    QCOMPARE(missing->value("code").toInt(), 404);
    QCOMPARE(missing->value("message").toString(),
             QStringLiteral("No shadow exists with name: 'simShadow1'"));

    device.publish(prefix + "update",
                   R"({"state":{"reported":{"ID":"SmartLamp21","ColorRGB":[128,128,128]}}})");
    QVERIFY(device.await(prefix + "update/accepted"));
    device.messages.clear();
    app.publish(prefix + "update", R"({"state":{"desired":{"ColorRGB":[255,255,0]}}})");
    auto delta = device.await(prefix + "update/delta");
    QVERIFY(delta);
    QCOMPARE(QJsonDocument(delta->value("state").toObject()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"ColorRGB":[255,255,0]})"));
    QCOMPARE(delta->value("metadata").toObject().value("ColorRGB").toArray().size(), 3);

    device.publish(prefix + "update", R"({"state":{"reported":{"ColorRGB":[255,255,0]}}})");
    auto documents = app.await(prefix + "update/documents", 8000, [](const QJsonObject &body) {
        return body.value("current").toObject().value("version").toInt() == 3;
    });
    QVERIFY(documents);
    QCOMPARE(documents->value("previous")
                 .toObject()
                 .value("state")
                 .toObject()
                 .value("reported")
                 .toObject()
                 .value("ColorRGB")
                 .toArray()
                 .at(0)
                 .toInt(),
             128);
    QCOMPARE(documents->value("current").toObject().value("version").toInt(), 3);
}

void TestEndToEnd::versionConflictIsRefetchedAndReapplied()
{
    Peer other(m_cloud.appSettings("app-other-writer"));
    QVERIFY(other.connect());
    Peer watcher(m_cloud.appSettings("app-watcher"));
    QVERIFY(watcher.connect());
    QVERIFY(watcher.subscribe("$aws/things/fridge-other/shadow/update/rejected"));

    mqtt::MqttClient client;
    client.setSettings(m_cloud.appSettings("app-conflict"));
    shadow::ShadowClient shadowClient(&client, "fridge-other");
    shadowClient.setVersionChecks(true);
    QSignalSpy failed(&shadowClient, &shadow::ShadowClient::requestFailed);
    shadowClient.start();
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(shadowClient.isSynced(), 10000);

    // Someone else writes, and before we hear of it we write with the version we knew.
    other.publish("$aws/things/fridge-other/shadow/update",
                  R"({"state":{"desired":{"note":"theirs"}}})");
    QTest::qWait(300);
    const qint64 stale = shadowClient.version();
    QVERIFY(stale > 0);
    client.publish(
        "$aws/things/fridge-other/shadow/update",
        QStringLiteral(R"({"state":{"desired":{"x":1}},"version":%1,"clientToken":"stale"})")
            .arg(stale - 1)
            .toUtf8());
    auto conflict = watcher.await("$aws/things/fridge-other/shadow/update/rejected");
    QVERIFY(conflict);
    QCOMPARE(conflict->value("code").toInt(), 409);
    QCOMPARE(conflict->value("message").toString(), QStringLiteral("Version conflict"));

    // The client's own path: force a stale version, then watch it refetch and re-apply.
    other.publish("$aws/things/fridge-other/shadow/update",
                  R"({"state":{"desired":{"note":"again"}}})");
    shadowClient.updateDesired({{"mine", true}}); // goes out with the version it knew
    QTRY_VERIFY_WITH_TIMEOUT(shadowClient.pendingIntent().isEmpty(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(shadowClient.desired().value("mine").toBool(), 5000);
    QCOMPARE(shadowClient.desired().value("note").toString(), QStringLiteral("again"));
    QCOMPARE(failed.count(), 0);
}

void TestEndToEnd::shadowsSurviveACloudRestart()
{
    Peer app(m_cloud.appSettings("app-restart"));
    QVERIFY(app.connect());
    const QString topic = "$aws/things/fridge-other/shadow/";
    QVERIFY(app.subscribe(topic + "get/accepted"));
    app.publish(topic + "update", R"({"state":{"desired":{"persist":"yes"}}})");
    app.publish(topic + "get", R"({"clientToken":"before"})");
    auto before = app.await(topic + "get/accepted");
    QVERIFY(before);
    QCOMPARE(
        before->value("state").toObject().value("desired").toObject().value("persist").toString(),
        "yes");

    QVERIFY(m_cloud.restart());
    app.messages.clear();
    QTRY_VERIFY_WITH_TIMEOUT(app.client.state() == mqtt::MqttClient::Connected, 20000);
    app.publish(topic + "get", R"({"clientToken":"after"})");
    auto after = app.await(topic + "get/accepted", 15000);
    QVERIFY(after);
    QCOMPARE(after->value("version").toInt(), before->value("version").toInt());
    QCOMPARE(after->value("state").toObject().value("desired"),
             before->value("state").toObject().value("desired"));
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"

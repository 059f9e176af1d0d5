// SPDX-License-Identifier: MIT
// A soak: 200 simulated fridges and 20 app clients writing setpoints, for LARDER_SOAK_SECONDS
// (120 by default, tools/attack --soak: 600), with the broker killed at a third and larder-cloud
// killed and restarted at two thirds. No intent may be lost: every write is accepted, and at the
// end every fridge's desired setpoint is the last one written and the fridge reports it.
// Memory after warm-up stays within ±10 %. Among them one misbehaving fridge floods the cloud
// the whole time (5,000 messages a second, on each topic it may use in turn): the others keep
// their figures.
#include "CloudFixture.h"

#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace larder;

namespace {
constexpr int kFridges = 200;
constexpr int kApps = 20;
constexpr int kPerApp = kFridges / kApps;

QString fridgeName(int i)
{
    return QStringLiteral("soak-%1").arg(i + 1);
}

/// One app: a connection (development listener) and the shadows of its ten fridges.
struct App
{
    mqtt::MqttClient client;
    std::vector<std::unique_ptr<shadow::ShadowClient>> shadows;
};
} // namespace

class TestSoak : public QObject
{
    Q_OBJECT
private slots:
    void noIntentLostAndMemoryFlat();

private:
    CloudFixture m_cloud;
};

void TestSoak::noIntentLostAndMemoryFlat()
{
    const int seconds = qEnvironmentVariableIntValue("LARDER_SOAK_SECONDS") > 0
                            ? qEnvironmentVariableIntValue("LARDER_SOAK_SECONDS")
                            : 120;
    QVERIFY(m_cloud.start());
    for (int i = 0; i < kFridges; ++i)
        QVERIFY(m_cloud.deviceCert(fridgeName(i)));
    const QString rogue = QStringLiteral("soak-rogue");
    QVERIFY(m_cloud.deviceCert(rogue));
    QProcess *fridges = m_cloud.startFridge("soak", {"--count", QString::number(kFridges)});
    QVERIFY(fridges);

    std::vector<std::unique_ptr<App>> apps;
    QHash<QString, double> lastIntent;         // fridge → the setpoint last written
    QSet<QString> sent, accepted;              // clientTokens
    QHash<QString, qint64> sentAt, acceptedAt; // clientToken → ms since the start
    QElapsedTimer since;
    since.start();
    QList<QString> failures;
    for (int a = 0; a < kApps; ++a) {
        auto app = std::make_unique<App>();
        app->client.setSettings(m_cloud.appSettings(QStringLiteral("soak-app-%1").arg(a)));
        for (int f = 0; f < kPerApp; ++f) {
            auto shadow =
                std::make_unique<shadow::ShadowClient>(&app->client, fridgeName(a * kPerApp + f),
                                                       QString(), shadow::ShadowClient::Role::App);
            QObject::connect(shadow.get(), &shadow::ShadowClient::updateAccepted, shadow.get(),
                             [&](const QString &token) {
                                 accepted.insert(token);
                                 acceptedAt.insert(token, since.elapsed());
                             });
            QObject::connect(shadow.get(), &shadow::ShadowClient::requestFailed, shadow.get(),
                             [&](const QString &token, int code, const QString &message) {
                                 if (sent.contains(token))
                                     failures << QStringLiteral("%1 %2").arg(code).arg(message);
                             });
            shadow->start();
            app->shadows.push_back(std::move(shadow));
        }
        app->client.connectToHost();
        apps.push_back(std::move(app));
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &app : apps)
                for (const auto &shadow : app->shadows)
                    if (!shadow->isSynced())
                        return false;
            return true;
        },
        60000));

    // Every 2 s each app writes one of its fridges' setpoints.
    QTimer writer;
    writer.setInterval(2000);
    QObject::connect(&writer, &QTimer::timeout, [&] {
        for (const auto &app : apps) {
            auto &shadow = app->shadows[QRandomGenerator::global()->bounded(kPerApp)];
            const double setpoint = 1.0 + 0.5 * QRandomGenerator::global()->bounded(15);
            const QString token =
                shadow->updateDesired({{"fridge", QJsonObject{{"setpoint", setpoint}}}});
            sent.insert(token);
            sentAt.insert(token, since.elapsed());
            lastIntent.insert(shadow->thing(), setpoint);
        }
    });
    writer.start();
    // The misbehaving fridge: one topic after another, 10 s each, restarted when the broker
    // or the cloud is killed under it.
    const QStringList floods{"larder/things/soak-rogue/media/request",
                             "larder/things/soak-rogue/ingredients/recognition",
                             "$aws/things/soak-rogue/jobs/get",
                             "$aws/things/soak-rogue/shadow/update"};
    const auto device = m_cloud.deviceSettings(rogue);
    // One payload every topic's service reads as its own (a media op, an item seen, a report).
    const QString floodPayload =
        QStringLiteral(R"({"op":"download","key":"x","clientToken":"r","added":[{"name":"Flood"}],)"
                       R"("state":{"reported":{"n":1}}})");
    QProcess flood;
    int floodRound = 0;
    qint64 flooded = 0;
    QTimer flooder;
    flooder.setInterval(500);
    QObject::connect(&flooder, &QTimer::timeout, [&] {
        if (flood.state() != QProcess::NotRunning)
            return;
        flooded += QJsonDocument::fromJson(flood.readAllStandardOutput())
                       .object()
                       .value("sent")
                       .toInteger();
        flood.start(CloudFixture::binary("mqtt-flood"),
                    {"--port", QString::number(device.port), "--ca", device.caFile, "--cert",
                     device.certFile, "--key", device.keyFile, "--id", device.clientId, "--topic",
                     floods.at(floodRound++ % floods.size()), "--payload", floodPayload,
                     "--seconds", "10", "--rate", "5000"});
    });
    flooder.start();
    QElapsedTimer clock;
    clock.start();
    qint64 cloudWarm = 0, brokerWarm = 0;
    bool brokerKilled = false, cloudKilled = false;
    while (clock.elapsed() < seconds * 1000) {
        QTest::qWait(250);
        const qint64 t = clock.elapsed();
        if (!brokerKilled && t > seconds * 1000 / 3) {
            brokerKilled = true;
            QVERIFY(m_cloud.killBroker());
        }
        if (!cloudKilled && t > seconds * 2000 / 3) {
            cloudKilled = true;
            QVERIFY(m_cloud.killAndRestart());
        }
        if (cloudKilled && cloudWarm == 0 && t > seconds * 2000 / 3 + 15000) {
            cloudWarm = CloudFixture::memoryKiB(m_cloud.cloudPid(), "VmRSS");
            brokerWarm = CloudFixture::memoryKiB(m_cloud.childPid("mosquitto"), "VmRSS");
        }
    }
    writer.stop();
    flooder.stop();
    flood.waitForFinished(15000);
    flooded +=
        QJsonDocument::fromJson(flood.readAllStandardOutput()).object().value("sent").toInteger();
    const qint64 cloudEnd = CloudFixture::memoryKiB(m_cloud.cloudPid(), "VmRSS");
    const qint64 brokerEnd = CloudFixture::memoryKiB(m_cloud.childPid("mosquitto"), "VmRSS");

    // Every write answered…
    QVERIFY2(QTest::qWaitFor([&] { return accepted.contains(sent) || !failures.isEmpty(); }, 60000),
             qPrintable(QStringLiteral("%1 of %2 writes unanswered")
                            .arg((sent - accepted).size())
                            .arg(sent.size())));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"; ")));
    // …and every fridge ends where its last intent put it, desired and reported.
    int converged = 0;
    (void)QTest::qWaitFor(
        [&] {
            converged = 0;
            for (const auto &app : apps)
                for (const auto &shadow : app->shadows) {
                    const QString thing = shadow->thing();
                    const auto desired =
                        shadow->desired().value("fridge").toObject().value("setpoint");
                    const auto reported =
                        shadow->reported().value("fridge").toObject().value("setpoint");
                    if (!lastIntent.contains(thing) ||
                        (desired.toDouble() == lastIntent.value(thing) &&
                         reported.toDouble() == lastIntent.value(thing)))
                        ++converged;
                }
            return converged == kFridges;
        },
        60000);
    QList<qint64> waits;
    for (auto it = sentAt.cbegin(); it != sentAt.cend(); ++it)
        if (acceptedAt.contains(it.key()))
            waits.append(acceptedAt.value(it.key()) - it.value());
    std::sort(waits.begin(), waits.end());
    const auto percentile = [&](double p) {
        return waits.isEmpty() ? -1 : waits.at(qMin(waits.size() - 1, qsizetype(p * waits.size())));
    };
    qInfo("%d s, %d fridges, %d apps, one fridge flooding (%lld messages): %lld writes, %lld "
          "accepted (p50 %lld ms, p99 %lld ms), %lld failed; %d of %d fridges at their last "
          "intent; larder-cloud %lld → %lld KiB, mosquitto %lld → %lld KiB after warm-up",
          seconds, kFridges, kApps, flooded, qint64(sent.size()), qint64((accepted & sent).size()),
          percentile(0.5), percentile(0.99), qint64(failures.size()), converged, kFridges,
          cloudWarm, cloudEnd, brokerWarm, brokerEnd);
    QVERIFY2(flooded > 100000, "the misbehaving fridge did not flood");
    QCOMPARE(converged, kFridges);
    QVERIFY(cloudWarm > 0 && brokerWarm > 0);
    QVERIFY2(qAbs(cloudEnd - cloudWarm) <= cloudWarm / 10, "larder-cloud's memory grew past 10 %");
    QVERIFY2(qAbs(brokerEnd - brokerWarm) <= brokerWarm / 10, "mosquitto's memory grew past 10 %");
}

int main(int argc, char **argv)
{
    // Qt Test stops a test function after 5 minutes; the soak may be asked to run longer.
    const int seconds = qEnvironmentVariableIntValue("LARDER_SOAK_SECONDS");
    if (seconds > 0 && !qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 300) * 1000));
    QCoreApplication app(argc, argv);
    TestSoak test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_soak.moc"

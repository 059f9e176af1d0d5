// SPDX-License-Identifier: MIT
// Control round trip: a desired value written by the app core until the fridge's report of
// it reaches the app core (app → cloud → fridge → cloud → app: four broker hops), beside a
// baseline measured in the same run: a raw MQTT message relayed four times through the same
// broker over the same kind of TLS connections. Alternating samples, one JSON line.
#include "CloudFixture.h"
#include "Percentiles.h"

#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cstdio>

using namespace larder;

namespace {
/// Runs the event loop until @p done, waking on each event (no polling interval), at most @p ms.
template <typename Predicate> bool waitUntil(Predicate done, int ms = 5000)
{
    QElapsedTimer deadline;
    deadline.start();
    while (!done()) {
        if (deadline.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

bool waitConnected(mqtt::MqttClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == mqtt::MqttClient::Connected; }, 10000);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = qEnvironmentVariableIntValue("LARDER_BENCH_N") > 0
                      ? qEnvironmentVariableIntValue("LARDER_BENCH_N")
                      : 1000;
    CloudFixture cloud;
    if (!cloud.start() || !cloud.startFridge("bench-fridge")) {
        std::fprintf(stderr, "bench: cannot start the local cloud\n");
        return 1;
    }

    // The app core, as the owner screen uses it.
    mqtt::MqttClient appClient;
    appClient.setSettings(cloud.appSettings("bench-app"));
    fridge::FridgeController fridge(&appClient, "bench-fridge", {});
    fridge.start();
    appClient.connectToHost();

    // Baseline: a sender and a relay that forwards hop/1 → hop/2 → hop/3 → hop/4.
    mqtt::MqttClient sender, relay;
    sender.setSettings(cloud.serviceSettings("bench-echo-sender"));
    relay.setSettings(cloud.serviceSettings("bench-echo-relay"));
    const QString base = QStringLiteral("$aws/bench/echo/hop%1");
    for (int hop = 1; hop <= 3; ++hop)
        relay.subscribe(base.arg(hop), 1);
    sender.subscribe(base.arg(4), 1);
    QObject::connect(&relay, &mqtt::MqttClient::messageReceived, &relay,
                     [&](const QByteArray &payload, const QString &topic) {
                         for (int hop = 1; hop <= 3; ++hop)
                             if (topic == base.arg(hop))
                                 relay.publish(base.arg(hop + 1), payload, 1);
                     });
    bool echoed = false;
    QObject::connect(&sender, &mqtt::MqttClient::messageReceived, &sender, [&] { echoed = true; });
    relay.connectToHost();
    sender.connectToHost();
    if (!waitConnected(appClient) || !waitConnected(sender) || !waitConnected(relay) ||
        !QTest::qWaitFor([&] { return fridge.synced() && fridge.fridgeSetpoint()->hasValue(); },
                         15000)) {
        std::fprintf(stderr, "bench: clients did not connect\n");
        return 1;
    }
    QTest::qWait(500);

    QList<double> roundTrip, baseline;
    QElapsedTimer timer;
    shadow::ShadowControl *setpoint = fridge.fridgeSetpoint();
    for (int i = 0; i < n; ++i) {
        echoed = false;
        timer.start();
        sender.publish(base.arg(1), QByteArrayLiteral("{\"n\":") + QByteArray::number(i) + '}', 1);
        if (!waitUntil([&] { return echoed; })) {
            std::fprintf(stderr, "bench: echo %d lost\n", i);
            return 1;
        }
        baseline.append(timer.nsecsElapsed() / 1e6);

        const double value = 1.0 + 0.5 * (i % 15); // 1.0 … 8.0, always a change
        const double next = value == setpoint->value().toDouble() ? value + 0.5 : value;
        timer.start();
        setpoint->set(next);
        if (!waitUntil([&] { return !setpoint->pending(); }) ||
            setpoint->value().toDouble() != next) {
            std::fprintf(stderr, "bench: change %d not confirmed (%s)\n", i,
                         qPrintable(setpoint->error()));
            return 1;
        }
        roundTrip.append(timer.nsecsElapsed() / 1e6);
    }

    const double p50 = percentile(roundTrip, 50), basep50 = percentile(baseline, 50);
    const QJsonObject result{{"name", "control_round_trip"},
                             {"n", n},
                             {"p50_ms", p50},
                             {"p99_ms", percentile(roundTrip, 99)},
                             {"baseline", "mqtt_relay_4_hops"},
                             {"baseline_p50_ms", basep50},
                             {"baseline_p99_ms", percentile(baseline, 99)},
                             {"ratio", basep50 > 0 ? p50 / basep50 : 0}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

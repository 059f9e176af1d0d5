// SPDX-License-Identifier: MIT
// Control round trip: a desired value written by the app core until the fridge's report of
// it reaches the app core (app → cloud → fridge → cloud → app: four broker hops), beside a
// baseline measured in the same run: a raw MQTT message relayed four times through the same
// broker over the same kind of TLS connections. Alternating samples, one JSON line.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "Percentiles.h"

#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace larder;

namespace {
bool waitConnected(mqtt::MqttClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == mqtt::MqttClient::Connected; }, 10000);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples();
    CloudFixture cloud;
    if (!cloud.start() || !cloud.startFridge("bench-fridge")) {
        std::fprintf(stderr, "bench: cannot start the local cloud\n");
        return 1;
    }

    // The app core, as the owner screen uses it: once with the development certificate, once
    // signed in with an ID token (the broker plugin checks every message against the family).
    mqtt::MqttClient appClient;
    appClient.setSettings(cloud.appSettings("bench-app"));
    fridge::FridgeController fridge(&appClient, "bench-fridge", {});
    fridge.start();
    appClient.connectToHost();

    CloudHttp http(cloud);
    if (!http.createAccount("bench@example.com", "Bench-Fridge-2026")) {
        std::fprintf(stderr, "bench: cannot create the bench account\n");
        return 1;
    }
    const QString idToken =
        http.signIn("bench@example.com", "Bench-Fridge-2026").value("IdToken").toString();
    const QString family = http.api("POST", "/families", {{"name", "Bench"}}, idToken)
                               .body.value("familyId")
                               .toString();
    if (!cloud.runTool({"assign-thing", "--thing", "bench-fridge", "--family", family})) {
        std::fprintf(stderr, "bench: cannot put the fridge into the bench family\n");
        return 1;
    }
    mqtt::MqttClient signedInClient;
    signedInClient.setSettings(cloud.accountSettings("bench-signed-in", idToken));
    fridge::FridgeController signedIn(&signedInClient, "bench-fridge", {});
    signedIn.start(); // connects in its own phase, so only one app client is live at a time

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

    QElapsedTimer timer;
    auto echo = [&](int i, QList<double> &samples) {
        echoed = false;
        timer.start();
        sender.publish(base.arg(1), QByteArrayLiteral("{\"n\":") + QByteArray::number(i) + '}', 1);
        if (!waitUntil([&] { return echoed; })) {
            std::fprintf(stderr, "bench: echo %d lost\n", i);
            return false;
        }
        samples.append(timer.nsecsElapsed() / 1e6);
        return true;
    };
    // One change through a controller, timed until the fridge's report reaches it.
    auto change = [&](fridge::FridgeController &controller, int i, QList<double> &samples) {
        shadow::ShadowControl *setpoint = controller.fridgeSetpoint();
        const double value = 1.0 + 0.5 * (i % 15); // 1.0 … 8.0
        const double next = value == setpoint->value().toDouble() ? value + 0.5 : value;
        timer.start();
        setpoint->set(next);
        if (!waitUntil(
                [&] { return !setpoint->pending() && setpoint->value().toDouble() == next; })) {
            std::fprintf(stderr, "bench: change %d not confirmed (%s)\n", i,
                         qPrintable(setpoint->error()));
            return false;
        }
        samples.append(timer.nsecsElapsed() / 1e6);
        return true;
    };
    auto report = [&](const char *name, const char *connection, const QList<double> &samples,
                      const QList<double> &baseline) {
        const double p50 = percentile(samples, 50), basep50 = percentile(baseline, 50);
        const QJsonObject result{{"name", name},
                                 {"connection", connection},
                                 {"n", n},
                                 {"p50_ms", p50},
                                 {"p99_ms", percentile(samples, 99)},
                                 {"baseline", "mqtt_relay_4_hops"},
                                 {"baseline_p50_ms", basep50},
                                 {"baseline_p99_ms", percentile(baseline, 99)},
                                 {"ratio", basep50 > 0 ? p50 / basep50 : 0}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };

    // Phase 1: the development certificate. Phase 2: signed in, every message checked by the
    // broker plugin. Each alternates with its own baseline samples; one app client at a time.
    QList<double> devTrip, devBaseline, signedTrip, signedBaseline;
    for (int i = 0; i < n; ++i)
        if (!echo(i, devBaseline) || !change(fridge, i, devTrip))
            return 1;
    report("control_round_trip", "development certificate", devTrip, devBaseline);

    appClient.disconnectFromHost();
    signedInClient.connectToHost();
    if (!waitConnected(signedInClient) ||
        !QTest::qWaitFor([&] { return signedIn.synced() && signedIn.fridgeSetpoint()->hasValue(); },
                         15000)) {
        std::fprintf(stderr, "bench: the signed-in client did not connect\n");
        return 1;
    }
    QTest::qWait(300);
    for (int i = 0; i < n; ++i)
        if (!echo(i, signedBaseline) || !change(signedIn, i, signedTrip))
            return 1;
    report("control_round_trip_signed_in", "ID token, broker plugin", signedTrip, signedBaseline);
    return 0;
}

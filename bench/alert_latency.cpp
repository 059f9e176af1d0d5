// SPDX-License-Identifier: MIT
// Alert latency: a fridge's report that meets a condition (its door open for the family's ten
// minutes, by its own clock) until the alert reaches a signed-in app subscribed to the family's
// alerts feed (fridge → broker → cloud's rules, event stored → broker → app), beside a baseline
// measured in the same run: one raw MQTT message published and delivered through the same
// broker over the same kind of TLS connections. Alternating samples, one JSON line. Each alert
// is a different fridge's first (the rules raise a condition of one fridge at most once a
// minute), so the bench makes as many fridges as samples.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "Percentiles.h"

#include "alerts/AlertTopics.h"
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
QByteArray report(bool open, qint64 clock)
{
    return QStringLiteral(R"({"state":{"reported":{"doorOpen":%1,"clock":%2}}})")
        .arg(open ? "true" : "false")
        .arg(clock)
        .toUtf8();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples();
    const auto thingOf = [](int i) { return QStringLiteral("bench-alert-%1").arg(i); };
    CloudFixture cloud;
    if (!cloud.start()) {
        std::fprintf(stderr, "bench: cannot start the local cloud\n");
        return 1;
    }
    CloudHttp http(cloud);
    if (!http.createAccount("alerts@example.com", "Bench-Alerts-2026")) {
        std::fprintf(stderr, "bench: cannot create the bench account\n");
        return 1;
    }
    const QString idToken =
        http.signIn("alerts@example.com", "Bench-Alerts-2026").value("IdToken").toString();
    const QString family = http.api("POST", "/families", {{"name", "Bench"}}, idToken)
                               .body.value("familyId")
                               .toString();
    for (int i = 0; i < n; ++i)
        if (!cloud.deviceCert(thingOf(i)) ||
            !cloud.runTool({"assign-thing", "--thing", thingOf(i), "--family", family})) {
            std::fprintf(stderr, "bench: cannot put fridge %d into the bench family\n", i);
            return 1;
        }

    // The fridge (its certificate), the app (signed in, on the family's feed), and the
    // baseline's two service connections.
    mqtt::MqttClient device, phone, sender, receiver;
    device.setSettings(cloud.deviceSettings(thingOf(0)));
    phone.setSettings(cloud.accountSettings("bench-alert-phone", idToken));
    sender.setSettings(cloud.serviceSettings("bench-alert-sender"));
    receiver.setSettings(cloud.serviceSettings("bench-alert-receiver"));
    QString update = QStringLiteral("$aws/things/%1/shadow/update").arg(thingOf(0));
    const QString feed = alerts::topics::familyChanges(family);
    const QString echo = QStringLiteral("$aws/bench/alert/echo");
    device.subscribe(update + QStringLiteral("/accepted"), 1);
    phone.subscribe(feed, 1);
    receiver.subscribe(echo, 1);
    int accepted = 0;
    QString heard; ///< the last alert state the phone heard ("raised", "cleared")
    bool echoed = false;
    QObject::connect(&device, &mqtt::MqttClient::messageReceived, &device, [&] { ++accepted; });
    QObject::connect(&phone, &mqtt::MqttClient::messageReceived, &phone,
                     [&](const QByteArray &payload, const QString &topic) {
                         if (topic == feed)
                             heard = QJsonDocument::fromJson(payload)
                                         .object()
                                         .value("details")
                                         .toObject()
                                         .value("state")
                                         .toString();
                     });
    QObject::connect(&receiver, &mqtt::MqttClient::messageReceived, &receiver,
                     [&] { echoed = true; });
    for (mqtt::MqttClient *client : {&device, &phone, &sender, &receiver})
        client->connectToHost();
    for (mqtt::MqttClient *client : {&device, &phone, &sender, &receiver})
        if (!waitConnected(*client)) {
            std::fprintf(stderr, "bench: clients did not connect\n");
            return 1;
        }
    QTest::qWait(500);

    QElapsedTimer timer;
    QList<double> samples, baseline, shadowAnswer;
    for (int i = 0; i < n; ++i) {
        if (i > 0) { // the next fridge, connected before anything is timed
            device.unsubscribe(update + QStringLiteral("/accepted"));
            device.disconnectFromHost();
            update = QStringLiteral("$aws/things/%1/shadow/update").arg(thingOf(i));
            device.setSettings(cloud.deviceSettings(thingOf(i)));
            device.subscribe(update + QStringLiteral("/accepted"), 1);
            device.connectToHost();
            if (!waitConnected(device) ||
                !QTest::qWaitFor([&] { return device.isSubscribed(update + "/accepted"); }, 5000)) {
                std::fprintf(stderr, "bench: fridge %d did not connect\n", i);
                return 1;
            }
        }
        // Baseline: one message through the broker.
        echoed = false;
        timer.start();
        sender.publish(echo, QByteArrayLiteral("{\"n\":") + QByteArray::number(i) + '}', 1);
        if (!waitUntil([&] { return echoed; })) {
            std::fprintf(stderr, "bench: echo %d lost\n", i);
            return 1;
        }
        baseline.append(timer.nsecsElapsed() / 1e6);
        // The door opens at fridge time 1000 (a clock set back: the rules measure its pace
        // afresh, at the wall's), and the report at 1600 meets the ten minutes.
        const int before = accepted;
        device.publish(update, report(true, 1000), 1);
        if (!waitUntil([&] { return accepted > before; })) {
            std::fprintf(stderr, "bench: report %d not accepted\n", i);
            return 1;
        }
        // The same report's own answer (device → cloud → device: the same two hops).
        const int answered = accepted;
        heard.clear();
        timer.start();
        device.publish(update, report(true, 1600), 1);
        if (!waitUntil([&] { return accepted > answered; })) {
            std::fprintf(stderr, "bench: report %d not accepted\n", i);
            return 1;
        }
        shadowAnswer.append(timer.nsecsElapsed() / 1e6);
        if (!waitUntil([&] { return heard == u"raised"; })) {
            std::fprintf(stderr, "bench: alert %d not heard\n", i);
            return 1;
        }
        samples.append(timer.nsecsElapsed() / 1e6);
        device.publish(update, report(false, 1601), 1);
        if (!waitUntil([&] { return heard == u"cleared"; })) {
            std::fprintf(stderr, "bench: clearing %d not heard\n", i);
            return 1;
        }
    }
    printResult(comparison("alert_condition_to_app", samples, baseline,
                           {{"n", n},
                            {"baseline", "mqtt_publish_deliver_1_hop"},
                            {"shadow_accepted_p50_ms", percentile(shadowAnswer, 50)}}));
    return 0;
}

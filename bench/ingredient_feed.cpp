// SPDX-License-Identifier: MIT
// A change on the door tablet until it shows on a family member's phone (tablet → broker →
// the cloud's ingredient service → SQLite → broker → phone, through the real door tablet and
// InventorySync objects), beside a baseline measured in the same run: a raw MQTT message
// published and delivered once through the same broker. Alternating samples, one JSON line.
// Then the journal: 1,000 changes made offline on a phone, replayed on reconnect (in batches),
// beside a new phone loading the same list over the same REST path.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "Percentiles.h"

#include "inventory/InventoryTopics.h"
#include "kiosk/DoorTablet.h"
#include "mqtt/MqttClient.h"
#include "pairing/PairingPayload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace larder;

namespace {
const QString kThing = QStringLiteral("LRD00000090");
constexpr auto kRest = inventory::RestInventoryChannel::Kind::Fridge;

int fail(const char *why)
{
    std::fprintf(stderr, "bench: %s\n", why);
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples();
    CloudFixture cloud;
    const QString tabletDir = cloud.tabletDir();
    if (!cloud.start() ||
        !cloud.runTool({"factory", "--serial", kThing, "--model", "LF-500", "--out", tabletDir}) ||
        !cloud.startFridge(kThing, {"--serial", kThing}))
        return fail("cannot start the local cloud");
    CloudHttp http(cloud);
    const auto tokens = http.signedInAccounts({"bench-owner"});
    const QString family = http.createFamily("Bench", tokens.value("bench-owner"));
    if (family.isEmpty())
        return fail("cannot make the bench family");

    const auto started = cloud.startTablet();
    kiosk::DoorTablet &tablet = *started;
    if (!waitUntil([&] { return tablet.state() == kiosk::DoorTablet::WaitingForPairing; }, 20000))
        return fail("the tablet did not provision itself");
    QString error;
    const auto label = pairing::PairingPayload::parse(tablet.pairingUri().toUtf8(), &error);
    if (!label ||
        http.pair(*label, family, "Bench fridge", tokens.value("bench-owner")).status != 201)
        return fail("cannot pair the tablet");
    if (!waitUntil([&] { return tablet.inventory() && !tablet.inventory()->loading(); }, 20000))
        return fail("the tablet did not follow its fridge");

    QTemporaryDir dir;
    MemberDevice phone(cloud, http.profile(), tokens.value("bench-owner"),
                       dir.filePath("phone.sqlite"), QStringLiteral("bench-phone"), kThing, true,
                       kRest, false);
    phone.sync->start();
    const QString feed = inventory::topics::changes(kThing);
    if (!waitUntil([&] { return phone.mqtt.isSubscribed(feed) && !phone.sync->loading(); }, 15000))
        return fail("the phone did not follow the list");

    // Baseline: one publish, one delivery, through the same broker over TLS.
    mqtt::MqttClient sender, receiver;
    sender.setSettings(cloud.serviceSettings(QStringLiteral("bench-feed-sender")));
    receiver.setSettings(cloud.serviceSettings(QStringLiteral("bench-feed-receiver")));
    const QString echo = QStringLiteral("$aws/bench/feed/raw");
    receiver.subscribe(echo, 1);
    int delivered = 0;
    QObject::connect(&receiver, &mqtt::MqttClient::messageReceived, &receiver,
                     [&] { ++delivered; });
    sender.connectToHost();
    receiver.connectToHost();
    if (!waitUntil([&] {
            return sender.state() == mqtt::MqttClient::Connected && receiver.isSubscribed(echo) &&
                   receiver.state() == mqtt::MqttClient::Connected;
        }))
        return fail("the baseline clients did not connect");
    QTest::qWait(500); // the subscription is in place at the broker

    QList<double> feedSamples, rawSamples;
    QElapsedTimer timer;
    auto *list = tablet.inventory();
    // A person at the door, however quick, and within the tablet's share of the cloud (the
    // broker serves a device 20 requests a second to a service): one change every 60 ms.
    QElapsedTimer pace;
    pace.start();
    for (int i = 0; i < n; ++i) {
        QTest::qWait(int(std::max<qint64>(0, i * 60 - pace.elapsed())));
        const int before = delivered;
        timer.start();
        sender.publish(echo, QByteArrayLiteral("{\"item\":") + QByteArray::number(i) + '}', 1);
        if (!waitUntil([&] { return delivered > before; }))
            return fail("a raw message was lost");
        rawSamples.append(timer.nsecsElapsed() / 1e6);

        timer.start();
        const QString id =
            list->add(QStringLiteral("Bench item %1").arg(i), QStringLiteral("other"));
        if (id.isEmpty() || !waitUntil([&] { return phone.shows(id); }))
            return fail("a tablet change did not reach the phone");
        feedSamples.append(timer.nsecsElapsed() / 1e6);
    }
    printResult(comparison("tablet_change_to_phone", feedSamples, rawSamples,
                           {{"n", n}, {"baseline", "mqtt_publish_deliver"}}));

    // The journal: 1,000 changes made offline (adds, takes, removals of a few items), then
    // the same phone online again: time until the cloud confirmed every one.
    const int journal = 1000;
    const QString store = dir.filePath("offline.sqlite");
    {
        MemberDevice offline(cloud, http.profile(), tokens.value("bench-owner"), store,
                             QStringLiteral("bench-offline"), kThing, false, kRest, false);
        offline.sync->start();
        QStringList ids;
        for (int i = 0; i < journal; ++i) {
            if (i % 4 == 3 && !ids.isEmpty())
                offline.sync->adjust(ids.at(i % ids.size()), -1);
            else
                ids.append(offline.sync->add(QStringLiteral("Offline %1").arg(i),
                                             QStringLiteral("other"), 5));
        }
        if (offline.sync->pendingCount() != journal)
            return fail("the offline journal does not hold every change");
    }
    MemberDevice back(cloud, http.profile(), tokens.value("bench-owner"), store,
                      QStringLiteral("bench-offline"), kThing, true, kRest, false);
    timer.start();
    back.sync->start();
    if (!waitUntil([&] { return back.sync->pendingCount() == 0; }, 120000))
        return fail("the journal was not replayed");
    const double replay = timer.nsecsElapsed() / 1e6;
    if (!back.sync->error().isEmpty())
        std::fprintf(stderr, "bench: replay error: %s\n", qPrintable(back.sync->error()));
    // Baseline: a new device loading the whole list (the same items) over the same REST path.
    MemberDevice fresh(cloud, http.profile(), tokens.value("bench-owner"),
                       dir.filePath("fresh.sqlite"), QStringLiteral("bench-fresh"), kThing, true,
                       kRest, false);
    timer.start();
    fresh.sync->start();
    const int live = back.sync->items()->count();
    if (!waitUntil([&] { return !fresh.sync->loading() && fresh.sync->items()->count() == live; },
                   60000))
        return fail("the list did not load");
    const double load = timer.nsecsElapsed() / 1e6;
    printResult({{"name", "journal_replay_1000"},
                 {"changes", journal},
                 {"total_ms", replay},
                 {"per_change_ms", replay / journal},
                 {"baseline", "full_list_load"},
                 {"baseline_items", live},
                 {"baseline_total_ms", load},
                 {"ratio", load > 0 ? replay / load : 0}});
    return 0;
}

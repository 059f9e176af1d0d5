// SPDX-License-Identifier: MIT
#include "AlertService.h"

#include "alerts/AlertTopics.h"
#include "alerts/MorningNotice.h"
#include "larder-cloud/api/FamilyStore.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAlerts, "larder.cloud.alerts", QtInfoMsg)

namespace larder::cloud::alerts {

using larder::alerts::AlertRules;
using larder::alerts::Change;
using larder::alerts::FridgeWatch;
using larder::alerts::MorningNotice;

AlertService::AlertService(mqtt::MqttClient *client, EventStore *events,
                           const SettingsStore *settings, const FamilyStore *families,
                           QObject *parent)
    : QObject(parent), m_client(client), m_events(events), m_settings(settings),
      m_families(families)
{
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &AlertService::tick);
}

void AlertService::start()
{
    m_tick.start();
}

FridgeWatch &AlertService::watchOf(const QString &thing, const QString &familyId)
{
    auto found = m_watches.find(thing);
    if (found == m_watches.end() || found->familyId != familyId) {
        Watched watched{familyId, {}, {}, {}, {}};
        watched.watch.raised = m_events->open(thing, familyId);
        // A note made today before a restart is not made again.
        if (const qint64 made = m_events->latest(thing, larder::alerts::Condition::UseSoon))
            watched.noticeMade = QDateTime::fromMSecsSinceEpoch(made).date();
        found = m_watches.insert(thing, watched);
        m_newWatch = true;
    }
    return found->watch;
}

void AlertService::forget(const QString &thing)
{
    m_watches.remove(thing);
    // An empty retained message removes the retained one (MQTT 3.1.1, 3.3.1.3).
    m_client->publish(larder::alerts::topics::thingOpen(thing), {}, 1, true);
    emit openAlertsChanged(thing, 0);
}

const larder::alerts::Thresholds &AlertService::thresholdsOf(const QString &familyId)
{
    auto found = m_thresholds.find(familyId);
    if (found == m_thresholds.end())
        found = m_thresholds.insert(familyId, m_settings->thresholds(familyId));
    return *found;
}

void AlertService::onReported(const QString &thing, const QJsonObject &reported)
{
    const auto family = m_families->familyOfThing(thing);
    if (!family)
        return; // a fridge in no family has nobody to tell
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const larder::alerts::Thresholds &thresholds = thresholdsOf(family->first);
    FridgeWatch &watch = watchOf(thing, family->first);
    QList<Change> changes = AlertRules::onReported(watch, reported, now, thresholds);
    if (const QJsonValue connected = reported.value(u"connected"); connected.isBool())
        changes += AlertRules::onPresence(watch, connected.toBool(), now, thresholds);
    apply(thing, family->first, changes);
    // The door shows the fridge by the name its family gave it: said again when it changes.
    if (auto it = m_watches.find(thing); it != m_watches.end() && it->named != family->second.name)
        publishOpen(thing, family->first, family->second.name);
}

void AlertService::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_thresholds.clear();
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it)
        if (const auto family = m_families->familyOfThing(it.key());
            family && family->first == it->familyId)
            apply(it.key(), it->familyId,
                  AlertRules::onTick(it->watch, now, thresholdsOf(family->first)));
    if (m_contents && (std::exchange(m_newWatch, false) || now - m_noticesCheckedAt >= 60)) {
        m_noticesCheckedAt = now;
        morningNotices();
    }
}

void AlertService::morningNotices()
{
    const QDateTime now = QDateTime::currentDateTime();
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it) {
        if (it->noticeMade == now.date() || now.time() < QTime(m_noteHour, 0))
            continue;
        const auto notice =
            MorningNotice::due(m_contents(it.key()), now, it->noticeMade, m_noteHour);
        it->noticeMade = now.date(); // looked today: one note a day at most, or none
        if (notice)
            apply(it.key(), it->familyId, {*notice});
    }
}

void AlertService::apply(const QString &thing, const QString &familyId,
                         const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    // The family the rules watched it in, and still its family now: never another's.
    const auto family = m_families->familyOfThing(thing);
    if (!family || family->first != familyId)
        return;
    for (const Change &change : changes) {
        const auto event =
            m_events->record(thing, family->first, change, QDateTime::currentMSecsSinceEpoch());
        if (!event)
            continue;
        qCInfo(lcAlerts).noquote() << thing << (change.raised ? "raised" : "cleared")
                                   << event->condition << "-" << change.message;
        m_client->publish(
            larder::alerts::topics::familyChanges(family->first),
            QJsonDocument(event->toJson(family->second.name)).toJson(QJsonDocument::Compact), 1);
        if (m_mail && event->raised && event->type == u"error") {
            // One mail per condition in a quiet period, however often it comes back.
            qint64 &mailed = m_watches[thing].mailedAt[event->condition];
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (mailed == 0 || now - mailed >= mailQuietSeconds) {
                mailed = now;
                m_mail(family->first, family->second.name, *event);
            }
        }
    }
    publishOpen(thing, family->first, family->second.name);
}

void AlertService::publishOpen(const QString &thing, const QString &familyId,
                               const QString &deviceName)
{
    // What is open now, retained: the door tablet sounds its alarm from it, also after it
    // (re)connects, and shows the fridge by its name.
    QJsonArray open;
    for (const EventStore::Event &event : m_events->openAlerts(thing, familyId))
        open.append(event.toJson(deviceName));
    m_client->publish(larder::alerts::topics::thingOpen(thing),
                      QJsonDocument(QJsonObject{{QStringLiteral("alerts"), open},
                                                {QStringLiteral("deviceName"), deviceName}})
                          .toJson(QJsonDocument::Compact),
                      1, true);
    if (auto it = m_watches.find(thing); it != m_watches.end())
        it->named = deviceName;
    emit openAlertsChanged(thing, int(open.size()));
}

} // namespace larder::cloud::alerts

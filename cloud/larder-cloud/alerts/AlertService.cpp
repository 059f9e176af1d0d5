// SPDX-License-Identifier: MIT
#include "AlertService.h"

#include "alerts/AlertTopics.h"
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

FridgeWatch &AlertService::watchOf(const QString &thing)
{
    auto found = m_watches.find(thing);
    if (found == m_watches.end()) {
        FridgeWatch watch;
        watch.raised = m_events->open(thing);
        found = m_watches.insert(thing, watch);
    }
    return *found;
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
    FridgeWatch &watch = watchOf(thing);
    QList<Change> changes = AlertRules::onReported(watch, reported, now, thresholds);
    if (const QJsonValue connected = reported.value(u"connected"); connected.isBool())
        changes += AlertRules::onPresence(watch, connected.toBool(), now, thresholds);
    apply(thing, changes);
}

void AlertService::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_thresholds.clear();
    for (auto it = m_watches.begin(); it != m_watches.end(); ++it)
        if (const auto family = m_families->familyOfThing(it.key()))
            apply(it.key(), AlertRules::onTick(it.value(), now, thresholdsOf(family->first)));
}

void AlertService::apply(const QString &thing, const QList<Change> &changes)
{
    if (changes.isEmpty())
        return;
    const auto family = m_families->familyOfThing(thing);
    if (!family)
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
        if (m_mail && event->raised && event->type == u"error")
            m_mail(family->first, family->second.name, *event);
    }
    // What is open now, retained: the door tablet sounds its alarm from it, also after it
    // (re)connects.
    QJsonArray open;
    for (const EventStore::Event &event : m_events->openAlerts(thing))
        open.append(event.toJson(family->second.name));
    m_client->publish(
        larder::alerts::topics::thingOpen(thing),
        QJsonDocument(QJsonObject{{QStringLiteral("alerts"), open}}).toJson(QJsonDocument::Compact),
        1, true);
}

} // namespace larder::cloud::alerts

// SPDX-License-Identifier: MIT
#pragma once

#include "EventStore.h"
#include "SettingsStore.h"

#include "alerts/MorningNotice.h"
#include "inventory/Ingredient.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {
class FamilyStore;
}

namespace larder::cloud::alerts {

/// Runs the alert rules (larder::alerts::AlertRules) for every fridge in a family, on the MQTT
/// plane: fed each reported shadow update (its `connected`, written from the broker's presence
/// events, included) and the passing of time. Each alert raised or cleared is stored as an
/// event and goes out at once on the family's alerts feed. The alerts a fridge has open are
/// read back from the events when it is first seen, so a restarted cloud raises none twice.
/// Everything is per fridge *and* family: a fridge that changes hands takes no alert along.
class AlertService : public QObject
{
    Q_OBJECT
public:
    AlertService(mqtt::MqttClient *client, EventStore *events, const SettingsStore *settings,
                 const FamilyStore *families, QObject *parent = nullptr);

    /// How often time passing is checked (ms).
    static constexpr int tickMs = 1000;
    /// The same condition of the same fridge is mailed at most once in this many seconds.
    static constexpr qint64 mailQuietSeconds = 3600;
    void start();

    void onReported(const QString &thing, const QJsonObject &reported);

    /// Where an error-level alert is mailed to the family (the outbox locally; SES on AWS).
    using Mail = std::function<void(const QString &familyId, const QString &deviceName,
                                    const EventStore::Event &event)>;
    void setMail(Mail mail) { m_mail = std::move(mail); }
    /// What a fridge holds, for the morning note of what to use up (MorningNotice).
    using Contents = std::function<QList<inventory::Ingredient>(const QString &thing)>;
    void setContents(Contents contents) { m_contents = std::move(contents); }
    /// From which hour (local time) the note is made; MorningNotice::hour unless set.
    void setMorningNoteHour(int hour) { m_noteHour = hour; }

    /// @p thing left its family: what the rules knew of it goes, and so does its retained list
    /// of open alerts (its events went with it, EventStore::forget). Its next family starts
    /// afresh.
    void forget(const QString &thing);

signals:
    /// How many alerts @p thing has open now (the fleet index counts them).
    void openAlertsChanged(const QString &thing, int open);

private:
    /// What the rules know of @p thing in @p familyId; a fridge that changed families is
    /// watched afresh, whatever its previous family's alerts were.
    larder::alerts::FridgeWatch &watchOf(const QString &thing, const QString &familyId);
    /// The family's thresholds, read again every tick (a changed setting applies within 1 s).
    const larder::alerts::Thresholds &thresholdsOf(const QString &familyId);
    void apply(const QString &thing, const QString &familyId,
               const QList<larder::alerts::Change> &changes);
    void tick();

    mqtt::MqttClient *m_client;
    EventStore *m_events;
    const SettingsStore *m_settings;
    const FamilyStore *m_families;
    QHash<QString, larder::alerts::Thresholds> m_thresholds; ///< by family, this tick
    struct Watched
    {
        QString familyId;
        larder::alerts::FridgeWatch watch;
        QHash<QString, qint64> mailedAt; ///< condition → when it was last mailed (s)
        QDate noticeMade;                ///< the day of the last morning note
        QString named;                   ///< the fridge's name as last published to its door
    };
    /// The retained open alerts of @p thing, with its name (the door tablet reads both).
    void publishOpen(const QString &thing, const QString &familyId, const QString &deviceName);
    /// Once a minute: each watched fridge's morning note, when it is due.
    void morningNotices();
    QHash<QString, Watched> m_watches; ///< by thing
    QTimer m_tick;
    Mail m_mail;
    Contents m_contents;
    qint64 m_noticesCheckedAt = 0;
    bool m_newWatch = false; ///< a fridge seen for the first time: look at its note at once
    int m_noteHour = larder::alerts::MorningNotice::hour;
};

} // namespace larder::cloud::alerts

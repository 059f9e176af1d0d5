// SPDX-License-Identifier: MIT
#pragma once

#include "AlertsModel.h"
#include "QuietHours.h"

#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
}
namespace larder::mqtt {
class MqttClient;
}

namespace larder::alerts {

/// The alerts of every fridge in the user's families (docs/api.md, "Alerts"): listed over
/// REST, kept live from each family's alerts feed, with how many are unread at the user's alert
/// level (and per fridge); acknowledging or suppressing one does it for the whole family. One
/// fridge's history (every event, raised and cleared) on demand. The person's quiet hours, in
/// which warnings make no notification. Every failure is a sentence in `error`.
class Alerts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the alerts of the signed-in user.")
    Q_PROPERTY(larder::alerts::AlertsModel *list READ list CONSTANT)
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
    /// Unread alerts by fridge id (acknowledged and suppressed ones do not count).
    Q_PROPERTY(QVariantMap unreadByFridge READ unreadByFridge NOTIFY unreadChanged)
    /// The conditions that hold now, by fridge id and condition:
    /// {thing: {"fridgeWarm": {message, value, limit, since (a date)}}} (limit and since only
    /// where the cloud gave them).
    Q_PROPERTY(QVariantMap openByFridge READ openByFridge NOTIFY unreadChanged)
    /// The temperature limits of each family asked for (loadThresholds()):
    /// {familyId: {fridgeMaxC, freezerMaxC}}.
    Q_PROPERTY(QVariantMap thresholdsByFamily READ thresholdsByFamily NOTIFY thresholdsChanged)
    /// The events of `historyFridge`, newest first (loadHistory()).
    Q_PROPERTY(larder::alerts::AlertsModel *history READ history CONSTANT)
    Q_PROPERTY(QString historyFridge READ historyFridge NOTIFY historyChanged)
    /// "22:00–07:00", or "" when the person has none.
    Q_PROPERTY(QString quietHours READ quietHoursText NOTIFY quietHoursChanged)
    /// Which alerts count and notify for this person: "error" (only urgent ones), "warning"
    /// (the default: urgent ones and warnings) or "info" (also reminders such as what to use up).
    Q_PROPERTY(QString alertLevel READ alertLevel NOTIFY alertLevelChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    Alerts(api::ApiClient *api, mqtt::MqttClient *mqtt, QObject *parent = nullptr);
    ~Alerts() override;

    AlertsModel *list() { return &m_model; }
    int unread() const { return m_unread; }
    QVariantMap unreadByFridge() const;
    QVariantMap openByFridge() const;
    QVariantMap thresholdsByFamily() const { return m_thresholds; }
    /// Fetches the limits the family's owner set (members may read them): the door's minutes,
    /// both temperatures and how long a compartment may be warm.
    Q_INVOKABLE void loadThresholds(const QString &familyId);
    /// The family's owner changes one limit; `error` says why not.
    Q_INVOKABLE void setThreshold(const QString &familyId, const QString &id, double value);
    AlertsModel *history() { return &m_history; }
    QString historyFridge() const { return m_historyFridge; }
    QString quietHoursText() const { return m_quiet.text(); }
    const QuietHours &quietHours() const { return m_quiet; }
    QString alertLevel() const { return m_level; }
    /// Whether an alert of @p type ("error", "warning", "info") notifies at this person's level.
    bool notifies(const QString &type) const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    /// The families whose feeds to follow (the user's).
    void setFamilies(const QStringList &familyIds);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void acknowledge(const QString &alertId);
    /// Suppresses (or, with @p on false, restores) an alert for the whole family: it counts for
    /// nobody.
    Q_INVOKABLE void suppress(const QString &alertId, bool on = true);
    /// Loads every event of fridge @p deviceId into `history`.
    Q_INVOKABLE void loadHistory(const QString &deviceId);
    /// Sets quiet hours ("22:00", "07:00"), or none with two empty strings.
    Q_INVOKABLE void setQuietHours(const QString &from, const QString &to);
    /// Sets the person's alert level (alertLevel); the unread count follows it.
    Q_INVOKABLE void setAlertLevel(const QString &level);

signals:
    void thresholdsChanged();
    void unreadChanged();
    void historyChanged();
    void quietHoursChanged();
    void alertLevelChanged();
    void loadingChanged();
    void errorChanged();
    /// An alert was raised just now (for a notification): its fridge, what happened, and its
    /// type ("error" or "warning").
    void raised(const QString &deviceId, const QString &deviceName, const QString &message,
                const QString &type);

private:
    void onFeed(const QByteArray &payload, const QString &topic);
    void refreshCount();
    /// Acknowledges or suppresses, for the family, with @p change ({"ack": true}).
    void mark(const QString &alertId, const QJsonObject &change);
    /// Puts @p row (a later state of an alert) into the lists that show it.
    void replace(const AlertRow &row);
    void setLoading(bool loading);
    void setError(const QString &error);

    api::ApiClient *m_api;
    mqtt::MqttClient *m_mqtt;
    AlertsModel m_model;
    AlertsModel m_history;
    QString m_historyFridge;
    QuietHours m_quiet;
    QString m_level = QStringLiteral("warning");
    QVariantMap m_thresholds;
    QStringList m_feeds;
    int m_unread = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace larder::alerts

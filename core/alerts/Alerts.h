// SPDX-License-Identifier: MIT
#pragma once

#include "AlertsModel.h"

#include <QObject>
#include <QStringList>
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
/// level; acknowledging one does it for the whole family. Every failure is a sentence in
/// `error`.
class Alerts : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the alerts of the signed-in user.")
    Q_PROPERTY(larder::alerts::AlertsModel *list READ list CONSTANT)
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    Alerts(api::ApiClient *api, mqtt::MqttClient *mqtt, QObject *parent = nullptr);
    ~Alerts() override;

    AlertsModel *list() { return &m_model; }
    int unread() const { return m_unread; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }

    /// The families whose feeds to follow (the user's).
    void setFamilies(const QStringList &familyIds);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void acknowledge(const QString &alertId);

signals:
    void unreadChanged();
    void loadingChanged();
    void errorChanged();
    /// An alert was raised just now (for a notification): its fridge, what happened, and its
    /// type ("error" or "warning").
    void raised(const QString &deviceId, const QString &deviceName, const QString &message,
                const QString &type);

private:
    void onFeed(const QByteArray &payload, const QString &topic);
    void refreshCount();
    void setError(const QString &error);

    api::ApiClient *m_api;
    mqtt::MqttClient *m_mqtt;
    AlertsModel m_model;
    QStringList m_feeds;
    int m_unread = 0;
    bool m_loading = false;
    QString m_error;
};

} // namespace larder::alerts

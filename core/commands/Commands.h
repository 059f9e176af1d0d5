// SPDX-License-Identifier: MIT
#pragma once

#include "CommandsModel.h"

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

namespace larder::commands {

/// The commands of the fridge on screen (docs/api.md, "Commands"): listed over REST with which
/// ones its model supports, sent over REST, and followed live on the fridge's commands feed as
/// the fridge takes them, reports progress and ends them. Every failure is a sentence in
/// `error`.
class Commands : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the commands of the fridge it shows.")
    Q_PROPERTY(larder::commands::CommandsModel *list READ list CONSTANT)
    /// The commands this fridge's model supports ("quickFreeze", …).
    Q_PROPERTY(QStringList supported READ supported NOTIFY supportedChanged)
    /// The same, as a map from each supported command to true (`can.defrost`).
    Q_PROPERTY(QVariantMap can READ can NOTIFY supportedChanged)
    /// How many commands wait for the fridge or are running.
    Q_PROPERTY(int active READ active NOTIFY activeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// A command is being sent.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    Commands(api::ApiClient *api, mqtt::MqttClient *mqtt, QString thing, QObject *parent = nullptr);
    ~Commands() override;

    CommandsModel *list() { return &m_model; }
    QStringList supported() const { return m_supported; }
    QVariantMap can() const;
    int active() const { return m_active; }
    bool loading() const { return m_loading; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString thing() const { return m_thing; }

    Q_INVOKABLE void refresh();
    /// Sends @p command with @p params ({"hours": 6}); it shows at once as waiting.
    Q_INVOKABLE void send(const QString &command, const QVariantMap &params = {});

signals:
    void supportedChanged();
    void activeChanged();
    void loadingChanged();
    void busyChanged();
    void errorChanged();
    /// A command of this fridge ended (for a notice): its title and what became of it.
    void finished(const QString &title, const QString &outcome, bool succeeded);

private:
    void onFeed(const QByteArray &payload, const QString &topic);
    void setLoading(bool loading);
    void setError(const QString &error);
    void setBusy(bool busy);
    void countActive();

    api::ApiClient *m_api;
    mqtt::MqttClient *m_mqtt;
    QString m_thing;
    QString m_feed;
    CommandsModel m_model;
    QStringList m_supported;
    int m_active = 0;
    bool m_loading = false;
    bool m_busy = false;
    QString m_error;
};

} // namespace larder::commands

// SPDX-License-Identifier: MIT
#pragma once

#include "commands/JobExecution.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace larder::mqtt {
class MqttClient;
}
namespace larder::commands::topics {
struct JobTopic;
}

namespace larder::cloud::commands {

class CommandStore;

/// The AWS IoT Jobs service for Larder's fridges, on the MQTT plane (docs/api.md, "Commands"):
/// answers a device's `$aws/things/{thing}/jobs/get`, `…/start-next`, `…/{jobId}/get` and
/// `…/{jobId}/update` on `…/accepted` or `…/rejected` as AWS does, so the official device SDK's
/// jobs client works unchanged; publishes `…/notify-next` when what is next changes and
/// `…/notify` when the pending executions change; times out executions every second; and tells
/// the family's apps of every change on `larder/things/{thing}/commands/changes`. The broker
/// plugin lets a fridge use only its own thing's topics; this service trusts the topic's thing,
/// and serves each at most 20 requests a second (`RequestThrottled` for the next 20, silence
/// beyond), so one fridge's flood never stalls the MQTT plane the shadows share.
class JobsService : public QObject
{
    Q_OBJECT
public:
    JobsService(mqtt::MqttClient *client, CommandStore *store, QObject *parent = nullptr);

    static QStringList filters();
    void start();
    /// The REST side queued command @p jobId for @p thing: tell the fridge and the apps.
    void announce(const QString &thing, const QString &jobId);

    static constexpr int tickMs = 1000;

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    /// Expires what is due among @p thing's pending executions; the ones it changed.
    QList<larder::commands::JobExecution> expireDue(const QString &thing, qint64 now);
    QList<larder::commands::JobExecution> handle(const larder::commands::topics::JobTopic &job,
                                                 const QJsonObject &request, qint64 now,
                                                 QJsonObject *accepted,
                                                 std::optional<larder::commands::JobError> *error,
                                                 QJsonObject *state);
    void reply(const QString &topic, QJsonObject body, const QString &clientToken, qint64 now);
    /// After @p changed: the apps' feed, and notify / notify-next when they are due.
    void tell(const QString &thing, const QList<larder::commands::JobExecution> &changed,
              qint64 now);
    void tick();

    mqtt::MqttClient *m_client;
    CommandStore *m_store;
    QTimer m_tick;
    QHash<QString, QString> m_announcedNext;    ///< thing → the job id last sent on notify-next
    QHash<QString, QString> m_announcedPending; ///< thing → the pending set last sent on notify
};

} // namespace larder::cloud::commands

// SPDX-License-Identifier: MIT
#include "CommandRunner.h"

#include "FridgeSimulator.h"

#include "commands/CommandCatalog.h"
#include "commands/JobTopics.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCommands, "larder.fridge.commands", QtInfoMsg)

namespace larder::fridge {

namespace topics = larder::commands::topics;

namespace {
constexpr int kDefrostSteps = 4;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

CommandRunner::CommandRunner(mqtt::MqttClient *client, QString thing, FridgeSimulator *sim,
                             double speed, QObject *parent)
    : QObject(parent), m_client(client), m_thing(std::move(thing)), m_sim(sim), m_speed(speed),
      m_clock([] { return double(QDateTime::currentSecsSinceEpoch()); })
{
    connect(m_client, &mqtt::MqttClient::connected, this, &CommandRunner::onConnected);
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &CommandRunner::onMessage);
    connect(m_client, &mqtt::MqttClient::subscribed, this,
            [this](const QString &filter, bool granted) {
                if (granted && filter == topics::jobsPrefix(m_thing) + "start-next/accepted")
                    askNext(); // after every (re)connect: what came while it was away
            });
    m_defrost.setInterval(
        std::max(50, int(defrostSeconds / kDefrostSteps / std::max(speed, 0.001) * 1000)));
    connect(&m_defrost, &QTimer::timeout, this, &CommandRunner::defrostStep);
}

void CommandRunner::onConnected()
{
    const QString prefix = topics::jobsPrefix(m_thing);
    m_client->subscribe(topics::notifyNext(m_thing), 1);
    m_client->subscribe(prefix + QStringLiteral("start-next/rejected"), 1);
    m_client->subscribe(prefix + QStringLiteral("start-next/accepted"), 1);
}

void CommandRunner::askNext()
{
    if (m_running.isEmpty())
        m_client->publish(topics::jobsPrefix(m_thing) + QStringLiteral("start-next"),
                          compact({{QStringLiteral("clientToken"), m_thing}}), 1);
}

void CommandRunner::onMessage(const QByteArray &payload, const QString &topic)
{
    const auto job = topics::JobTopic::parse(topic);
    if (!job || job->thing != m_thing)
        return;
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    if (job->notification && topic.endsWith(u"notify-next")) {
        if (body.contains(u"execution"))
            askNext();
    } else if (job->request == topics::JobRequest::StartNext && job->answer == u"accepted") {
        if (body.contains(u"execution"))
            run(body.value(u"execution").toObject());
    } else if (job->request == topics::JobRequest::StartNext && job->answer == u"rejected") {
        qCWarning(lcCommands).noquote()
            << m_thing << "start-next refused:" << body.value(u"message").toString();
    }
}

void CommandRunner::run(const QJsonObject &execution)
{
    const QString jobId = execution.value(u"jobId").toString();
    if (jobId.isEmpty() || jobId == m_running)
        return;
    if (!m_running.isEmpty())
        return; // one at a time: the next comes after this one ends
    m_running = jobId;
    const QJsonObject document = execution.value(u"jobDocument").toObject();
    const QString operation = document.value(u"operation").toString();
    qCInfo(lcCommands).noquote() << m_thing << "runs"
                                 << larder::commands::catalog::titleOf(document);
    const auto reason = [](const QString &sentence) {
        return QJsonObject{{QStringLiteral("reason"), sentence}};
    };
    const auto result = [](const QString &sentence) {
        return QJsonObject{{QStringLiteral("result"), sentence}};
    };
    if (operation == u"quickFreeze") {
        const int hours = document.value(u"hours").toInt();
        if (hours < 1 || !m_sim->quickFreeze(hours * 3600.0))
            return report(QStringLiteral("FAILED"),
                          reason(tr("Quick-freeze is off in vacation mode; switch the fridge "
                                    "to normal first.")));
        emit stateChanged();
        return report(QStringLiteral("SUCCEEDED"),
                      result(hours == 1
                                 ? tr("The freezer runs at full power for 1 hour.")
                                 : tr("The freezer runs at full power for %1 hours.").arg(hours)));
    }
    if (operation == u"defrost") {
        if (m_sim->doorOpen())
            return report(QStringLiteral("FAILED"), reason(tr("Close the door to defrost.")));
        m_defrostStep = 0;
        m_sim->setDefrosting(true);
        emit stateChanged();
        report(QStringLiteral("IN_PROGRESS"),
               {{QStringLiteral("step"), QStringLiteral("Defrosting")},
                {QStringLiteral("progress"), QStringLiteral("0")}});
        m_defrost.start();
        return;
    }
    if (operation == u"resetWaterFilter") {
        const int was = std::exchange(m_filterDays, 0);
        return report(QStringLiteral("SUCCEEDED"),
                      result(tr("Water filter counter reset (it had run %1 days).").arg(was)));
    }
    if (operation == u"snoozeAlarms") {
        const int minutes = document.value(u"minutes").toInt();
        m_snoozedUntil = qint64(m_clock()) + minutes * 60;
        return report(QStringLiteral("SUCCEEDED"),
                      result(tr("The fridge's alarm stays quiet for %1 minutes.").arg(minutes)));
    }
    if (operation == larder::commands::catalog::resyncShadow()) {
        emit resyncRequested();
        return report(QStringLiteral("SUCCEEDED"), result(tr("Reported its whole state again.")));
    }
    if (operation == u"diagnosticReport" && m_reportMaker) {
        report(QStringLiteral("IN_PROGRESS"),
               {{QStringLiteral("step"), QStringLiteral("Collecting")},
                {QStringLiteral("progress"), QStringLiteral("0")}});
        m_reportMaker([this, jobId](const QJsonObject &details, const QString &why) {
            if (m_running != jobId)
                return; // it timed out meanwhile and another one runs
            if (!why.isEmpty())
                return report(QStringLiteral("FAILED"),
                              {{QStringLiteral("reason"),
                                tr("The report could not be sent: %1").arg(why.left(900))}});
            report(QStringLiteral("SUCCEEDED"), details);
        });
        return;
    }
    report(QStringLiteral("REJECTED"),
           reason(tr("This fridge cannot do \"%1\".").arg(operation.left(40))));
}

void CommandRunner::defrostStep()
{
    if (m_sim->doorOpen()) {
        m_defrost.stop();
        m_sim->setDefrosting(false);
        emit stateChanged();
        return report(QStringLiteral("FAILED"),
                      {{QStringLiteral("reason"),
                        tr("The door was opened during the defrost; it stopped at %1 %.")
                            .arg(m_defrostStep * 100 / kDefrostSteps)}});
    }
    ++m_defrostStep;
    if (m_defrostStep < kDefrostSteps)
        return report(
            QStringLiteral("IN_PROGRESS"),
            {{QStringLiteral("step"), QStringLiteral("Defrosting")},
             {QStringLiteral("progress"), QString::number(m_defrostStep * 100 / kDefrostSteps)}});
    m_defrost.stop();
    m_sim->setDefrosting(false);
    emit stateChanged();
    report(QStringLiteral("SUCCEEDED"),
           {{QStringLiteral("result"), tr("Defrosted; the freezer is cooling down again.")},
            {QStringLiteral("progress"), QStringLiteral("100")}});
}

void CommandRunner::report(const QString &status, const QJsonObject &details)
{
    if (m_running.isEmpty())
        return;
    m_client->publish(topics::jobsPrefix(m_thing) + m_running + QStringLiteral("/update"),
                      compact({{QStringLiteral("status"), status},
                               {QStringLiteral("statusDetails"), details},
                               {QStringLiteral("clientToken"), m_thing}}),
                      1);
    qCInfo(lcCommands).noquote() << m_thing << m_running << status;
    if (status == u"IN_PROGRESS")
        return;
    m_running.clear();
    askNext();
}

} // namespace larder::fridge

// SPDX-License-Identifier: MIT
#include "JobsService.h"

#include "CommandStore.h"

#include "commands/JobTopics.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobs, "larder.cloud.jobs", QtInfoMsg)

namespace larder::cloud::commands {

using larder::commands::JobError;
using larder::commands::JobExecution;
using larder::commands::JobStatus;
using larder::commands::topics::JobRequest;
using larder::commands::topics::JobTopic;
namespace jobs = larder::commands::jobs;
namespace topics = larder::commands::topics;

namespace {
/// A request's largest payload (statusDetails of 10 × 1 KB values, and room around them).
constexpr qsizetype kMaxRequestBytes = 32 * 1024;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The request topic the answer goes under (`…/start-next` → `…/start-next/accepted`).
QString requestTopic(const JobTopic &job)
{
    QString prefix = topics::jobsPrefix(job.thing);
    switch (job.request) {
    case JobRequest::GetPending:
        return prefix + QStringLiteral("get");
    case JobRequest::StartNext:
        return prefix + QStringLiteral("start-next");
    case JobRequest::Describe:
        return prefix + job.jobId + QStringLiteral("/get");
    case JobRequest::Update:
        return prefix + job.jobId + QStringLiteral("/update");
    }
    return prefix;
}
} // namespace

JobsService::JobsService(mqtt::MqttClient *client, CommandStore *store, QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &JobsService::onMessage);
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &JobsService::tick);
}

QStringList JobsService::filters()
{
    return {
        QStringLiteral("$aws/things/+/jobs/get"), QStringLiteral("$aws/things/+/jobs/start-next"),
        QStringLiteral("$aws/things/+/jobs/+/get"), QStringLiteral("$aws/things/+/jobs/+/update")};
}

void JobsService::start()
{
    for (const QString &filter : filters())
        m_client->subscribe(filter, 1);
    m_tick.start();
}

void JobsService::announce(const QString &thing, const QString &jobId)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<JobExecution> changed = expireDue(thing, now);
    if (const auto command = m_store->find(thing, jobId))
        changed.append(command->execution);
    tell(thing, changed, now);
}

void JobsService::onMessage(const QByteArray &payload, const QString &topic)
{
    const auto job = JobTopic::parse(topic);
    if (!job || job->notification || !job->answer.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // A fridge's share of the service is the broker's to enforce (RequestBudget): a flood is
    // refused and dropped there, before it costs anything here.
    const QString base = requestTopic(*job);
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    const QJsonObject request = document.object();
    const QString clientToken = request.value(u"clientToken").toString().left(64);
    if (payload.size() > kMaxRequestBytes ||
        (!payload.trimmed().isEmpty() && !document.isObject())) {
        reply(base + QStringLiteral("/rejected"),
              {{QStringLiteral("code"), QStringLiteral("InvalidJson")},
               {QStringLiteral("message"),
                QStringLiteral("The request is not a JSON object of at most 32 KB.")}},
              clientToken, now);
        return;
    }
    QList<JobExecution> changed = expireDue(job->thing, now);
    QJsonObject accepted, state;
    std::optional<JobError> error;
    changed += handle(*job, request, now, &accepted, &error, &state);
    if (error) {
        QJsonObject body{{QStringLiteral("code"), error->code},
                         {QStringLiteral("message"), error->message}};
        if (error->withState && !state.isEmpty())
            body.insert(QStringLiteral("executionState"), state);
        reply(base + QStringLiteral("/rejected"), body, clientToken, now);
    } else {
        reply(base + QStringLiteral("/accepted"), accepted, clientToken, now);
    }
    tell(job->thing, changed, now);
}

QList<JobExecution> JobsService::expireDue(const QString &thing, qint64 now)
{
    QList<JobExecution> changed;
    for (JobExecution execution : m_store->pending(thing)) {
        const qint64 read = execution.versionNumber;
        if (jobs::expire(execution, now) && m_store->save(execution, read)) {
            qCInfo(lcJobs).noquote() << thing << execution.jobId << "timed out";
            changed.append(execution);
        }
    }
    return changed;
}

QList<JobExecution> JobsService::handle(const JobTopic &job, const QJsonObject &request, qint64 now,
                                        QJsonObject *accepted, std::optional<JobError> *error,
                                        QJsonObject *state)
{
    const QList<JobExecution> pending = m_store->pending(job.thing);
    switch (job.request) {
    case JobRequest::GetPending: {
        QJsonArray inProgress, queued;
        for (const JobExecution &execution : pending)
            (execution.status == JobStatus::InProgress ? inProgress : queued)
                .append(execution.summaryJson());
        *accepted = {{QStringLiteral("inProgressJobs"), inProgress},
                     {QStringLiteral("queuedJobs"), queued}};
        return {};
    }
    case JobRequest::StartNext: {
        const JobExecution *next = jobs::next(pending);
        if (!next)
            return {}; // nothing pending: accepted without an execution
        JobExecution execution = *next;
        const qint64 read = execution.versionNumber;
        if ((*error = jobs::startNext(execution, request, now)))
            return {};
        if (execution.versionNumber != read && !m_store->save(execution, read)) {
            *error = JobError{QStringLiteral("InternalError"),
                              QStringLiteral("The execution changed meanwhile; try again.")};
            return {};
        }
        accepted->insert(QStringLiteral("execution"), execution.toJson());
        return execution.versionNumber != read ? QList<JobExecution>{execution}
                                               : QList<JobExecution>{};
    }
    case JobRequest::Describe: {
        const bool withDocument = request.value(u"includeJobDocument").toBool(true);
        if (job.jobId == u"$next") {
            if (const JobExecution *next = jobs::next(pending))
                accepted->insert(QStringLiteral("execution"), next->toJson(withDocument));
            return {};
        }
        const auto command = m_store->find(job.thing, job.jobId);
        if (!command) {
            *error = JobError{QStringLiteral("ResourceNotFound"),
                              QStringLiteral("No job %1 for this thing.").arg(job.jobId)};
            return {};
        }
        accepted->insert(QStringLiteral("execution"), command->execution.toJson(withDocument));
        return {};
    }
    case JobRequest::Update: {
        const auto command = m_store->find(job.thing, job.jobId);
        if (!command) {
            *error = JobError{QStringLiteral("ResourceNotFound"),
                              QStringLiteral("No job %1 for this thing.").arg(job.jobId)};
            return {};
        }
        JobExecution execution = command->execution;
        const qint64 read = execution.versionNumber;
        *state = execution.stateJson();
        if ((*error = jobs::update(execution, request, now)))
            return {};
        if (!m_store->save(execution, read)) {
            *error = JobError{QStringLiteral("VersionMismatch"),
                              QStringLiteral("The execution changed meanwhile."), true};
            return {};
        }
        if (request.value(u"includeJobExecutionState").toBool())
            accepted->insert(QStringLiteral("executionState"), execution.stateJson());
        if (request.value(u"includeJobDocument").toBool())
            accepted->insert(QStringLiteral("jobDocument"), execution.document);
        qCInfo(lcJobs).noquote() << job.thing << execution.jobId
                                 << larder::commands::statusName(execution.status);
        return {execution};
    }
    }
    return {};
}

void JobsService::reply(const QString &topic, QJsonObject body, const QString &clientToken,
                        qint64 now)
{
    body.insert(QStringLiteral("timestamp"), now);
    if (!clientToken.isEmpty())
        body.insert(QStringLiteral("clientToken"), clientToken);
    m_client->publish(topic, compact(body), 1);
}

void JobsService::tell(const QString &thing, const QList<JobExecution> &changed, qint64 now)
{
    if (changed.isEmpty())
        return;
    for (const JobExecution &execution : changed)
        m_client->publish(topics::changes(thing),
                          compact(CommandStore::Command{execution, {}, {}}.toJson()), 1);
    const QList<JobExecution> pending = m_store->pending(thing);
    const JobExecution *next = jobs::next(pending);
    const QString nextId = next ? next->jobId : QString();
    if (!m_announcedNext.contains(thing) || m_announcedNext.value(thing) != nextId) {
        m_announcedNext.insert(thing, nextId);
        QJsonObject body{{QStringLiteral("timestamp"), now}};
        if (next)
            body.insert(QStringLiteral("execution"), next->toJson());
        m_client->publish(topics::notifyNext(thing), compact(body), 1);
    }
    QJsonArray queued, inProgress;
    QStringList key;
    for (const JobExecution &execution : pending) {
        (execution.status == JobStatus::InProgress ? inProgress : queued)
            .append(execution.summaryJson());
        key.append(execution.jobId + larder::commands::statusName(execution.status));
    }
    if (m_announcedPending.value(thing, QStringLiteral("?")) != key.join(u',')) {
        m_announcedPending.insert(thing, key.join(u','));
        QJsonObject jobsByStatus;
        if (!queued.isEmpty())
            jobsByStatus.insert(QStringLiteral("QUEUED"), queued);
        if (!inProgress.isEmpty())
            jobsByStatus.insert(QStringLiteral("IN_PROGRESS"), inProgress);
        m_client->publish(
            topics::notify(thing),
            compact({{QStringLiteral("timestamp"), now}, {QStringLiteral("jobs"), jobsByStatus}}),
            1);
    }
}

void JobsService::tick()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &thing : m_store->due(now))
        tell(thing, expireDue(thing, now), now);
}

} // namespace larder::cloud::commands

// SPDX-License-Identifier: MIT
#include "JobExecution.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <utility>

namespace larder::commands {

namespace {
constexpr std::array<std::pair<JobStatus, const char *>, 7> kNames{{
    {JobStatus::Queued, "QUEUED"},
    {JobStatus::InProgress, "IN_PROGRESS"},
    {JobStatus::Succeeded, "SUCCEEDED"},
    {JobStatus::Failed, "FAILED"},
    {JobStatus::TimedOut, "TIMED_OUT"},
    {JobStatus::Rejected, "REJECTED"},
    {JobStatus::Canceled, "CANCELED"},
}};

JobError invalid(const QString &message)
{
    return {QStringLiteral("InvalidRequest"), message, false};
}

/// statusDetails as AWS takes them: an object of at most 10 string values.
std::optional<JobError> readDetails(const QJsonObject &request, QJsonObject *details)
{
    if (!request.contains(u"statusDetails"))
        return std::nullopt;
    const QJsonValue value = request.value(u"statusDetails");
    if (!value.isObject())
        return invalid(QStringLiteral("statusDetails must be an object of strings."));
    const QJsonObject object = value.toObject();
    if (object.size() > jobs::maxDetails)
        return invalid(
            QStringLiteral("statusDetails holds at most %1 entries.").arg(jobs::maxDetails));
    // AWS's patterns: keys [a-zA-Z0-9:_-]+, values [^\p{C}]+ (no control, format — bidi,
    // zero-width —, private or unassigned characters), 1 to 1,024 long.
    static const QRegularExpression key(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9:_-]+")));
    const auto printable = [](const QString &text) {
        const QList<uint> points = text.toUcs4();
        return !points.isEmpty() && std::none_of(points.cbegin(), points.cend(), [](uint c) {
            switch (QChar::category(char32_t(c))) {
            case QChar::Other_Control:
            case QChar::Other_Format:
            case QChar::Other_Surrogate:
            case QChar::Other_PrivateUse:
            case QChar::Other_NotAssigned:
                return true;
            default:
                return false;
            }
        });
    };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        if (!it.value().isString() || it.key().size() > jobs::maxDetailKey ||
            !key.match(it.key()).hasMatch() || !printable(it.value().toString()) ||
            it.value().toString().size() > jobs::maxDetailValue)
            return invalid(QStringLiteral("statusDetails values are 1 to %1 printable characters "
                                          "(no control or formatting characters), under keys of "
                                          "at most %2 letters, digits, ':', '_' or '-'.")
                               .arg(jobs::maxDetailValue)
                               .arg(jobs::maxDetailKey));
    *details = object;
    return std::nullopt;
}

/// stepTimeoutInMinutes: a whole number of minutes from 1 to a week; 0 when absent.
std::optional<JobError> readStepTimeout(const QJsonObject &request, qint64 *minutes)
{
    *minutes = 0;
    if (!request.contains(u"stepTimeoutInMinutes"))
        return std::nullopt;
    const double value = request.value(u"stepTimeoutInMinutes").toDouble(-1);
    if (value < 1 || value > double(jobs::maxStepMinutes) || value != qint64(value))
        return invalid(QStringLiteral("stepTimeoutInMinutes is a whole number from 1 to %1.")
                           .arg(jobs::maxStepMinutes));
    *minutes = qint64(value);
    return std::nullopt;
}

void start(JobExecution &execution, qint64 now)
{
    execution.status = JobStatus::InProgress;
    execution.startedAt = now;
}
} // namespace

QString statusName(JobStatus status)
{
    for (const auto &[value, name] : kNames)
        if (value == status)
            return QLatin1String(name);
    return {};
}

std::optional<JobStatus> statusFrom(const QString &name)
{
    for (const auto &[value, known] : kNames)
        if (name == QLatin1String(known))
            return value;
    return std::nullopt;
}

bool isTerminal(JobStatus status)
{
    return status != JobStatus::Queued && status != JobStatus::InProgress;
}

QString seedStatus(JobStatus status)
{
    if (!isTerminal(status))
        return QStringLiteral("pending");
    return status == JobStatus::Succeeded ? QStringLiteral("success") : QStringLiteral("failed");
}

QJsonObject JobExecution::toJson(bool withDocument) const
{
    // The summary's fields, and what an execution adds to them.
    QJsonObject json = summaryJson();
    json.insert(QStringLiteral("thingName"), thing);
    json.insert(QStringLiteral("status"), statusName(status));
    json.insert(QStringLiteral("statusDetails"), statusDetails);
    if (withDocument)
        json.insert(QStringLiteral("jobDocument"), document);
    return json;
}

QJsonObject JobExecution::summaryJson() const
{
    QJsonObject json{{QStringLiteral("jobId"), jobId},
                     {QStringLiteral("queuedAt"), queuedAt},
                     {QStringLiteral("lastUpdatedAt"), lastUpdatedAt},
                     {QStringLiteral("versionNumber"), versionNumber},
                     {QStringLiteral("executionNumber"), executionNumber}};
    if (startedAt)
        json.insert(QStringLiteral("startedAt"), startedAt);
    return json;
}

QJsonObject JobExecution::stateJson() const
{
    return {{QStringLiteral("status"), statusName(status)},
            {QStringLiteral("statusDetails"), statusDetails},
            {QStringLiteral("versionNumber"), versionNumber}};
}

qint64 JobExecution::deadline() const
{
    if (status == JobStatus::Queued)
        return expiresAt;
    if (status != JobStatus::InProgress)
        return 0;
    const qint64 overall = inProgressTimeout > 0 ? startedAt + inProgressTimeout : 0;
    if (!overall || !stepDeadline)
        return overall ? overall : stepDeadline;
    return std::min(overall, stepDeadline);
}

namespace jobs {

const JobExecution *next(const QList<JobExecution> &executions)
{
    const JobExecution *found = nullptr;
    for (const JobExecution &execution : executions) {
        if (isTerminal(execution.status))
            continue;
        const auto rank = [](const JobExecution &e) {
            return std::pair(e.status == JobStatus::InProgress ? 0 : 1, e.queuedAt);
        };
        if (!found || rank(execution) < rank(*found))
            found = &execution;
    }
    return found;
}

std::optional<JobError> startNext(JobExecution &execution, const QJsonObject &request, qint64 now)
{
    QJsonObject details = execution.statusDetails;
    qint64 stepMinutes = 0;
    if (auto error = readDetails(request, &details))
        return error;
    if (auto error = readStepTimeout(request, &stepMinutes))
        return error;
    if (execution.status != JobStatus::Queued)
        return std::nullopt; // already in progress: the device picks up where it was
    start(execution, now);
    execution.statusDetails = details;
    execution.stepDeadline = stepMinutes ? now + stepMinutes * 60 : 0;
    execution.lastUpdatedAt = now;
    ++execution.versionNumber;
    return std::nullopt;
}

std::optional<JobError> update(JobExecution &execution, const QJsonObject &request, qint64 now)
{
    const auto status = statusFrom(request.value(u"status").toString());
    if (!status || (*status != JobStatus::InProgress && *status != JobStatus::Succeeded &&
                    *status != JobStatus::Failed && *status != JobStatus::Rejected))
        return invalid(QStringLiteral("status is IN_PROGRESS, SUCCEEDED, FAILED or REJECTED."));
    QJsonObject details = execution.statusDetails;
    qint64 stepMinutes = 0;
    if (auto error = readDetails(request, &details))
        return error;
    if (auto error = readStepTimeout(request, &stepMinutes))
        return error;
    if (request.contains(u"executionNumber") &&
        request.value(u"executionNumber").toDouble(-1) != double(execution.executionNumber))
        return invalid(QStringLiteral("No execution %1 of this job for this thing.")
                           .arg(request.value(u"executionNumber").toDouble(-1)));
    if (request.contains(u"expectedVersion") &&
        request.value(u"expectedVersion").toDouble(-1) != double(execution.versionNumber))
        return JobError{
            QStringLiteral("VersionMismatch"),
            QStringLiteral("The execution is at version %1.").arg(execution.versionNumber), true};
    if (isTerminal(execution.status))
        return JobError{
            QStringLiteral("InvalidStateTransition"),
            QStringLiteral("The execution has ended (%1).").arg(statusName(execution.status)),
            true};
    if (execution.status == JobStatus::Queued)
        start(execution, now);
    execution.status = *status;
    execution.statusDetails = details;
    if (stepMinutes)
        execution.stepDeadline = now + stepMinutes * 60;
    execution.lastUpdatedAt = now;
    ++execution.versionNumber;
    return std::nullopt;
}

bool expire(JobExecution &execution, qint64 now)
{
    const qint64 deadline = execution.deadline();
    if (!deadline || now < deadline)
        return false;
    const bool wasQueued = execution.status == JobStatus::Queued;
    execution.status = JobStatus::TimedOut;
    execution.statusDetails.insert(QStringLiteral("reason"),
                                   wasQueued ? QStringLiteral("expired before the fridge took it")
                                             : QStringLiteral("the fridge did not finish in time"));
    execution.lastUpdatedAt = now;
    ++execution.versionNumber;
    return true;
}

} // namespace jobs
} // namespace larder::commands

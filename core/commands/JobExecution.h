// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace larder::commands {

/// A job execution's status, as AWS IoT Jobs names them.
enum class JobStatus { Queued, InProgress, Succeeded, Failed, TimedOut, Rejected, Canceled };

QString statusName(JobStatus status);
std::optional<JobStatus> statusFrom(const QString &name);
/// SUCCEEDED, FAILED, TIMED_OUT, REJECTED and CANCELED end an execution: nothing changes it
/// after.
bool isTerminal(JobStatus status);
/// The seed API's command status: "pending" (queued or in progress), "success" or "failed".
QString seedStatus(JobStatus status);

/// Why the Jobs service refused a request: AWS's error code (`InvalidRequest`,
/// `InvalidStateTransition`, `VersionMismatch`, `ResourceNotFound`, `InvalidJson`,
/// `InvalidTopic`, `TerminalStateReached`) and a sentence; some errors carry the execution's
/// state.
struct JobError
{
    QString code;
    QString message;
    bool withState = false;
};

/// One command sent to one fridge, as an AWS IoT job execution (docs/api.md, "Commands"),
/// free of I/O: what a device's start-next and update requests do to it, when it times out,
/// and its JSON as the Jobs topics carry it. Times are epoch seconds.
struct JobExecution
{
    QString jobId;
    QString thing;
    QJsonObject document; ///< the job document: {"operation": …, its parameters}
    JobStatus status = JobStatus::Queued;
    QJsonObject statusDetails; ///< string values only
    qint64 queuedAt = 0;
    qint64 startedAt = 0;
    qint64 lastUpdatedAt = 0;
    qint64 versionNumber = 1;
    qint64 executionNumber = 1;
    qint64 expiresAt = 0;         ///< a queued execution not started by then never runs
    qint64 inProgressTimeout = 0; ///< seconds a started execution has to finish (0: no limit)
    qint64 stepDeadline = 0;      ///< set by stepTimeoutInMinutes (0: none)

    /// JobExecutionData: every field, the document when @p withDocument.
    QJsonObject toJson(bool withDocument = true) const;
    /// JobExecutionSummary (notify, get pending).
    QJsonObject summaryJson() const;
    /// JobExecutionState (update answers, some errors).
    QJsonObject stateJson() const;
    /// When it times out if still pending, or 0 when it never does.
    qint64 deadline() const;
};

namespace jobs {

/// Largest statusDetails: entries, and characters of a key and of a value (AWS's limits).
constexpr int maxDetails = 10;
constexpr int maxDetailKey = 128;
constexpr int maxDetailValue = 1024;
/// stepTimeoutInMinutes: 1 to a week.
constexpr qint64 maxStepMinutes = 10080;

/// The next execution a device should work on: the oldest in progress, else the oldest
/// queued; none when nothing is pending.
const JobExecution *next(const QList<JobExecution> &executions);
/// start-next on @p execution (the next one): a queued one starts, with the request's
/// statusDetails and stepTimeoutInMinutes; one in progress is returned as it is.
std::optional<JobError> startNext(JobExecution &execution, const QJsonObject &request, qint64 now);
/// An update request (`status` IN_PROGRESS, SUCCEEDED, FAILED or REJECTED; statusDetails,
/// expectedVersion, executionNumber, stepTimeoutInMinutes) applied to @p execution. Every
/// accepted update adds one to the version.
std::optional<JobError> update(JobExecution &execution, const QJsonObject &request, qint64 now);
/// Times out a pending execution whose time is up: a queued one past its expiry never runs, one
/// in progress past its deadline is TIMED_OUT. True when it changed.
bool expire(JobExecution &execution, qint64 now);

} // namespace jobs
} // namespace larder::commands

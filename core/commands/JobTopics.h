// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/InventoryTopics.h"

#include <QString>
#include <QStringList>

#include <optional>

/// AWS IoT Jobs' MQTT topics (docs/api.md, "Commands"), which larder-cloud serves as AWS does,
/// and Larder's feed of a fridge's commands for the family's apps.
namespace larder::commands::topics {

/// Every Jobs topic starts with this, then the thing, then "/jobs/…".
inline QString jobsPrefix(const QString &thing)
{
    return QStringLiteral("$aws/things/%1/jobs/").arg(thing);
}
/// The execution that is next for @p thing, after every change of what is next.
inline QString notifyNext(const QString &thing)
{
    return jobsPrefix(thing) + QStringLiteral("notify-next");
}
/// The thing's pending executions, after each is added to or leaves them.
inline QString notify(const QString &thing)
{
    return jobsPrefix(thing) + QStringLiteral("notify");
}
/// Where the cloud announces every change of a fridge's commands to its family's apps (only
/// the cloud writes it).
inline QString changes(const QString &thing)
{
    return QStringLiteral("larder/things/%1/commands/changes").arg(thing);
}
/// The thing of a commands feed topic, or "" when @p topic is not one.
inline QString thingOfChanges(const QString &topic)
{
    return inventory::topics::thingOfFeature(topic, QStringLiteral("commands"),
                                             QStringLiteral("changes"));
}

/// A request a device sends to the Jobs service.
enum class JobRequest { GetPending, StartNext, Describe, Update };

/// One Jobs topic, taken apart: `$aws/things/{thing}/jobs/get`, `…/start-next`,
/// `…/{jobId}/get`, `…/{jobId}/update` (a request, with `answer` empty), each with
/// `/accepted` or `/rejected` (an answer), and `…/notify`, `…/notify-next` (`notification`).
struct JobTopic
{
    QString thing;
    QString jobId; ///< for Describe and Update ("$next" for the next one)
    JobRequest request = JobRequest::GetPending;
    QString answer; ///< "", "accepted" or "rejected"
    bool notification = false;

    static std::optional<JobTopic> parse(const QString &topic)
    {
        const QStringList parts = topic.split(u'/');
        if (parts.size() < 5 || parts[0] != u"$aws" || parts[1] != u"things" ||
            parts[3] != u"jobs" || !validName(parts[2]))
            return std::nullopt;
        JobTopic parsed;
        parsed.thing = parts[2];
        QStringList rest = parts.mid(4);
        if (rest.size() == 1 && (rest[0] == u"notify" || rest[0] == u"notify-next")) {
            parsed.notification = true;
            return parsed;
        }
        if (rest.size() > 1 && (rest.last() == u"accepted" || rest.last() == u"rejected"))
            parsed.answer = rest.takeLast();
        if (rest.size() == 1 && rest[0] == u"get")
            parsed.request = JobRequest::GetPending;
        else if (rest.size() == 1 && rest[0] == u"start-next")
            parsed.request = JobRequest::StartNext;
        else if (rest.size() == 2 && (rest[1] == u"get" || rest[1] == u"update") &&
                 (validName(rest[0]) || (rest[0] == u"$next" && rest[1] == u"get"))) {
            parsed.jobId = rest[0];
            parsed.request = rest[1] == u"get" ? JobRequest::Describe : JobRequest::Update;
        } else
            return std::nullopt;
        return parsed;
    }

    /// A thing name or job id: 1–64 (job) / 128 (thing) of `[a-zA-Z0-9_-]` and `:` for things.
    static bool validName(const QString &name)
    {
        if (name.isEmpty() || name.size() > 128)
            return false;
        return std::all_of(name.cbegin(), name.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                   (c >= u'0' && c <= u'9') || c == u'_' || c == u'-' || c == u':';
        });
    }
};

} // namespace larder::commands::topics

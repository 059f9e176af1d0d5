// SPDX-License-Identifier: MIT
#include "RequestBudget.h"

#include "board/BoardTopics.h"
#include "commands/JobTopics.h"
#include "common/ProvisioningRoutes.h"
#include "inventory/InventoryTopics.h"
#include "media/MediaTopics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace larder::cloud {

namespace {

/// Requests a second per thing and service. A door close asks for a few snapshot URLs and sends
/// one recognition; a tablet replays its journal one batch at a time.
constexpr int kRequestsPerSecond = 20;
constexpr int kRecognitionsPerSecond = 5;
constexpr int kProvisioningsPerSecond = 20;

} // namespace

std::optional<DeviceRequest> DeviceRequest::of(const QString &topic, const QString &sender)
{
    if (topic.startsWith(u"$aws/certificates/") ||
        topic.startsWith(u"$aws/provisioning-templates/")) {
        // A request (not its answer) of fleet provisioning: a fridge provisions once, retrying
        // a few times at most; each costs a registry lookup, a certificate a signature.
        const qsizetype last = topic.lastIndexOf(u'/');
        const QString outcome = topic.mid(last + 1);
        if (sender.isEmpty() || !routes::isProvisioningTopic(topic) || outcome == u"accepted" ||
            outcome == u"rejected")
            return std::nullopt;
        return DeviceRequest{
            sender, QStringLiteral("provisioning"), kProvisioningsPerSecond, {}, Answers::None};
    }
    if (topic.startsWith(u"$aws/things/")) {
        const auto job = commands::topics::JobTopic::parse(topic);
        if (!job || job->notification || !job->answer.isEmpty())
            return std::nullopt;
        return DeviceRequest{job->thing, QStringLiteral("jobs"), kRequestsPerSecond,
                             topic + QStringLiteral("/rejected"), Answers::Aws};
    }
    if (!topic.startsWith(u"larder/things/"))
        return std::nullopt;
    const QString request = QStringLiteral("request");
    for (const char *service :
         {"media", "board", "ingredients", "shopping", "history", "support"}) {
        const QString name = QLatin1String(service);
        if (const QString thing = inventory::topics::thingOfFeature(topic, name, request);
            !thing.isEmpty())
            return DeviceRequest{thing, name, kRequestsPerSecond,
                                 topic + QStringLiteral("/rejected"), Answers::Larder};
    }
    if (const QString thing = inventory::topics::thingOf(topic, QStringLiteral("recognition"));
        !thing.isEmpty())
        return DeviceRequest{
            thing, QStringLiteral("recognition"), kRecognitionsPerSecond, {}, Answers::None};
    return std::nullopt;
}

QByteArray DeviceRequest::refusal(const QByteArray &payload, qint64 now) const
{
    const QString message = QStringLiteral("Too many requests from this device; try again in a "
                                           "second.");
    QJsonObject body;
    if (answers == Answers::Aws)
        body = {{QStringLiteral("code"), QStringLiteral("RequestThrottled")},
                {QStringLiteral("message"), message},
                {QStringLiteral("timestamp"), now}};
    else
        body = {{QStringLiteral("status"), 429},
                {QStringLiteral("error"), QStringLiteral("Throttled")},
                {QStringLiteral("message"), message}};
    const QJsonValue token = QJsonDocument::fromJson(payload).object().value(u"clientToken");
    if (token.isString() && token.toString().size() <= 64)
        body.insert(QStringLiteral("clientToken"), token);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

RequestBudget::Verdict RequestBudget::take(const QString &thing, const QString &service,
                                           int perSecond, qint64 now)
{
    if (now != m_forgotAt)
        forgetBefore(now);
    Window &window = m_windows[thing + u'/' + service];
    if (window.second != now)
        window = {now, 0};
    if (window.count <= 2 * perSecond)
        ++window.count; // stops counting where the verdict stops changing
    if (window.count <= perSecond)
        return Verdict::Serve;
    return window.count <= 2 * perSecond ? Verdict::Refuse : Verdict::Drop;
}

void RequestBudget::forgetBefore(qint64 now)
{
    m_forgotAt = now;
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = it->second < now ? m_windows.erase(it) : std::next(it);
}

RequestBudget &RequestBudget::shared()
{
    static RequestBudget instance;
    return instance;
}

} // namespace larder::cloud

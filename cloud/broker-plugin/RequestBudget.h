// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace larder::cloud {

/// A device's request to one of the cloud's services on the MQTT plane, as the broker sees its
/// topic: what it asks of (`media`, `board`, `ingredients`, `recognition`, `jobs`), for which
/// thing, and where a refusal goes. Shadow requests are not here: the shadow gate bounds them
/// by the requests in flight, and answers every one.
struct DeviceRequest
{
    enum class Answers {
        None,   ///< nothing is answered (what the cameras saw)
        Larder, ///< `…/request/rejected` with `{"status","error","message","clientToken"}`
        Aws,    ///< AWS IoT Jobs: `…/rejected` with `{"code":"RequestThrottled",…}`
    };
    QString thing;
    QString service;
    int perSecond = 0;     ///< served in one second; as many more are refused, the rest dropped
    QString rejectedTopic; ///< where a refusal goes ("" when nothing is answered)
    Answers answers = Answers::None;

    /// The request @p topic is, or nothing when it is not a device's request to a service.
    /// Fleet provisioning's topics name no thing: their requests count against @p sender, the
    /// asking certificate's common name (a factory's claim), and are not answered past it.
    static std::optional<DeviceRequest> of(const QString &topic, const QString &sender = {});
    /// The refusal a throttled request gets on rejectedTopic, with its clientToken (read from
    /// @p payload) and @p now (seconds).
    QByteArray refusal(const QByteArray &payload, qint64 now) const;
};

/// What each device may ask of each service per second, counted in the broker before any work
/// (AWS IoT throttles devices too: Jobs answer `RequestThrottled`). In one second a thing's
/// first `perSecond` requests to a service are served; the next as many are refused by the
/// broker itself (an answer, so a polite device knows to wait); the rest are dropped without an
/// answer, costing the cloud nothing. Free of I/O; the broker plugin asks it for every device
/// request.
class RequestBudget
{
public:
    enum class Verdict { Serve, Refuse, Drop };

    /// A request to @p service from @p thing in second @p now.
    Verdict take(const QString &thing, const QString &service, int perSecond, qint64 now);
    /// Forgets the windows of seconds before @p now (the broker calls it once a second at most).
    void forgetBefore(qint64 now);
    /// How many (thing, service) windows are kept.
    qsizetype size() const { return m_windows.size(); }

    /// One per broker process: every listener's plugin instance counts in the same place.
    static RequestBudget &shared();

private:
    struct Window
    {
        qint64 second = 0;
        int count = 0;
    };
    QHash<QString, Window> m_windows;
    qint64 m_forgotAt = 0;
};

} // namespace larder::cloud

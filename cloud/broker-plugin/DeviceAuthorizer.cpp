// SPDX-License-Identifier: MIT
#include "DeviceAuthorizer.h"

#include "camera/CameraSignals.h"
#include "commands/JobTopics.h"
#include "common/ProvisioningRoutes.h"
#include "inventory/InventoryTopics.h"
#include "mqtt/ClientIds.h"
#include "shadow/ShadowTopics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace larder::cloud {

namespace {
bool claimAllowed(DeviceAuthorizer::Access access, const QString &topic, bool forThisClient)
{
    if (!routes::isProvisioningTopic(topic))
        return false;
    const bool isAnswer = topic.endsWith(u"/accepted") || topic.endsWith(u"/rejected");
    switch (access) {
    case DeviceAuthorizer::Access::Write:
        return !isAnswer;
    case DeviceAuthorizer::Access::Subscribe:
        return isAnswer;
    case DeviceAuthorizer::Access::Read:
        return isAnswer && forThisClient;
    }
    return false;
}

/// A device's own requests to a cloud service (media URLs; for the door tablet also the board,
/// its fridge's temperature history and its reports to support): asked by it, answered to it.
std::optional<bool> ownRequestAllowed(DeviceAuthorizer::Access access, const QString &topic,
                                      const QString &thing, bool tablet)
{
    for (const char *feature : {"media", "board", "history", "support"}) {
        if (!tablet && QLatin1String(feature) != QLatin1String("media"))
            continue; // the appliance's cameras post nothing on the board, and read no charts
        const QString name = QLatin1String(feature);
        if (inventory::topics::thingOfFeature(topic, name, QStringLiteral("request")) == thing)
            return access == DeviceAuthorizer::Access::Write;
        for (const char *answer : {"request/accepted", "request/rejected"})
            if (inventory::topics::thingOfFeature(topic, name, QLatin1String(answer)) == thing)
                return access != DeviceAuthorizer::Access::Write;
    }
    return std::nullopt;
}

/// The appliance's half of its live camera's sessions: it hears every viewer's of its own
/// fridge (one subscription over its sessions) and writes its own half, well formed.
std::optional<bool> cameraAllowed(DeviceAuthorizer::Access access, const QString &topic,
                                  const QByteArray &payload, const QString &thing)
{
    namespace signalling = camera::signalling;
    if (access == DeviceAuthorizer::Access::Subscribe &&
        topic == QStringLiteral("larder/things/%1/camera/+/viewer/+").arg(thing))
        return true;
    const auto parsed = signalling::parse(topic);
    if (!parsed)
        return topic.startsWith(u"larder/things/") && topic.contains(QStringLiteral("/camera/"))
                   ? std::optional(false)
                   : std::nullopt;
    if (parsed->thing != thing)
        return false;
    if (access == DeviceAuthorizer::Access::Write)
        return parsed->side == signalling::Side::Fridge &&
               !signalling::problem(parsed->kind, payload);
    return parsed->side == signalling::Side::Viewer;
}

bool applianceAllowed(DeviceAuthorizer::Access access, const QString &topic,
                      const QByteArray &payload, const QString &thing)
{
    if (const auto camera = cameraAllowed(access, topic, payload, thing))
        return *camera;
    // Its own commands, over the AWS IoT Jobs topics: requests out; answers and notifications
    // in.
    if (const auto job = commands::topics::JobTopic::parse(topic))
        return job->thing == thing && (access == DeviceAuthorizer::Access::Write
                                           ? !job->notification && job->answer.isEmpty()
                                           : job->notification || !job->answer.isEmpty());
    // URLs for its cameras' snapshots.
    if (const auto own = ownRequestAllowed(access, topic, thing, false))
        return *own;
    // What its cameras saw, for its own list only.
    if (inventory::topics::thingOf(topic, QStringLiteral("recognition")) == thing)
        return access == DeviceAuthorizer::Access::Write;
    const auto parsed = shadow::ShadowTopic::parse(topic);
    if (!parsed || parsed->thing != thing)
        return false;
    // Requests out, answers in: the device never answers for the shadow service.
    return access == DeviceAuthorizer::Access::Write ? parsed->answer.isEmpty()
                                                     : !parsed->answer.isEmpty();
}
/// What the development listener's certificate may do: see every shadow and presence, send
/// get/update/delete requests, never answer for the service.
bool developmentAllowed(DeviceAuthorizer::Access access, const QString &topic)
{
    if (topic.contains(u'#'))
        return false;
    if (const auto parsed = shadow::ShadowTopic::parse(topic))
        return access == DeviceAuthorizer::Access::Write ? parsed->answer.isEmpty()
                                                         : !parsed->answer.isEmpty();
    return access != DeviceAuthorizer::Access::Write &&
           topic.startsWith(u"$aws/events/presence/") && topic.count(u'/') == 4;
}
} // namespace

bool DeviceAuthorizer::mayConnect(const DeviceIdentity &identity, const QString &commonName,
                                  const QString &clientId)
{
    switch (identity.kind) {
    case DeviceIdentity::Kind::Appliance:
        return clientId == identity.thing;
    case DeviceIdentity::Kind::Kiosk:
        return clientId == clientids::kiosk(identity.thing);
    case DeviceIdentity::Kind::Claim:
    case DeviceIdentity::Kind::Service:
    case DeviceIdentity::Kind::Development:
        return clientids::isOwnedBy(commonName, clientId);
    case DeviceIdentity::Kind::Pending:
    case DeviceIdentity::Kind::Refused:
        return false;
    }
    return false;
}

bool DeviceAuthorizer::allowed(const DeviceIdentity &identity, Access access, const QString &topic,
                               const QByteArray &payload, bool answerIsForThisClient)
{
    switch (identity.kind) {
    case DeviceIdentity::Kind::Service:
        return true;
    case DeviceIdentity::Kind::Claim:
        return claimAllowed(access, topic, answerIsForThisClient);
    case DeviceIdentity::Kind::Appliance:
        return applianceAllowed(access, topic, payload, identity.thing);
    case DeviceIdentity::Kind::Kiosk:
        // The door tablet changes its fridge's list and asks for media URLs over MQTT (apps
        // use REST).
        if (const auto own = ownRequestAllowed(access, topic, identity.thing, true))
            return *own;
        // Its fridge's list and its family's shopping list, by its own fridge's topics.
        for (const auto &listOf :
             {inventory::topics::thingOf, inventory::topics::thingOfShopping}) {
            if (listOf(topic, QStringLiteral("request")) == identity.thing)
                return access == Access::Write;
            for (const char *answer : {"request/accepted", "request/rejected"})
                if (listOf(topic, QLatin1String(answer)) == identity.thing)
                    return access != Access::Write;
        }
        if (inventory::topics::thingOfShopping(topic, QStringLiteral("changes")) == identity.thing)
            return access != Access::Write; // only the cloud writes the feed
        return AppAuthorizer::allowed(
            access, topic, payload, [&](const QString &thing) { return thing == identity.thing; });
    case DeviceIdentity::Kind::Development:
        return developmentAllowed(access, topic);
    case DeviceIdentity::Kind::Pending:
    case DeviceIdentity::Kind::Refused:
        return false;
    }
    return false;
}

} // namespace larder::cloud

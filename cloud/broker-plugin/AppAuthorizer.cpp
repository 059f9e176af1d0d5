// SPDX-License-Identifier: MIT
#include "AppAuthorizer.h"

#include "alerts/AlertTopics.h"
#include "board/BoardTopics.h"
#include "camera/CameraSignals.h"
#include "commands/JobTopics.h"
#include "inventory/InventoryTopics.h"
#include "shadow/ShadowTopics.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace larder::cloud {

using shadow::ShadowOperation;
using shadow::ShadowTopic;

namespace {
/// `$aws/events/presence/{connected|disconnected}/{thing}` → thing.
QString presenceThing(const QString &topic)
{
    const QStringList parts = topic.split(u'/');
    if (parts.size() != 5 || parts[0] != u"$aws" || parts[1] != u"events" ||
        parts[2] != u"presence" || (parts[3] != u"connected" && parts[3] != u"disconnected") ||
        !shadow::ShadowTopics::isValidThingName(parts[4]))
        return {};
    return parts[4];
}

/// The live camera's signalling (camera::signalling): a viewer — a member of the fridge's
/// family, or its door tablet — writes the viewer's half of a session, well formed, and reads
/// the fridge's. nullopt: not a camera topic.
std::optional<bool> viewerAllowed(AppAuthorizer::Access access, const QString &topic,
                                  const QByteArray &payload,
                                  const AppAuthorizer::ThingCheck &canUse)
{
    namespace signalling = camera::signalling;
    if (access == AppAuthorizer::Access::Subscribe) // one session's answers, exactly
        if (const auto filter = signalling::parseReadFilter(topic))
            return filter->side == signalling::Side::Viewer && canUse(filter->thing);
    const auto parsed = signalling::parse(topic);
    if (!parsed)
        return topic.contains(QStringLiteral("/camera/")) && topic.startsWith(u"larder/things/")
                   ? std::optional(false) // a wildcard or a malformed session: never
                   : std::nullopt;
    if (access == AppAuthorizer::Access::Write)
        return parsed->side == signalling::Side::Viewer && canUse(parsed->thing) &&
               !signalling::problem(parsed->kind, payload);
    return parsed->side == signalling::Side::Fridge && canUse(parsed->thing);
}

bool writesOnlyDesired(const QByteArray &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    // Malformed requests go through: the shadow service answers them with AWS's 400.
    if (!doc.isObject())
        return true;
    return !doc.object().value(u"state").toObject().contains(u"reported");
}
} // namespace

bool AppAuthorizer::allowed(Access access, const QString &topic, const QByteArray &payload,
                            const ThingCheck &canUse, const FamilyCheck &isMember)
{
    if (const auto camera = viewerAllowed(access, topic, payload, canUse))
        return *camera;
    if (access != Access::Write) {
        // A family's feeds (its shopping list, its board, its alerts): members read, only the
        // cloud writes.
        for (const QString &family :
             {inventory::topics::familyOfShoppingChanges(topic),
              board::topics::familyOfChanges(topic), alerts::topics::familyOfChanges(topic)})
            if (!family.isEmpty())
                return isMember && isMember(family);
        // A fridge's board feed: what its door tablet reads.
        if (const QString thing = board::topics::thingOf(topic, QStringLiteral("changes"));
            !thing.isEmpty())
            return canUse(thing);
        if (const QString thing = presenceThing(topic); !thing.isEmpty())
            return canUse(thing);
        if (const QString thing = inventory::topics::thingOfChanges(topic); !thing.isEmpty())
            return canUse(thing); // the fridge's ingredient changes (only the cloud writes them)
        if (const QString thing = inventory::topics::thingOfShelfPhotos(topic); !thing.isEmpty())
            return canUse(thing); // its shelf photos, likewise
        if (const QString thing = commands::topics::thingOfChanges(topic); !thing.isEmpty())
            return canUse(thing); // its commands' progress, likewise
        if (const QString thing = alerts::topics::thingOfOpen(topic); !thing.isEmpty())
            return canUse(thing); // its open alerts (the door tablet's alarm), likewise
    }
    const auto parsed = ShadowTopic::parse(topic);
    if (!parsed || parsed->operation == ShadowOperation::Delete)
        return false;
    if (access == Access::Write) {
        if (!parsed->answer.isEmpty())
            return false; // answers come from the shadow service only
        if (parsed->operation == ShadowOperation::Update && !writesOnlyDesired(payload))
            return false;
        return canUse(parsed->thing);
    }
    return !parsed->answer.isEmpty() && canUse(parsed->thing);
}

bool AppAuthorizer::staffAllowed(Access access, const QString &topic, const QByteArray &payload,
                                 const ConsentCheck &consent)
{
    if (access != Access::Write)
        if (const QString thing = presenceThing(topic); !thing.isEmpty())
            return consent(thing) != Consent::None;
    const auto parsed = ShadowTopic::parse(topic);
    if (!parsed || parsed->operation == ShadowOperation::Delete)
        return false;
    if (access != Access::Write)
        return !parsed->answer.isEmpty() && consent(parsed->thing) != Consent::None;
    if (!parsed->answer.isEmpty())
        return false;
    if (parsed->operation == ShadowOperation::Get)
        return consent(parsed->thing) != Consent::None;
    // An update: desired state only, and only when the family allowed it.
    return writesOnlyDesired(payload) && consent(parsed->thing) == Consent::ReadWrite;
}

} // namespace larder::cloud

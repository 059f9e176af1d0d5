// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace larder::cloud {

/// What a signed-in app may do on the broker, decided per topic: read the answers of, and
/// write get/update requests to, the shadows of fridges in the user's families (never
/// `reported`, never delete), read those fridges' lifecycle events and ingredient change
/// feeds, and read the shopping-list feeds of the user's families. Nothing else, and no
/// wildcards. Pure, so it is unit-tested; the Mosquitto plugin asks it.
class AppAuthorizer
{
public:
    enum class Access { Subscribe, Read, Write };
    using ThingCheck = std::function<bool(const QString &thing)>;
    using FamilyCheck = std::function<bool(const QString &familyId)>;

    /// @p isMember: whether the user belongs to a family (none: no family's topics).
    static bool allowed(Access access, const QString &topic, const QByteArray &payload,
                        const ThingCheck &canUse, const FamilyCheck &isMember = {});

    /// What a family's consent lets a support agent do with one fridge now.
    enum class Consent { None, Read, ReadWrite };
    using ConsentCheck = std::function<Consent(const QString &thing)>;
    /// What a support account may do (docs/api.md, "Support access"): with the family's consent
    /// for a fridge, read its shadows' answers and its presence and ask for a shadow (get);
    /// write desired state only when the consent says so. Never a family's feeds, lists,
    /// photos, board or commands, with consent or without.
    static bool staffAllowed(Access access, const QString &topic, const QByteArray &payload,
                             const ConsentCheck &consent);
};

} // namespace larder::cloud

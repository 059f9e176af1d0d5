// SPDX-License-Identifier: MIT
#pragma once

#include "AppAuthorizer.h"

#include <QByteArray>
#include <QString>

namespace larder::cloud {

/// Who a certificate on the device listener is, from larder-cloud's certificate registry.
struct DeviceIdentity
{
    enum class Kind {
        Service,     ///< larder-cloud itself
        Claim,       ///< factory claim certificate: may only ask for its own identity
        Pending,     ///< provisioned, not paired yet: connects, reaches nothing
        Appliance,   ///< the fridge's controller: its own shadow, reported included
        Kiosk,       ///< the paired door tablet: its fridge, like a family member's app
        Refused,     ///< revoked or unknown
        Development, ///< tests' and benchmarks' certificate on the development listener only
    };
    Kind kind = Kind::Refused;
    QString thing; ///< Appliance, Kiosk
};

/// What a certificate may do on the device listener, per topic. Pure, so it is unit-tested;
/// the Mosquitto plugin asks it. Provisioning answers (`$aws/certificates/…`,
/// `$aws/provisioning-templates/…`) are read only by the connection they are for.
class DeviceAuthorizer
{
public:
    using Access = AppAuthorizer::Access;

    static bool allowed(const DeviceIdentity &identity, Access access, const QString &topic,
                        const QByteArray &payload, bool answerIsForThisClient);

    /// Whether a certificate named @p commonName may connect with @p clientId: pending,
    /// revoked and unknown certificates never connect, and each identity owns its client ids
    /// (ClientIds.h) — the fridge's controller its thing name, the door tablet `{thing}-kiosk`,
    /// a claim and the cloud's own identities `{CN}` or `{CN}.{suffix}`.
    static bool mayConnect(const DeviceIdentity &identity, const QString &commonName,
                           const QString &clientId);
};

} // namespace larder::cloud

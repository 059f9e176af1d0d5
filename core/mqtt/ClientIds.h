// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// MQTT client ids belong to identities, as AWS IoT policies bind them: the broker refuses a
/// connection whose client id is not its credential's own. One place for the conventions,
/// used by the clients that pick an id and by the broker plugin that checks it. Thing names
/// are `[a-zA-Z0-9:_-]`: the dots in the app's and the cloud's own ids keep those namespaces
/// apart from every thing.
namespace larder::clientids {

/// A signed-in app: `app.{sub}.{suffix}` (one user may run several apps at once).
inline QString appPrefix(const QString &sub)
{
    return QStringLiteral("app.") + sub + u'.';
}
inline QString app(const QString &sub, const QString &suffix)
{
    return appPrefix(sub) + suffix;
}
inline bool isAppOf(const QString &sub, const QString &clientId)
{
    return !sub.isEmpty() && clientId.size() > appPrefix(sub).size() &&
           clientId.startsWith(appPrefix(sub));
}

/// A fridge's door tablet, once provisioned (the fridge's controller uses the thing name).
inline QString kiosk(const QString &thing)
{
    return thing + QStringLiteral("-kiosk");
}

/// The common name of a fridge's factory claim certificate.
inline QString claim(const QString &serial)
{
    return QStringLiteral("claim-") + serial;
}

/// A connection of a certificate named @p commonName that may run several at once (a factory
/// claim provisioning, larder-cloud's own services and tools): `{CN}` or `{CN}.{suffix}`.
inline QString owned(const QString &commonName, const QString &suffix)
{
    return suffix.isEmpty() ? commonName : commonName + u'.' + suffix;
}
inline bool isOwnedBy(const QString &commonName, const QString &clientId)
{
    return !commonName.isEmpty() &&
           (clientId == commonName ||
            (clientId.size() > commonName.size() + 1 && clientId.startsWith(commonName + u'.')));
}

} // namespace larder::clientids

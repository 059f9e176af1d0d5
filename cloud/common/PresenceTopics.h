// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// How the broker plugin tells larder-cloud who is connected: from its own connect and
/// disconnect events, never from log text. The plugin publishes these straight to the
/// shadow service's client id (no subscription, no one else can receive them); the service
/// asks for a snapshot after every (re)connect, so a broker restart leaves no fridge online.
namespace larder::cloud::presence {

/// Plugin → service: `{"thing","clientId","connected":bool}` for one fridge controller.
inline QString eventTopic()
{
    return QStringLiteral("$larder/presence/event");
}
/// Plugin → service: `{"connected":[thing,…]}`, every fridge controller connected now.
inline QString snapshotTopic()
{
    return QStringLiteral("$larder/presence/snapshot");
}
/// Service → plugin: ask for a snapshot (empty payload).
inline QString requestTopic()
{
    return QStringLiteral("$larder/presence/request");
}

} // namespace larder::cloud::presence

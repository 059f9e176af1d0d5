// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct mosquitto_evt_message;

/// The broker's gates in front of larder-cloud's services: a request that must not reach the
/// cloud is answered by the broker itself (when it is answered at all) and diverted to a topic
/// nobody may subscribe to, so it costs the cloud nothing. Call them from the plugin's message
/// event, which Mosquitto raises after the ACL check (so a topic's thing is the sender's own).
namespace larder::cloud {

/// Back-pressure for shadow requests (InFlight): counts each thing's requests on their way to
/// the shadow service and its answers on their way back. A request past the in-flight limit is
/// answered at once on its `…/rejected` topic with AWS's
/// `{"code":429,"message":"Too Many Requests",…,"clientToken"}` and goes no further.
/// @p fromService: the message comes from larder-cloud's shadow service (answers, and the
/// cloud's own requests, which are never refused).
/// Returns whether the message was diverted.
bool gateShadowMessage(mosquitto_evt_message *event, bool fromService);

/// A device's share of every other service (RequestBudget): media URLs, the board, the door
/// tablet's list, what the cameras saw, Jobs, fleet provisioning. Asked in the ACL check of a
/// write, which Mosquitto makes for every publish and for a will (the message event never sees
/// a will), with @p sender the certificate's common name (what is counted: the tablet and the
/// appliance of one fridge have a share each). False past the share in a second: the request is
/// refused (answered by the broker, as many again), then dropped.
bool admitDeviceRequest(const char *topic, const void *payload, int payloadBytes,
                        const QString &sender);

/// Connections a certificate may open (AWS IoT throttles CONNECTs per client too): 5 a second;
/// false past that. Each connection is presence events and a shadow write in the cloud.
bool admitConnection(const QString &commonName);

} // namespace larder::cloud

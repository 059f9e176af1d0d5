// SPDX-License-Identifier: MIT
#pragma once

struct mosquitto_evt_message;

namespace larder::cloud {

/// Back-pressure for shadow requests, in the broker (InFlight): counts each thing's requests
/// on their way to the shadow service and its answers on their way back. A request past the
/// in-flight limit is answered at once on its `…/rejected` topic with AWS's
/// `{"code":429,"message":"Too Many Requests",…,"clientToken"}` and goes no further.
/// @p fromService: the message comes from larder-cloud's shadow service (answers, and the
/// cloud's own requests, which are never refused).
void gateShadowMessage(mosquitto_evt_message *event, bool fromService);

} // namespace larder::cloud

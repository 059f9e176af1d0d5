// SPDX-License-Identifier: MIT
#pragma once

#include "MediaService.h"

#include "larder-cloud/api/DeviceRequests.h"

namespace larder::cloud::media {

/// The devices' way to presigned URLs (docs/api.md, "Media"): ops reserve, parts, complete,
/// download and abort, answered by MediaService as for REST. A device asks for its fridge's
/// family: the board, and its own fridge's objects (author "thing:{name}").
DeviceRequests::Handler mediaRequests(MediaService *service);

} // namespace larder::cloud::media

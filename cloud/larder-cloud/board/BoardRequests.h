// SPDX-License-Identifier: MIT
#pragma once

#include "BoardService.h"

#include "larder-cloud/api/DeviceRequests.h"

namespace larder::cloud::board {

/// The door tablet's board (docs/api.md, "The family board"): ops list (`before`, `limit`),
/// post, delete (`id`) and seen (`id`), answered by BoardService as for REST, as "Kitchen
/// tablet" (id "thing:{name}"; it deletes its own posts only).
DeviceRequests::Handler boardRequests(BoardService *service);

} // namespace larder::cloud::board

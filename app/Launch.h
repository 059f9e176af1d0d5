// SPDX-License-Identifier: MIT
#pragma once

struct AppOptions;

/// The owner app: sign-in, families and fridges (the default).
int runOwner(const AppOptions &options);
/// `--kiosk`: the fridge door's tablet, its certificate its identity.
int runKiosk(const AppOptions &options);

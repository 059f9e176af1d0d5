// SPDX-License-Identifier: MIT
#pragma once

#include "storage/DataPlace.h"

#include <QString>

namespace larder::cloud {

/// `larder-cloud factory`: what the factory installs on a fridge's door tablet and prints on
/// its label. For each fridge (serial @p firstSerial, then the next @p count - 1 numbers):
/// a claim certificate and key valid only for provisioning, the trust anchor, `label.png`
/// (pairing QR code and text) and `label.txt`; the serial goes into the reference table with
/// its pairing secret's hash. One fridge writes into @p out, several into `out/{serial}/`.
int factoryCommand(const DataPlace &data, const QString &firstSerial, const QString &model,
                   int count, const QString &out);

} // namespace larder::cloud

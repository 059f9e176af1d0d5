// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

namespace larder::pairing {
struct PairingPayload;
}

namespace larder::cloud {

/// The label printed for a fridge: its pairing QR code, and the same information as text
/// (model, serial, the pairing code in groups of four) for typing by hand. Needs a
/// QGuiApplication (fonts).
QImage renderFactoryLabel(const pairing::PairingPayload &payload);

} // namespace larder::cloud

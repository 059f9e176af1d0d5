// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::mqtt {

/// A sentence for a libmosquitto error code, using @p detail (the library's last logged
/// message, e.g. an OpenSSL reason) where it says more.
QString describeError(int mosquittoError, const QString &detail = {});

/// A sentence for an MQTT 5 CONNACK reason code (or an MQTT 3.1.1 return code).
QString describeConnack(int reasonCode);

} // namespace larder::mqtt

// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace larder::cloud::api {

/// What a client is told about a request, before it is sent: one decision shared by a REST
/// endpoint and the door tablet's MQTT request of the same feature, so both speak the same
/// statuses and sentences.
struct Verdict
{
    int status = 200;
    /// The answer on success; `{"error","message"}` (and what the feature adds) otherwise.
    QJsonObject body;
    bool ok() const { return status < 300; }
};

/// A refusal: `{"error":error,"message":message}` with @p status.
Verdict refusal(int status, const char *error, const QString &message);

} // namespace larder::cloud::api

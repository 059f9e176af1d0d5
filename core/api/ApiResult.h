// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace larder::api {

/// The outcome of one call to the cloud — a REST request, or a device's MQTT request: the
/// body, or a sentence the user can act on. Status 0: the cloud could not be reached.
struct ApiResult
{
    bool ok = false;
    int status = 0;
    QJsonObject body;
    QString message;
};

} // namespace larder::api

// SPDX-License-Identifier: MIT
#pragma once

#include "IdentityService.h"

#include <QUuid>

/// Cognito's error shape, `HTTP 400 {"__type","message"}`, for the identity service's files.
namespace larder::cloud::identity {

inline IdentityService::Response error(const char *type, const QString &message)
{
    return {
        400,
        {{QStringLiteral("__type"), QLatin1String(type)}, {QStringLiteral("message"), message}}};
}

inline IdentityService::Response invalidParameter(const QString &message)
{
    return error("InvalidParameterException", message);
}

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace larder::cloud::identity

// SPDX-License-Identifier: MIT
#include "Verdict.h"

namespace larder::cloud::api {

Verdict refusal(int status, const char *error, const QString &message)
{
    return {
        status,
        {{QStringLiteral("error"), QLatin1String(error)}, {QStringLiteral("message"), message}}};
}

} // namespace larder::cloud::api

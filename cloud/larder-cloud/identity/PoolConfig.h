// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace larder::cloud {

/// The local user pool's identifiers, created once and kept in `DIR/pool.json`: a Cognito-style
/// pool id (`local_XXXXXXXXX`) and app client id (26 lower-case letters and digits).
struct PoolConfig
{
    QString region = QStringLiteral("local");
    QString userPoolId;
    QString appClientId;

    static std::optional<PoolConfig> loadOrCreate(const QString &directory, QString *error);
};

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace larder::cloud::passwords {

/// Argon2id, encoded with its salt and parameters (`$argon2id$v=19$m=…`): memory-hard, so a
/// stolen database is slow to attack. Also used for confirmation codes.
QByteArray hash(const QString &secret);
bool verify(const QString &secret, const QByteArray &encoded);

/// Why @p password does not meet the pool's policy (Cognito's wording), or nullopt: at least
/// 8 characters with a lower-case letter, an upper-case letter and a number, at most 256, and
/// not one of the most common passwords.
std::optional<QString> policyViolation(const QString &password);

/// A random numeric code of @p digits digits.
QString randomCode(int digits = 6);

} // namespace larder::cloud::passwords

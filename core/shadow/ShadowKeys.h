// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::shadow::keys {

/// The JSON member and topic names of AWS IoT shadow documents, spelled once.
inline const QString state = QStringLiteral("state");
inline const QString desired = QStringLiteral("desired");
inline const QString reported = QStringLiteral("reported");
inline const QString delta = QStringLiteral("delta");
inline const QString metadata = QStringLiteral("metadata");
inline const QString version = QStringLiteral("version");
inline const QString timestamp = QStringLiteral("timestamp");
inline const QString clientToken = QStringLiteral("clientToken");
inline const QString accepted = QStringLiteral("accepted");
inline const QString rejected = QStringLiteral("rejected");
inline const QString documents = QStringLiteral("documents");

} // namespace larder::shadow::keys

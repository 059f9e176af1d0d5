// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::media {

/// The SHA-256 of a whole file, as lower-case hex, read in 1 MiB slices (memory stays flat
/// whatever the size) through OpenSSL, which uses the processor's SHA instructions where it has
/// them (several times QCryptographicHash's speed). "" when the file cannot be read. The cloud
/// checks every stored object with it; the app sends it along with every upload.
QString sha256OfFile(const QString &path);

} // namespace larder::media

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

class CloudFixture;
class CloudHttp;

/// tests/conformance/s3-store.mjs — the official AWS SDK for JavaScript against the cloud's
/// object store — run for one object: `LARDER_S3_*` point it at the edge, the cloud's key, the
/// object and the file to upload.
class S3Script
{
public:
    S3Script(const CloudFixture &cloud, CloudHttp &http);
    /// Whether the conformance packages are installed (tools/setup).
    static bool installed();

    /// Runs @p mode for @p key; the script's output, or "" when it failed (printed either way).
    QByteArray run(const QString &mode, const QString &key, const QString &contentType,
                   const QString &file) const;

private:
    QProcessEnvironment m_env;
};

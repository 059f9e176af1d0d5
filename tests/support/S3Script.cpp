// SPDX-License-Identifier: MIT
#include "S3Script.h"

#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QFile>
#include <QProcess>

namespace {
QString script()
{
    return QStringLiteral(LARDER_SOURCE_DIR "/tests/conformance/s3-store.mjs");
}
} // namespace

S3Script::S3Script(const CloudFixture &cloud, CloudHttp &http)
    : m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert("LARDER_S3_ENDPOINT",
                 http.profile().value("apiBaseUrl").toString().section("/api", 0, 0));
    m_env.insert("LARDER_S3_KEY_FILE", cloud.dataDir() + "/identity/media-signing.key");
    m_env.insert("NODE_EXTRA_CA_CERTS", http.profile().value("caFile").toString());
}

bool S3Script::installed()
{
    return QFile::exists(
        QStringLiteral(LARDER_SOURCE_DIR "/tests/conformance/node_modules/@aws-sdk/client-s3"));
}

QByteArray S3Script::run(const QString &mode, const QString &key, const QString &contentType,
                         const QString &file) const
{
    QProcessEnvironment env = m_env;
    env.insert("LARDER_S3_OBJECT", key);
    env.insert("LARDER_S3_TYPE", contentType);
    env.insert("LARDER_S3_FILE", file);
    QProcess node;
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start("node", {script(), mode});
    const bool finished = node.waitForFinished(120000);
    const QByteArray output = node.readAll();
    qInfo("%s", output.constData());
    return finished && node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0
               ? output
               : QByteArray();
}

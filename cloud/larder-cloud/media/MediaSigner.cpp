// SPDX-License-Identifier: MIT
#include "MediaSigner.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTimeZone>

namespace larder::cloud::media {

namespace sigv4 = larder::media::sigv4;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QString MediaSigner::url(const QByteArray &method, const QString &path,
                         const QByteArray &contentType, qint64 now,
                         const QList<std::pair<QString, QString>> &query) const
{
    sigv4::Request request;
    request.method = method;
    request.host = m_config.publicHost;
    request.path = path;
    request.query = query;
    if (!contentType.isEmpty())
        request.headers = {{"content-type", contentType}};
    return sigv4::presign(request, m_config.credentials,
                          QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()),
                          m_config.urlSeconds);
}

sigv4::SecretFor MediaSigner::secretFor() const
{
    return [this](const QString &key) -> std::optional<sigv4::Credentials> {
        if (key == m_config.credentials.accessKeyId)
            return m_config.credentials;
        return std::nullopt;
    };
}

std::optional<sigv4::Credentials> MediaSigner::loadOrMakeCredentials(const QString &path,
                                                                     QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        QSaveFile made(path);
        const QByteArray text =
            "LARDER" + randomHex(8).toUpper().toLatin1() + '\n' + randomHex(32).toLatin1() + '\n';
        if (!made.open(QIODevice::WriteOnly) || made.write(text) != text.size() ||
            !made.setPermissions(QFile::ReadOwner | QFile::WriteOwner) || !made.commit()) {
            *error = QStringLiteral("Cannot write the media signing key %1").arg(path);
            return std::nullopt;
        }
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the media signing key %1").arg(path);
        return std::nullopt;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.size() < 2 || lines.at(0).isEmpty() || lines.at(1).size() < 32) {
        *error = QStringLiteral("The media signing key %1 is damaged").arg(path);
        return std::nullopt;
    }
    return sigv4::Credentials{QString::fromLatin1(lines.at(0)), lines.at(1),
                              QStringLiteral("local"), QStringLiteral("s3")};
}

} // namespace larder::cloud::media

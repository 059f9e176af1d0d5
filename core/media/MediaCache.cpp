// SPDX-License-Identifier: MIT
#include "MediaCache.h"

#include "common/Guarded.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>

#include <memory>

namespace larder::media {

MediaCache::MediaCache(QNetworkAccessManager *network, const QSslConfiguration &tls,
                       MediaChannel *channel, QString dir, qint64 capBytes, QObject *parent)
    : QObject(parent), m_network(network), m_tls(tls), m_channel(channel), m_dir(std::move(dir)),
      m_cap(capBytes)
{
    QDir().mkpath(m_dir);
}

QString MediaCache::fileFor(const QString &key) const
{
    // The key's own name is not trusted as a path: its hash is, with the extension kept.
    const QString suffix = QFileInfo(key).suffix().left(5);
    return m_dir + u'/' +
           QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex()) +
           (suffix.isEmpty() ? QString() : u'.' + suffix);
}

QString MediaCache::cached(const QString &key) const
{
    const QString path = fileFor(key);
    return QFileInfo::exists(path) ? path : QString();
}

void MediaCache::fetch(const QString &key, Done done)
{
    if (const QString path = cached(key); !path.isEmpty()) {
        QFile(path).setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
        done(path, {});
        return;
    }
    const bool started = m_waiting.contains(key);
    m_waiting[key].append(std::move(done));
    if (started)
        return;
    m_channel->ask(QStringLiteral("download"), {{QStringLiteral("key"), key}},
                   guarded(this, [this, key](const api::ApiResult &result) {
                       if (!result.ok)
                           return finish(key, {},
                                         result.body.value(u"message")
                                             .toString(result.message.isEmpty()
                                                           ? tr("The cloud cannot be reached.")
                                                           : result.message));
                       download(key, result.body.value(u"url").toString());
                   }));
}

void MediaCache::download(const QString &key, const QString &url)
{
    QNetworkRequest request{QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode)};
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network->get(request);
    auto file = std::make_shared<QSaveFile>(fileFor(key));
    if (!file->open(QIODevice::WriteOnly)) {
        reply->abort();
        reply->deleteLater();
        return finish(key, {}, tr("The media folder cannot be written."));
    }
    ++m_downloads;
    // Streamed to the file as it arrives: memory stays flat whatever the size.
    connect(reply, &QNetworkReply::readyRead, this,
            [reply, file] { file->write(reply->readAll()); });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, key] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        file->write(reply->readAll());
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            file->cancelWriting();
            return finish(key, {}, tr("The download failed: %1").arg(reply->errorString()));
        }
        if (!file->commit())
            return finish(key, {}, tr("The media folder cannot be written."));
        trim(file->fileName());
        finish(key, file->fileName(), {});
    });
}

void MediaCache::finish(const QString &key, const QString &path, const QString &error)
{
    const QList<Done> waiting = m_waiting.take(key);
    for (const Done &done : waiting)
        done(path, error);
}

void MediaCache::trim(const QString &keep)
{
    QFileInfoList files = QDir(m_dir).entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files))
        total += file.size();
    // Oldest first (least recently used), never the one just fetched.
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= m_cap)
            break;
        if (file.absoluteFilePath() == QFileInfo(keep).absoluteFilePath())
            continue;
        if (QFile::remove(file.absoluteFilePath()))
            total -= file.size();
    }
}

} // namespace larder::media

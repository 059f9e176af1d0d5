// SPDX-License-Identifier: MIT
#pragma once

#include "MediaChannel.h"

#include <QHash>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace larder::media {

/// Stored objects on the app's disk (docs/api.md, "Media"): asked for by key, fetched once
/// through a presigned download URL (streamed to a file that appears whole or not at all), then
/// served from the folder. The folder stays under its size cap: the least recently used files go
/// first. Several asks for one key while it downloads share the download.
class MediaCache : public QObject
{
    Q_OBJECT
public:
    /// @p path of the file, or "" with @p error.
    using Done = std::function<void(const QString &path, const QString &error)>;

    MediaCache(QNetworkAccessManager *network, const QSslConfiguration &tls, MediaChannel *channel,
               QString dir, qint64 capBytes = 200LL * 1024 * 1024, QObject *parent = nullptr);

    void fetch(const QString &key, Done done);
    /// The cached file of @p key, or "" when it is not here.
    QString cached(const QString &key) const;
    /// Downloads made (not served from the folder).
    int downloads() const { return m_downloads; }

private:
    QString fileFor(const QString &key) const;
    void download(const QString &key, const QString &url);
    void finish(const QString &key, const QString &path, const QString &error);
    void trim(const QString &keep);

    QNetworkAccessManager *m_network;
    QSslConfiguration m_tls;
    MediaChannel *m_channel;
    QString m_dir;
    qint64 m_cap;
    QHash<QString, QList<Done>> m_waiting; ///< by key, while it downloads
    int m_downloads = 0;
};

} // namespace larder::media

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <functional>

namespace larder::cloud::media {

/// Where an object's bytes are on disk, and the one way they move. Every upload lands in
/// staging (`{store}/staging/media/…`: the edge writes whole objects there, a multipart
/// completion joins its parts there). The cloud's check first takes the staged file to a
/// private name (`{store}/checking/…`), so no upload still on its way can change what is
/// checked, and moves it into the store (`{store}/media/…`) once it passed. The edge serves the
/// store and never writes to it: a stored object is written once.
class ObjectFiles
{
public:
    explicit ObjectFiles(QString storeDir) : m_dir(std::move(storeDir)) {}

    /// The checked object of @p path ("/media/{family}/…").
    QString stored(const QString &path) const { return m_dir + path; }
    /// Where the parts of multipart upload @p uploadId land (`{part}.{etag}`).
    QString parts(const QString &uploadId) const
    {
        return m_dir + QStringLiteral("/parts/") + uploadId;
    }
    /// Where uploads of @p path land.
    QString staged(const QString &path) const { return m_dir + QStringLiteral("/staging") + path; }
    /// Takes what is staged for @p path away from the uploads: the private file to check, or ""
    /// when nothing is staged.
    QString takeStaged(const QString &path) const;
    /// Moves a checked file into the store as @p path.
    bool store(const QString &checked, const QString &path) const;
    /// Removes everything of @p path: staged and stored.
    void remove(const QString &path) const;
    /// Removes staging and checking files older than @p before (seconds since the epoch) that
    /// @p keep does not claim (a staged upload whose reservation is open); how many went.
    int sweep(qint64 before, const std::function<bool(const QString &path)> &keep) const;

    QString dir() const { return m_dir; }

private:
    QString m_dir;
};

} // namespace larder::cloud::media

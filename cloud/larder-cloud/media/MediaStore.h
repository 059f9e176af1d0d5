// SPDX-License-Identifier: MIT
#pragma once

#include "MediaAccess.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace larder::cloud::media {

/// The media store's records (schema versions 4 and 5): an object is reserved when its upload URL
/// is handed out — its kind, content type and largest size — and marked stored once the upload has
/// been checked. An object being uploaded in parts has its open upload's id. The bytes themselves
/// are files under the store's folder, written by the edge.
class MediaStore
{
public:
    explicit MediaStore(const QString &connectionName = QStringLiteral("larder"));

    bool reserve(const ObjectPath &place, const Kind &kind, const QString &contentType,
                 const QString &author, qint64 at);
    std::optional<Reserved> find(const QString &path) const;
    /// The family an object belongs to, or "" when there is no such object.
    QString familyOf(const QString &path) const;
    bool markStored(const QString &path, qint64 size, const QString &sha256);
    /// Opens (@p uploadId) or closes ("") the object's multipart upload.
    bool setUpload(const QString &path, const QString &uploadId);
    bool remove(const QString &path);
    /// Objects reserved before @p before and never stored.
    QStringList unstoredSince(qint64 before) const;
    /// The size of the stored object at @p path; nothing when it is not stored (yet, or any
    /// more).
    std::optional<qint64> storedSize(const QString &path) const;
    /// Whether some object has @p uploadId as its open upload.
    bool uploadOpen(const QString &uploadId) const;
    /// What a family holds: the bytes of its stored objects, and its reservations not stored
    /// yet.
    struct Usage
    {
        qint64 storedBytes = 0;
        int open = 0;
    };
    Usage usage(const QString &familyId) const;
    /// A family's uploads not finished yet, oldest first.
    struct Unfinished
    {
        QString path, kind, author, uploadId;
        qint64 createdAt = 0;
    };
    QList<Unfinished> unfinished(const QString &familyId) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::media

// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What the family board and the cameras may store (docs/api.md, "Media"): each kind of object
/// with the content types it accepts and its largest size, and where its objects live:
/// `/media/{familyId}/{owner}/{kind}/{objectId}` — the owner is a fridge's thing name or
/// "family" for the board, the object id 32 random hex digits and an extension. Pure.
namespace larder::cloud::media {

struct Kind
{
    QString name;
    QStringList contentTypes;
    qint64 maxBytes = 0;
};

/// photo (JPEG, PNG, WebP; 20 MiB), voice (AAC/MP4, Ogg, WebM, WAV; 10 MiB), snapshot (JPEG;
/// 5 MiB), video (MP4, WebM; 1 GiB, multipart).
const QList<Kind> &kinds();
std::optional<Kind> kindNamed(const QString &name);
/// The file extension objects of @p contentType get (".jpg", ".m4a"…).
QString extensionFor(const QString &contentType);

/// Whether @p head (an object's first bytes) is what @p contentType says: a JPEG, PNG or WebP
/// image, MP4/AAC, Ogg, WebM or WAV audio, MP4 or WebM video.
bool looksLike(const QString &contentType, const QByteArray &head);

/// An object's place, read from its path; nullopt when the path is not one.
struct ObjectPath
{
    QString familyId, owner, kind, objectId;
    QString path() const;
};
std::optional<ObjectPath> parseObjectPath(const QString &path);

} // namespace larder::cloud::media

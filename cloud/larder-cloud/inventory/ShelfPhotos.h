// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace larder::cloud {

/// "Look inside" (docs/api.md, "Look inside"): the latest photo of each shelf of a fridge, which
/// its appliance attaches to the recognition it sends when the door closes. A photo is kept only
/// if it names a shelf and a stored snapshot object of that very fridge; it replaces the
/// shelf's previous photo, whose object is then deleted. Stored in schema version 7's
/// `shelf_photos`.
class ShelfPhotos
{
public:
    struct Photo
    {
        QString shelf;
        QString key;
        qint64 takenAt = 0; ///< the cloud's time when it arrived (s)
    };
    /// What the store knows of an object: whether it is a stored snapshot of @p thing.
    using IsSnapshotOf = std::function<bool(const QString &key, const QString &thing)>;

    explicit ShelfPhotos(const QString &connectionName = QStringLiteral("larder"));

    static const QStringList &shelves();
    /// At most this many photos in one recognition (more are ignored).
    static constexpr int maxPerRecognition = 6;

    /// The photo @p entry describes (`{"shelf","key"}`), if it may be kept for @p thing
    /// (else the reason in @p why). Pure.
    static std::optional<Photo> photoFrom(const QJsonValue &entry, const QString &thing,
                                          const IsSnapshotOf &isSnapshotOf, QString *why);

    /// Keeps the valid photos of @p entries for @p thing at @p now; returns them, and the keys
    /// of the photos they replaced in @p replaced.
    QList<Photo> attach(const QString &thing, const QJsonArray &entries, qint64 now,
                        const IsSnapshotOf &isSnapshotOf, QStringList *replaced);
    /// The fridge's latest photo of each shelf, in shelf order.
    QList<Photo> latest(const QString &thing) const;
    /// Drops the fridge's photos (it left its family); returns their keys.
    QStringList forget(const QString &thing);

    static QJsonArray toJson(const QList<Photo> &photos);

private:
    QString m_connection;
};

} // namespace larder::cloud

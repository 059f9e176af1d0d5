// SPDX-License-Identifier: MIT
#include "ShelfPhotos.h"

#include "larder-cloud/SqlQuery.h"

#include <QJsonObject>

namespace larder::cloud {

using sql::exec;
using sql::run;

ShelfPhotos::ShelfPhotos(const QString &connectionName) : m_connection(connectionName) {}

const QStringList &ShelfPhotos::shelves()
{
    static const QStringList all{QStringLiteral("top"), QStringLiteral("middle"),
                                 QStringLiteral("bottom"), QStringLiteral("door")};
    return all;
}

std::optional<ShelfPhotos::Photo> ShelfPhotos::photoFrom(const QJsonValue &entry,
                                                         const QString &thing,
                                                         const IsSnapshotOf &isSnapshotOf,
                                                         QString *why)
{
    const QJsonObject object = entry.toObject();
    const QString shelf = object.value(u"shelf").toString();
    const QString key = object.value(u"key").toString();
    if (!shelves().contains(shelf)) {
        *why = QStringLiteral("\"shelf\" is one of %1.").arg(shelves().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (key.isEmpty() || key.size() > 300) {
        *why = QStringLiteral("\"key\" names a stored snapshot.");
        return std::nullopt;
    }
    if (!isSnapshotOf(key, thing)) {
        *why = QStringLiteral("%1 is not a stored snapshot of %2.").arg(key, thing);
        return std::nullopt;
    }
    return Photo{shelf, key, 0};
}

QList<ShelfPhotos::Photo> ShelfPhotos::attach(const QString &thing, const QJsonArray &entries,
                                              qint64 now, const IsSnapshotOf &isSnapshotOf,
                                              QStringList *replaced)
{
    QList<Photo> kept;
    for (qsizetype i = 0; i < entries.size() && i < maxPerRecognition; ++i) {
        QString why;
        std::optional<Photo> photo = photoFrom(entries.at(i), thing, isSnapshotOf, &why);
        if (!photo) {
            qInfo("larder-cloud: %s: a shelf photo is ignored: %s", qPrintable(thing),
                  qPrintable(why));
            continue;
        }
        photo->takenAt = now;
        QSqlQuery previous =
            run(m_connection,
                QStringLiteral("SELECT media_key FROM shelf_photos WHERE thing = ? AND shelf = ?"),
                {thing, photo->shelf});
        const QString before = previous.next() ? previous.value(0).toString() : QString();
        if (!exec(m_connection,
                  QStringLiteral("INSERT INTO shelf_photos (thing, shelf, media_key, taken_at) "
                                 "VALUES (?, ?, ?, ?) ON CONFLICT (thing, shelf) DO UPDATE SET "
                                 "media_key = excluded.media_key, taken_at = excluded.taken_at"),
                  {thing, photo->shelf, photo->key, photo->takenAt}))
            continue;
        if (!before.isEmpty() && before != photo->key)
            replaced->append(before);
        kept.append(*photo);
    }
    return kept;
}

QList<ShelfPhotos::Photo> ShelfPhotos::latest(const QString &thing) const
{
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT shelf, media_key, taken_at FROM shelf_photos WHERE thing = ?"),
            {thing});
    QList<Photo> photos;
    while (query.next())
        photos.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong()});
    std::sort(photos.begin(), photos.end(), [](const Photo &a, const Photo &b) {
        return shelves().indexOf(a.shelf) < shelves().indexOf(b.shelf);
    });
    return photos;
}

QStringList ShelfPhotos::forget(const QString &thing)
{
    QStringList keys;
    for (const Photo &photo : latest(thing))
        keys.append(photo.key);
    exec(m_connection, QStringLiteral("DELETE FROM shelf_photos WHERE thing = ?"), {thing});
    return keys;
}

QJsonArray ShelfPhotos::toJson(const QList<Photo> &photos)
{
    QJsonArray array;
    for (const Photo &photo : photos)
        array.append(QJsonObject{{QStringLiteral("shelf"), photo.shelf},
                                 {QStringLiteral("key"), photo.key},
                                 {QStringLiteral("takenAt"), photo.takenAt * 1000}});
    return array;
}

} // namespace larder::cloud

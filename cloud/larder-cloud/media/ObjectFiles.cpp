// SPDX-License-Identifier: MIT
#include "ObjectFiles.h"

#include "MediaSigner.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace larder::cloud::media {

QString ObjectFiles::takeStaged(const QString &path) const
{
    QString checking = m_dir + QStringLiteral("/checking/") + randomHex(16);
    if (!QDir().mkpath(m_dir + QStringLiteral("/checking")))
        return {};
    // rename(2) is atomic: an upload finishing now either lands before (and is checked) or
    // after (and stays staged, for the sweep).
    if (!QFile::rename(staged(path), checking))
        return {};
    // Its time is now (not the upload's): the sweep leaves what is being checked alone.
    QFile file(checking);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return checking;
}

bool ObjectFiles::store(const QString &checked, const QString &path) const
{
    const QString target = stored(path);
    return QDir().mkpath(QFileInfo(target).path()) && QFile::rename(checked, target);
}

void ObjectFiles::remove(const QString &path) const
{
    QFile::remove(staged(path));
    QFile::remove(stored(path));
}

int ObjectFiles::sweep(qint64 before, const std::function<bool(const QString &path)> &keep) const
{
    int removed = 0;
    const QString staging = m_dir + QStringLiteral("/staging");
    for (const QString &root : {staging, m_dir + QStringLiteral("/checking")}) {
        QDirIterator files(root, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QFileInfo file(files.next());
            if (file.lastModified().toSecsSinceEpoch() >= before)
                continue;
            if (root == staging && keep(file.filePath().mid(staging.size())))
                continue;
            removed += QFile::remove(file.filePath()) ? 1 : 0;
        }
    }
    return removed;
}

} // namespace larder::cloud::media

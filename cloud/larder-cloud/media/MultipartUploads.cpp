// SPDX-License-Identifier: MIT
#include "MultipartUploads.h"

#include "MediaSigner.h"
#include "ObjectFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fcntl.h>
#include <unistd.h>

namespace larder::cloud::media {

namespace {
Assembled refused(int status, const char *code, const QString &message)
{
    Assembled outcome;
    outcome.status = status;
    outcome.code = QLatin1String(code);
    outcome.message = message;
    return outcome;
}

Assembled invalidPart()
{
    return refused(400, "InvalidPart",
                   QStringLiteral("One or more of the specified parts could not be found. The "
                                  "part may not have been uploaded, or the specified entity tag "
                                  "may not match the part's entity tag."));
}

bool isHex32(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(text).hasMatch();
}

/// Appends all of @p from to @p to, in the kernel where it can (memory stays flat).
bool append(QFile &from, QFile &to)
{
    const int in = from.handle(), out = to.handle();
    qint64 left = from.size();
    while (left > 0) {
        const ssize_t moved =
            ::copy_file_range(in, nullptr, out, nullptr, static_cast<size_t>(left), 0);
        if (moved > 0) {
            left -= moved;
            continue;
        }
        if (moved < 0 && errno == EINTR)
            continue;
        if (moved == 0)
            return false; // shorter than it said
        // No in-kernel copy here: read and write in slices.
        QByteArray slice;
        from.seek(from.size() - left);
        while (left > 0 && !(slice = from.read(qMin<qint64>(left, 1 << 20))).isEmpty()) {
            if (::write(out, slice.constData(), static_cast<size_t>(slice.size())) != slice.size())
                return false;
            left -= slice.size();
        }
        return left == 0;
    }
    return true;
}
} // namespace

MultipartUploads::MultipartUploads(MediaStore *store, QString storeDir)
    : m_storeDir(std::move(storeDir)), m_store(store)
{
}

QString MultipartUploads::partsDir(const QString &uploadId) const
{
    return ObjectFiles(m_storeDir).parts(uploadId);
}

QString MultipartUploads::create(const QString &path)
{
    const auto reserved = m_store->find(path);
    if (!reserved || reserved->stored)
        return {};
    if (!reserved->uploadId.isEmpty())
        abort(path, reserved->uploadId);
    QString uploadId = randomHex(16);
    if (!QDir().mkpath(partsDir(uploadId)) || !m_store->setUpload(path, uploadId))
        return {};
    return uploadId;
}

Assembled MultipartUploads::complete(const QString &path, const QString &uploadId,
                                     const QList<PartTag> &parts)
{
    const auto reserved = m_store->find(path);
    if (!reserved || reserved->stored || reserved->uploadId != uploadId || !isHex32(uploadId))
        return refused(404, "NoSuchUpload",
                       QStringLiteral("The specified upload does not exist. The upload ID may be "
                                      "invalid, or the upload may have been aborted or "
                                      "completed."));
    if (parts.isEmpty())
        return refused(400, "MalformedXML",
                       QStringLiteral("The XML you provided was not well-formed or did not "
                                      "validate against our published schema."));
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (parts.at(i).partNumber <= parts.at(i - 1).partNumber)
            return refused(400, "InvalidPartOrder",
                           QStringLiteral("The list of parts was not in ascending order. The "
                                          "parts list must be specified in order of the part "
                                          "number."));
    QStringList files;
    qint64 total = 0;
    QByteArray tags;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const PartTag &part = parts.at(i);
        if (!isHex32(part.etag))
            return invalidPart();
        const QString file =
            partsDir(uploadId) + QStringLiteral("/%1.%2").arg(part.partNumber).arg(part.etag);
        const QFileInfo info(file);
        if (!info.isFile())
            return invalidPart();
        if (i + 1 < parts.size() && info.size() < minPartBytes)
            return refused(400, "EntityTooSmall",
                           QStringLiteral("Your proposed upload is smaller than the minimum "
                                          "allowed object size. Part %1 is %2 bytes; every part "
                                          "but the last must be at least 5 MiB.")
                               .arg(part.partNumber)
                               .arg(info.size()));
        total += info.size();
        files.append(file);
        tags += QByteArray::fromHex(part.etag.toLatin1());
    }
    if (total > reserved->maxBytes)
        return refused(400, "EntityTooLarge",
                       QStringLiteral("Your proposed upload exceeds the maximum allowed size "
                                      "(%1 bytes for a %2).")
                           .arg(reserved->maxBytes)
                           .arg(reserved->kind));
    // Joined beside the parts, then moved into place: the object appears whole or not at all.
    const QString joined = partsDir(uploadId) + QStringLiteral("/object");
    QFile out(joined);
    bool written = out.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (const QString &file : std::as_const(files)) {
        QFile in(file);
        written = written && in.open(QIODevice::ReadOnly) && append(in, out);
    }
    written = written && out.flush() && ::fsync(out.handle()) == 0;
    out.close();
    // Staged like a whole upload: the cloud's check moves it into the store.
    const QString target = ObjectFiles(m_storeDir).staged(path);
    QFile::remove(target);
    if (!written || !QDir().mkpath(QFileInfo(target).path()) || !QFile::rename(joined, target)) {
        QFile::remove(joined);
        return refused(500, "InternalError",
                       QStringLiteral("We encountered an internal error. Please try again."));
    }
    QDir(partsDir(uploadId)).removeRecursively();
    m_store->setUpload(path, {});
    Assembled outcome;
    outcome.size = total;
    outcome.etag =
        QString::fromLatin1(QCryptographicHash::hash(tags, QCryptographicHash::Md5).toHex()) +
        QStringLiteral("-%1").arg(parts.size());
    return outcome;
}

bool MultipartUploads::abort(const QString &path, const QString &uploadId)
{
    const auto reserved = m_store->find(path);
    if (!isHex32(uploadId) || !reserved || reserved->uploadId != uploadId)
        return false;
    QDir(partsDir(uploadId)).removeRecursively();
    return m_store->setUpload(path, {});
}

} // namespace larder::cloud::media

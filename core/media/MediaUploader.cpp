// SPDX-License-Identifier: MIT
#include "MediaUploader.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUuid>

namespace larder::media {

QString canonicalType(const QString &type)
{
    // What the shared MIME database calls a type, and the name the store takes.
    static const QHash<QString, QString> aliases{
        {QStringLiteral("audio/x-wav"), QStringLiteral("audio/wav")},
        {QStringLiteral("audio/vnd.wave"), QStringLiteral("audio/wav")},
        {QStringLiteral("audio/wave"), QStringLiteral("audio/wav")},
        {QStringLiteral("audio/x-m4a"), QStringLiteral("audio/mp4")},
        {QStringLiteral("audio/m4a"), QStringLiteral("audio/mp4")},
        {QStringLiteral("audio/x-vorbis+ogg"), QStringLiteral("audio/ogg")},
        {QStringLiteral("audio/x-opus+ogg"), QStringLiteral("audio/ogg")},
        {QStringLiteral("image/jpg"), QStringLiteral("image/jpeg")},
        {QStringLiteral("image/pjpeg"), QStringLiteral("image/jpeg")},
    };
    return aliases.value(type, type);
}

MediaUploader::MediaUploader(UploadJob::Tools tools, QString scope, QObject *parent)
    : QObject(parent), m_tools(std::move(tools)), m_scope(std::move(scope)), m_lane(m_tools.tls)
{
    m_tools.lane = &m_lane;
}

QString MediaUploader::upload(const QString &file, const QString &kind, const QString &owner,
                              const QJsonObject &note, const QString &contentType)
{
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("%1 cannot be read.").arg(info.fileName()));
        return {};
    }
    if (info.size() == 0) {
        setError(tr("%1 is empty.").arg(info.fileName()));
        return {};
    }
    JournalEntry entry;
    entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.scope = m_scope;
    entry.file = info.absoluteFilePath();
    entry.size = info.size();
    entry.modified = info.lastModified().toMSecsSinceEpoch();
    entry.kind = kind;
    entry.contentType = canonicalType(
        contentType.isEmpty() ? QMimeDatabase().mimeTypeForFile(info).name() : contentType);
    entry.owner = owner.isEmpty() ? QStringLiteral("family") : owner;
    entry.note = note;
    if (!m_tools.journal->add(entry)) {
        setError(tr("The upload could not be noted down."));
        return {};
    }
    m_queue.append(entry);
    setError({});
    next();
    emit changed();
    return entry.id;
}

void MediaUploader::resumePending()
{
    for (const JournalEntry &entry : m_tools.journal->pending(m_scope)) {
        const bool queued = std::any_of(m_queue.cbegin(), m_queue.cend(),
                                        [&](const JournalEntry &e) { return e.id == entry.id; });
        if (queued || (m_current && m_current->entry().id == entry.id))
            continue;
        const QFileInfo info(entry.file);
        if (!info.isFile() || info.size() != entry.size ||
            info.lastModified().toMSecsSinceEpoch() != entry.modified) {
            // The file changed or went: what was sent is not it any more.
            if (!entry.key.isEmpty())
                m_tools.channel->ask(QStringLiteral("abort"), {{QStringLiteral("key"), entry.key}},
                                     [](const api::ApiResult &) {});
            m_tools.journal->remove(entry.id);
            continue;
        }
        m_queue.append(entry);
    }
    next();
    emit changed();
}

void MediaUploader::next()
{
    if (m_current || m_queue.isEmpty())
        return;
    m_current = new UploadJob(m_queue.takeFirst(), m_tools, this);
    connect(m_current, &UploadJob::progress, this, &MediaUploader::changed);
    connect(m_current, &UploadJob::waiting, this, &MediaUploader::setError);
    const auto done = [this] {
        m_finishedWireBytes += m_current->bytesSentThisRun();
        m_current->deleteLater();
        m_current = nullptr;
        next();
        emit changed();
    };
    connect(m_current, &UploadJob::finished, this, [this, done](const QJsonObject &stored) {
        const JournalEntry entry = m_current->entry();
        setError({});
        done();
        emit uploaded(entry.id, stored, entry.note);
    });
    connect(m_current, &UploadJob::failed, this, [this, done](const QString &why) {
        const QString id = m_current->entry().id;
        setError(tr("%1 was not sent: %2").arg(QFileInfo(m_current->entry().file).fileName(), why));
        done();
        emit failed(id, why);
    });
    m_current->start();
}

void MediaUploader::cancel()
{
    if (m_current)
        cancel(m_current->entry().id);
}

void MediaUploader::cancel(const QString &id)
{
    if (m_current && m_current->entry().id == id) {
        m_current->cancel();
        m_finishedWireBytes += m_current->bytesSentThisRun();
        m_current->deleteLater();
        m_current = nullptr;
        setError({});
        next();
    } else {
        for (qsizetype i = 0; i < m_queue.size(); ++i)
            if (m_queue.at(i).id == id) {
                m_tools.journal->remove(id);
                m_queue.removeAt(i);
                break;
            }
    }
    emit changed();
}

double MediaUploader::progress() const
{
    const qint64 total = bytesTotal();
    return total > 0 ? double(bytesSent()) / double(total) : 0.0;
}

QString MediaUploader::fileName() const
{
    return m_current ? QFileInfo(m_current->entry().file).fileName() : QString();
}

qint64 MediaUploader::bytesSentThisRun() const
{
    return m_finishedWireBytes + (m_current ? m_current->bytesSentThisRun() : 0);
}

void MediaUploader::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit changed();
}

} // namespace larder::media

// SPDX-License-Identifier: MIT
#pragma once

#include "UploadJob.h"

#include <QObject>
#include <QQmlEngine>

namespace larder::media {

/// The app's uploads, one at a time in the order asked (docs/api.md, "Media"): each an
/// UploadJob, kept in the journal until the cloud has checked and stored it. For the UI: the
/// current file, bytes and a fraction for a bar, the sentence of a pause or failure, how many
/// wait; cancel. Uploads a killed app left unfinished go on with resumePending().
class MediaUploader : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes its uploader.")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(qint64 bytesSent READ bytesSent NOTIFY changed)
    Q_PROPERTY(qint64 bytesTotal READ bytesTotal NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(int queued READ queued NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
public:
    /// @p scope: whose uploads these are in the journal (a family id, or the tablet's thing).
    MediaUploader(UploadJob::Tools tools, QString scope, QObject *parent = nullptr);

    /// Queues @p file as a @p kind ("photo", "voice", "video"…) for @p owner ("family": the
    /// board, or a fridge); @p note comes back with uploaded(). The content type is read from
    /// the file when not given. Returns the upload's id, or "" (see error) when the file
    /// cannot be sent.
    QString upload(const QString &file, const QString &kind, const QString &owner = {},
                   const QJsonObject &note = {}, const QString &contentType = {});
    /// The current upload is given up (the cloud drops what arrived).
    Q_INVOKABLE void cancel();
    void cancel(const QString &id);
    /// Queues the journal's unfinished uploads of this scope (a file changed since is dropped).
    void resumePending();

    bool busy() const { return m_current != nullptr; }
    double progress() const;
    qint64 bytesSent() const { return m_current ? m_current->bytesSent() : 0; }
    qint64 bytesTotal() const { return m_current ? m_current->entry().size : 0; }
    QString fileName() const;
    /// Sent; the cloud is checking it (size, content, SHA-256).
    bool checking() const { return m_current && m_current->checking(); }
    int queued() const { return int(m_queue.size()); }
    QString error() const { return m_error; }
    /// Bytes put on the wire by this uploader, all uploads together.
    qint64 bytesSentThisRun() const;

signals:
    void changed();
    /// @p stored: `{"key","size","sha256","contentType"}`.
    void uploaded(const QString &id, const QJsonObject &stored, const QJsonObject &note);
    void failed(const QString &id, const QString &why);

private:
    void next();
    void setError(const QString &error);

    UploadJob::Tools m_tools;
    QString m_scope;
    PutLane m_lane;
    QList<JournalEntry> m_queue;
    UploadJob *m_current = nullptr;
    qint64 m_finishedWireBytes = 0;
    QString m_error;
};

/// The content type the store takes for what the MIME database calls @p type ("audio/x-wav" →
/// "audio/wav", "audio/x-m4a" → "audio/mp4"…).
QString canonicalType(const QString &type);

} // namespace larder::media

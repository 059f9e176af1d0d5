// SPDX-License-Identifier: MIT
#pragma once

#include "MediaChannel.h"
#include "PutLane.h"
#include "UploadJournal.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

namespace larder::media {

/// One upload through presigned URLs (docs/api.md, "Media"), start to finish: the cloud reserves
/// the object; the file goes up in one PUT, or part by part past 16 MiB, streamed from disk; each
/// part the store confirms is written to the journal at once, so a killed app resumes from the
/// last confirmed part; the SHA-256, computed on a worker thread meanwhile, goes with the
/// completion so the cloud can check what arrived. A dropped connection or a busy cloud is tried
/// again with growing pauses (the journal keeps the upload meanwhile); expired part URLs are
/// asked again; an upload the store forgot starts over once. Cancel gives the object up.
class UploadJob : public QObject
{
    Q_OBJECT
public:
    struct Tools
    {
        QSslConfiguration tls; ///< trusts the store's certificate
        MediaChannel *channel = nullptr;
        UploadJournal *journal = nullptr;
        QList<int> retryDelaysMs{1000, 2000, 4000, 8000, 16000, 30000};
        PutLane *lane = nullptr; ///< set by MediaUploader
    };

    UploadJob(JournalEntry entry, Tools tools, QObject *parent = nullptr);
    ~UploadJob() override;

    void start();
    void cancel();

    const JournalEntry &entry() const { return m_entry; }
    /// Bytes the store has (confirmed parts) plus those of the request in flight.
    qint64 bytesSent() const;
    /// Bytes put on the wire by this object (a resumed upload's re-sent share shows here).
    qint64 bytesSentThisRun() const { return m_wireBytes + m_inFlight; }
    /// Every byte is in the store; the cloud is checking the whole.
    bool checking() const { return m_checking; }

signals:
    void progress();
    /// The cloud checked and stored it: `{"key","size","sha256","contentType"}`.
    void finished(const QJsonObject &stored);
    void failed(const QString &why);
    /// A pause before trying again, and why (the UI shows it).
    void waiting(const QString &why);

private:
    using Answer = std::function<void(int status, const QByteArray &etag, const QByteArray &body)>;
    void reserve();
    void askPartUrls();
    void sendNextPart();
    void complete();
    void put(const QString &url, qint64 offset, qint64 length, const QByteArray &contentType,
             Answer answer);
    /// Transient trouble: @p again after a pause that grows with each try.
    void retryLater(const QString &why, std::function<void()> again);
    /// The store lost the upload: once, start over from the first byte.
    void startOver(const QString &why);
    void fail(const QString &why);
    /// Asks the cloud to drop the object, once the lane is idle.
    void giveUp();
    void hash();
    QString sentence(const api::ApiResult &result) const;

    JournalEntry m_entry;
    Tools m_tools;
    std::shared_ptr<PutLane::Ticket> m_ticket; ///< the PUT in flight
    QTimer m_progressPoll;
    QHash<int, QString> m_partUrls;
    qint64 m_urlsExpireAt = 0; ///< seconds since the epoch
    QString m_singleUrl;
    QByteArray m_singleType;
    QFutureWatcher<QString> m_hashing;
    QString m_sha256;
    bool m_completeWhenHashed = false;
    bool m_startedOver = false;
    bool m_over = false;
    bool m_checking = false;
    int m_attempt = 0;
    qint64 m_inFlight = 0, m_wireBytes = 0;
    QTimer m_retry;
    QElapsedTimer m_shown; ///< since progress was last shown
};

/// Whether an HTTP status is worth trying again: no answer, a timeout, throttling, the cloud's
/// own trouble.
bool isTransient(int status);
/// S3's `<Message>` (or `<Code>`) from an XML error body.
QString s3Message(const QByteArray &xml);

} // namespace larder::media

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace larder::media {

class PutWorker;

/// Where uploads' bodies go out: one worker thread of its own, which sends each PUT with
/// QNetworkAccessManager in its synchronous mode, streaming the body from the file. On this
/// machine that moves a body 2.5× faster than the asynchronous mode, whose HTTP thread hands
/// every 32 KB across threads, and it keeps the UI thread free. Progress is read from how far
/// the file has been read (polled, not signalled per chunk); cancel stops the reading, which
/// ends the request at once. Answers come back on the caller's thread.
class PutLane : public QObject
{
    Q_OBJECT
public:
    explicit PutLane(const QSslConfiguration &tls, QObject *parent = nullptr);
    ~PutLane() override;

    struct Answer
    {
        int status = 0; ///< 0: no answer (the network, a timeout, cancelled)
        QByteArray etag, body;
        QString error; ///< Qt's sentence when status is 0
    };
    /// One PUT in flight: how far it got, and a way to stop it.
    struct Ticket
    {
        std::atomic<qint64> sent{0};
        std::atomic<bool> cancelled{false};
    };

    /// PUTs bytes [@p offset, @p offset + @p length) of @p file to @p url (a presigned URL,
    /// used exactly as given) with @p contentType if set. @p done runs on this object's thread.
    std::shared_ptr<Ticket> put(const QString &url, const QString &file, qint64 offset,
                                qint64 length, const QByteArray &contentType,
                                std::function<void(const Answer &)> done);

    /// Runs @p then on this object's thread once the PUTs asked for so far have ended.
    void afterCurrent(std::function<void()> then);

    /// How long a request may stall before it fails (30 s).
    static constexpr int stallMs = 30'000;

private:
    QThread m_thread;
    PutWorker *m_worker;
    std::vector<std::weak_ptr<Ticket>> m_tickets; ///< stopped when the lane goes
};

} // namespace larder::media

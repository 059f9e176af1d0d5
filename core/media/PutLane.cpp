// SPDX-License-Identifier: MIT
#include "PutLane.h"

#include "FileWindow.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>

namespace larder::media {

/// The lane's worker: lives on the lane's thread, with its own QNetworkAccessManager.
class PutWorker : public QObject
{
public:
    explicit PutWorker(const QSslConfiguration &tls) : m_tls(tls) {}

    PutLane::Answer send(const QString &url, const QString &file, qint64 offset, qint64 length,
                         const QByteArray &contentType,
                         const std::shared_ptr<PutLane::Ticket> &ticket)
    {
        if (!m_network)
            m_network = std::make_unique<QNetworkAccessManager>();
        PutLane::Answer answer;
        if (ticket->cancelled)
            return answer;
        FileWindow window(file, offset, length);
        window.setReadWatcher([ticket](qint64 position) {
            ticket->sent = position;
            return !ticket->cancelled; // false: stop reading, which ends the request
        });
        if (!window.open(QIODevice::ReadOnly)) {
            answer.error = QStringLiteral("%1 cannot be read any more.").arg(file);
            return answer;
        }
        QNetworkRequest request{QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode)};
        request.setSslConfiguration(m_tls);
        request.setHeader(QNetworkRequest::ContentLengthHeader, length);
        if (!contentType.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setTransferTimeout(PutLane::stallMs);
        request.setAttribute(QNetworkRequest::SynchronousRequestAttribute, true);
        std::unique_ptr<QNetworkReply> reply(m_network->put(request, &window));
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.etag = reply->rawHeader("ETag");
        answer.body = reply->readAll();
        if (answer.status == 0)
            answer.error = reply->errorString();
        return answer;
    }

private:
    QSslConfiguration m_tls;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

PutLane::PutLane(const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_worker(new PutWorker(tls))
{
    m_thread.setObjectName(QStringLiteral("larder-uploads"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

PutLane::~PutLane()
{
    for (const auto &weak : m_tickets)
        if (const auto ticket = weak.lock())
            ticket->cancelled = true;
    m_thread.quit();
    m_thread.wait();
}

std::shared_ptr<PutLane::Ticket> PutLane::put(const QString &url, const QString &file,
                                              qint64 offset, qint64 length,
                                              const QByteArray &contentType,
                                              std::function<void(const Answer &)> done)
{
    auto ticket = std::make_shared<Ticket>();
    std::erase_if(m_tickets, [](const std::weak_ptr<Ticket> &weak) { return weak.expired(); });
    m_tickets.push_back(ticket);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, lane = QPointer<PutLane>(this), url, file, offset, length, contentType,
         ticket, done = std::move(done)]() mutable {
            const Answer answer = worker->send(url, file, offset, length, contentType, ticket);
            // Back on the lane's thread; nothing if the lane (and its job) is gone.
            QMetaObject::invokeMethod(
                lane.data(), [answer, done = std::move(done)] { done(answer); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return ticket;
}

} // namespace larder::media

namespace larder::media {

void PutLane::afterCurrent(std::function<void()> then)
{
    // The worker takes its tasks in order: this one runs once the earlier PUTs are over.
    QMetaObject::invokeMethod(
        m_worker,
        [lane = QPointer<PutLane>(this), then = std::move(then)]() mutable {
            QMetaObject::invokeMethod(lane.data(), std::move(then), Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace larder::media

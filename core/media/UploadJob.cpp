// SPDX-License-Identifier: MIT
#include "UploadJob.h"

#include "FileDigest.h"
#include "FileWindow.h"

#include "common/Guarded.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

Q_LOGGING_CATEGORY(lcUpload, "larder.media", QtInfoMsg)

namespace larder::media {

namespace {
qint64 nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}
} // namespace

bool isTransient(int status)
{
    return status == 0 || status == 408 || status == 429 || (status >= 500 && status < 600);
}

QString s3Message(const QByteArray &xml)
{
    static const QRegularExpression message(QStringLiteral("<Message>([^<]*)</Message>"));
    static const QRegularExpression code(QStringLiteral("<Code>([^<]*)</Code>"));
    const QString text = QString::fromUtf8(xml);
    if (const auto found = message.match(text); found.hasMatch())
        return found.captured(1);
    return code.match(text).captured(1);
}

UploadJob::UploadJob(JournalEntry entry, Tools tools, QObject *parent)
    : QObject(parent), m_entry(std::move(entry)), m_tools(std::move(tools))
{
    m_retry.setSingleShot(true);
    // A bar needs no more than 25 frames a second.
    m_progressPoll.setInterval(40);
    connect(&m_progressPoll, &QTimer::timeout, this, [this] {
        const qint64 sent = m_ticket ? m_ticket->sent.load() : 0;
        if (sent > m_inFlight) {
            m_inFlight = sent;
            emit progress();
        }
    });
    connect(&m_hashing, &QFutureWatcher<QString>::finished, this, [this] {
        m_sha256 = m_hashing.result();
        if (m_completeWhenHashed)
            complete();
    });
}

UploadJob::~UploadJob()
{
    m_over = true;
    if (m_ticket)
        m_ticket->cancelled = true;
}

qint64 UploadJob::bytesSent() const
{
    if (m_entry.partSize <= 0)
        return m_inFlight;
    qint64 confirmed = 0;
    for (auto it = m_entry.parts.cbegin(); it != m_entry.parts.cend(); ++it)
        confirmed += qMin(m_entry.partSize, m_entry.size - (it.key() - 1) * m_entry.partSize);
    return confirmed + m_inFlight;
}

void UploadJob::start()
{
    hash();
    if (m_entry.key.isEmpty())
        return reserve();
    if (m_entry.uploadId.isEmpty()) {
        // A single PUT cut off by a kill: its URL was not kept; the object starts over.
        m_tools.channel->ask(QStringLiteral("abort"), {{QStringLiteral("key"), m_entry.key}},
                             [](const api::ApiResult &) {});
        m_tools.journal->resetReservation(m_entry.id);
        m_entry.key.clear();
        return reserve();
    }
    qCInfo(lcUpload) << "resuming" << m_entry.id << "at part" << m_entry.parts.size() + 1 << "of"
                     << m_entry.partCount();
    askPartUrls();
}

void UploadJob::hash()
{
    if (m_sha256.isEmpty() && !m_hashing.isRunning())
        m_hashing.setFuture(QtConcurrent::run(sha256OfFile, m_entry.file));
}

void UploadJob::reserve()
{
    const QJsonObject ask{{QStringLiteral("kind"), m_entry.kind},
                          {QStringLiteral("contentType"), m_entry.contentType},
                          {QStringLiteral("owner"), m_entry.owner},
                          {QStringLiteral("size"), m_entry.size}};
    m_tools.channel->ask(
        QStringLiteral("reserve"), ask, guarded(this, [this](const api::ApiResult &result) {
            if (m_over)
                return;
            if (!result.ok)
                return isTransient(result.status)
                           ? retryLater(sentence(result), [this] { reserve(); })
                           : fail(sentence(result));
            m_attempt = 0;
            const QJsonObject &body = result.body;
            m_entry.key = body.value(u"key").toString();
            m_entry.uploadId = body.value(u"uploadId").toString();
            m_entry.partSize = body.value(u"partSize").toInteger();
            m_tools.journal->setReserved(m_entry.id, m_entry.key, m_entry.uploadId,
                                         m_entry.partSize);
            if (!m_entry.uploadId.isEmpty())
                return askPartUrls();
            m_singleUrl = body.value(u"uploadUrl").toString();
            m_singleType = body.value(u"headers")[u"Content-Type"].toString().toLatin1();
            put(m_singleUrl, 0, m_entry.size, m_singleType,
                [this](int status, const QByteArray &, const QByteArray &xml) {
                    if (status >= 200 && status < 300)
                        return complete();
                    if (isTransient(status))
                        return retryLater(tr("The upload was interrupted."), [this] { start(); });
                    startOver(s3Message(xml));
                });
        }));
}

void UploadJob::askPartUrls()
{
    QJsonArray missing;
    for (int n = 1; n <= m_entry.partCount() && missing.size() < 1000; ++n)
        if (!m_entry.parts.contains(n))
            missing.append(n);
    if (missing.isEmpty())
        return complete();
    const QJsonObject ask{{QStringLiteral("key"), m_entry.key},
                          {QStringLiteral("uploadId"), m_entry.uploadId},
                          {QStringLiteral("parts"), missing}};
    m_tools.channel->ask(
        QStringLiteral("parts"), ask, guarded(this, [this](const api::ApiResult &result) {
            if (m_over)
                return;
            if (result.status == 404)
                return startOver(sentence(result));
            if (!result.ok)
                return isTransient(result.status)
                           ? retryLater(sentence(result), [this] { askPartUrls(); })
                           : fail(sentence(result));
            m_partUrls.clear();
            for (const QJsonValue &url : result.body.value(u"urls").toArray())
                m_partUrls.insert(url[u"partNumber"].toInt(), url[u"url"].toString());
            m_urlsExpireAt = result.body.value(u"expiresAt").toInteger();
            sendNextPart();
        }));
}

void UploadJob::sendNextPart()
{
    int n = 1;
    while (m_entry.parts.contains(n))
        ++n;
    if (n > m_entry.partCount())
        return complete();
    // A URL about to expire is not worth starting a part with.
    if (!m_partUrls.contains(n) || nowSeconds() + 60 > m_urlsExpireAt)
        return askPartUrls();
    const qint64 offset = (n - 1) * m_entry.partSize;
    put(m_partUrls.value(n), offset, qMin(m_entry.partSize, m_entry.size - offset), {},
        [this, n](int status, const QByteArray &etag, const QByteArray &xml) {
            if (status >= 200 && status < 300 && !etag.isEmpty()) {
                m_entry.parts.insert(n, QString::fromLatin1(etag));
                m_tools.journal->addPart(m_entry.id, n, QString::fromLatin1(etag));
                return sendNextPart();
            }
            if (isTransient(status))
                return retryLater(tr("The upload was interrupted."), [this] { sendNextPart(); });
            if (status == 403 && xml.contains("<Code>AccessDenied</Code>"))
                return retryLater(s3Message(xml), [this] { askPartUrls(); });
            startOver(s3Message(xml));
        });
}

void UploadJob::put(const QString &url, qint64 offset, qint64 length, const QByteArray &contentType,
                    Answer answer)
{
    m_ticket = m_tools.lane->put(
        url, m_entry.file, offset, length, contentType,
        guarded(this, [this, answer = std::move(answer)](const PutLane::Answer &put) {
            m_progressPoll.stop();
            m_wireBytes += m_ticket ? m_ticket->sent.load() : 0;
            m_inFlight = 0;
            m_ticket.reset();
            if (m_over)
                return;
            if (put.status >= 200 && put.status < 300)
                m_attempt = 0;
            else if (put.status == 0)
                qCInfo(lcUpload) << m_entry.id << put.error;
            answer(put.status, put.etag, put.body);
            emit progress();
        }));
    m_progressPoll.start();
}

void UploadJob::complete()
{
    if (m_sha256.isEmpty()) {
        m_completeWhenHashed = true;
        if (!m_hashing.isRunning())
            hash();
        return;
    }
    m_completeWhenHashed = false;
    m_checking = true;
    emit progress();
    QJsonObject ask{{QStringLiteral("key"), m_entry.key},
                    {QStringLiteral("size"), m_entry.size},
                    {QStringLiteral("sha256"), m_sha256}};
    if (!m_entry.uploadId.isEmpty()) {
        QJsonArray parts;
        for (auto it = m_entry.parts.cbegin(); it != m_entry.parts.cend(); ++it)
            parts.append(QJsonObject{{QStringLiteral("partNumber"), it.key()},
                                     {QStringLiteral("etag"), it.value()}});
        ask.insert(QStringLiteral("uploadId"), m_entry.uploadId);
        ask.insert(QStringLiteral("parts"), parts);
    }
    m_tools.channel->ask(
        QStringLiteral("complete"), ask, guarded(this, [this](const api::ApiResult &result) {
            if (m_over)
                return;
            if (result.ok) {
                m_over = true;
                m_tools.journal->remove(m_entry.id);
                return emit finished(result.body);
            }
            m_checking = false;
            if (isTransient(result.status))
                return retryLater(sentence(result), [this] { complete(); });
            const QString error = result.body.value(u"error").toString();
            if (error == u"InvalidPart" || error == u"NoSuchUpload" || result.status == 404)
                return startOver(sentence(result));
            fail(sentence(result)); // the cloud dropped what arrived: a damaged or wrong file
        }));
}

void UploadJob::retryLater(const QString &why, std::function<void()> again)
{
    const QList<int> &delays = m_tools.retryDelaysMs;
    const int delay = delays.isEmpty() ? 1000 : delays.at(qMin(m_attempt, delays.size() - 1));
    ++m_attempt;
    qCInfo(lcUpload) << m_entry.id << "trying again in" << delay << "ms:" << why;
    emit waiting(tr("%1 Trying again in %2 s.").arg(why).arg((delay + 999) / 1000));
    m_retry.disconnect(this);
    connect(&m_retry, &QTimer::timeout, this, std::move(again));
    m_retry.start(delay);
}

void UploadJob::startOver(const QString &why)
{
    if (m_startedOver)
        return fail(why);
    m_startedOver = true;
    qCInfo(lcUpload) << m_entry.id << "starting over:" << why;
    m_tools.journal->resetReservation(m_entry.id);
    m_entry.key.clear();
    m_entry.uploadId.clear();
    m_entry.partSize = 0;
    m_entry.parts.clear();
    m_partUrls.clear();
    reserve();
}

void UploadJob::fail(const QString &why)
{
    m_over = true;
    m_tools.journal->remove(m_entry.id);
    giveUp();
    emit failed(why.isEmpty() ? tr("The upload failed.") : why);
}

void UploadJob::cancel()
{
    if (m_over)
        return;
    m_over = true;
    m_retry.stop();
    m_progressPoll.stop();
    if (m_ticket)
        m_ticket->cancelled = true;
    m_tools.journal->remove(m_entry.id);
    giveUp();
}

void UploadJob::giveUp()
{
    if (m_entry.key.isEmpty())
        return;
    // Once the PUT in flight has ended: a part the edge was still writing would otherwise land
    // after the abort and outlive it.
    m_tools.lane->afterCurrent([channel = m_tools.channel, key = m_entry.key] {
        channel->ask(QStringLiteral("abort"), {{QStringLiteral("key"), key}},
                     [](const api::ApiResult &) {});
    });
}

QString UploadJob::sentence(const api::ApiResult &result) const
{
    if (result.status == 0)
        return result.message.isEmpty() ? tr("The cloud cannot be reached.") : result.message;
    const QString message = result.body.value(u"message").toString();
    return message.isEmpty() ? result.message : message;
}

} // namespace larder::media

// SPDX-License-Identifier: MIT
#include "SnapshotSender.h"

#include "media/MediaTopics.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcSnapshots, "larder.fridge.snapshots")

namespace larder::fridge {

SnapshotSender::SnapshotSender(mqtt::MqttClient *client, const QString &thing,
                               const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_requests(client, media::topics::requests(thing)), m_tls(tls),
      m_thing(thing)
{
}

void SnapshotSender::send(QList<Shot> shots, Done done)
{
    if (m_busy) {
        // A door closed again before the last pictures went: the newer ones win.
        m_queue = std::move(shots);
        m_done = std::move(done);
        return;
    }
    m_busy = true;
    m_queue = std::move(shots);
    m_done = std::move(done);
    m_stored = {};
    next();
}

void SnapshotSender::next()
{
    if (m_queue.isEmpty()) {
        m_busy = false;
        if (m_done)
            m_done(std::exchange(m_stored, {}));
        return;
    }
    const Shot shot = m_queue.takeFirst();
    m_requests.request({{QStringLiteral("op"), QStringLiteral("reserve")},
                        {QStringLiteral("kind"), QStringLiteral("snapshot")},
                        {QStringLiteral("contentType"), QStringLiteral("image/jpeg")},
                        {QStringLiteral("owner"), m_thing},
                        {QStringLiteral("size"), qint64(shot.jpeg.size())}},
                       [this, shot](const api::ApiResult &answer) {
                           if (!answer.ok)
                               return failed(shot.shelf, answer.message);
                           put(shot, answer.body);
                       });
}

void SnapshotSender::put(const Shot &shot, const QJsonObject &reserved)
{
    const QString key = reserved.value(u"key").toString();
    QNetworkRequest request(QUrl(reserved.value(u"uploadUrl").toString()));
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("image/jpeg"));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network.put(request, shot.jpeg);
    connect(reply, &QNetworkReply::finished, this, [this, reply, shot, key] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2)
            return failed(
                shot.shelf,
                QStringLiteral("the upload failed (%1 %2)").arg(status).arg(reply->errorString()),
                key);
        m_requests.request({{QStringLiteral("op"), QStringLiteral("complete")},
                            {QStringLiteral("key"), key},
                            {QStringLiteral("size"), qint64(shot.jpeg.size())}},
                           [this, shot, key](const api::ApiResult &answer) {
                               if (!answer.ok)
                                   return failed(shot.shelf, answer.message, key);
                               m_stored.append(QJsonObject{{QStringLiteral("shelf"), shot.shelf},
                                                           {QStringLiteral("key"), key}});
                               next();
                           });
    });
}

void SnapshotSender::failed(const QString &shelf, const QString &why, const QString &key)
{
    qCWarning(lcSnapshots).noquote()
        << m_thing << "the" << shelf << "shelf's picture was not sent:" << why;
    if (!key.isEmpty())
        m_requests.request(
            {{QStringLiteral("op"), QStringLiteral("abort")}, {QStringLiteral("key"), key}},
            [](const api::ApiResult &) {});
    next();
}

} // namespace larder::fridge

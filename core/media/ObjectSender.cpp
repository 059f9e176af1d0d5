// SPDX-License-Identifier: MIT
#include "ObjectSender.h"

#include "MediaTopics.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkReply>

namespace larder::media {

ObjectSender::ObjectSender(mqtt::MqttClient *client, const QString &thing,
                           const QSslConfiguration &tls, QObject *parent)
    : QObject(parent), m_requests(client, topics::requests(thing)), m_tls(tls), m_thing(thing)
{
}

void ObjectSender::send(const Object &object, Done done)
{
    m_requests.request({{QStringLiteral("op"), QStringLiteral("reserve")},
                        {QStringLiteral("kind"), object.kind},
                        {QStringLiteral("contentType"), object.contentType},
                        {QStringLiteral("owner"), m_thing},
                        {QStringLiteral("size"), qint64(object.bytes.size())}},
                       [this, object, done](const api::ApiResult &answer) {
                           if (!answer.ok)
                               return done({}, {}, answer.message);
                           put(object, answer.body.value(u"key").toString(),
                               answer.body.value(u"uploadUrl").toString(), done);
                       });
}

void ObjectSender::put(const Object &object, const QString &key, const QString &url,
                       const Done &done)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, object.contentType);
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = m_network.put(request, object.bytes);
    connect(reply, &QNetworkReply::finished, this, [this, reply, object, key, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status / 100 != 2)
            return giveUp(
                key,
                QStringLiteral("the upload failed (%1 %2)").arg(status).arg(reply->errorString()),
                done);
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(object.bytes, QCryptographicHash::Sha256).toHex());
        m_requests.request({{QStringLiteral("op"), QStringLiteral("complete")},
                            {QStringLiteral("key"), key},
                            {QStringLiteral("size"), qint64(object.bytes.size())},
                            {QStringLiteral("sha256"), sha256}},
                           [this, key, sha256, done](const api::ApiResult &answer) {
                               if (!answer.ok)
                                   return giveUp(key, answer.message, done);
                               done(key, sha256, {});
                           });
    });
}

void ObjectSender::giveUp(const QString &key, const QString &why, const Done &done)
{
    m_requests.request(
        {{QStringLiteral("op"), QStringLiteral("abort")}, {QStringLiteral("key"), key}},
        [](const api::ApiResult &) {});
    done({}, {}, why);
}

} // namespace larder::media

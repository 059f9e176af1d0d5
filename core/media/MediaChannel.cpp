// SPDX-License-Identifier: MIT
#include "MediaChannel.h"

#include "media/MediaTopics.h"

namespace larder::media {

void RestMediaChannel::ask(const QString &op, const QJsonObject &body, Callback done)
{
    const QString path = QStringLiteral("/families/%1/media").arg(m_familyId) +
                         (op == u"reserve" ? QString() : u'/' + op);
    m_api->post(path, body, std::move(done));
}

TabletMediaChannel::TabletMediaChannel(mqtt::MqttClient *mqtt, const QString &thing,
                                       QObject *parent)
    : QObject(parent), m_requests(mqtt, topics::requests(thing))
{
}

void TabletMediaChannel::ask(const QString &op, const QJsonObject &body, Callback done)
{
    QJsonObject request = body;
    request.insert(QStringLiteral("op"), op);
    m_requests.request(request, std::move(done));
}

} // namespace larder::media

// SPDX-License-Identifier: MIT
#include "BoardChannel.h"

#include "board/BoardTopics.h"

#include <QUrlQuery>

namespace larder::board {

void RestBoardChannel::ask(const QString &op, const QJsonObject &body, Callback done)
{
    const QString base = QStringLiteral("/families/%1/board").arg(m_familyId);
    const QString id = body.value(u"id").toString();
    if (op == u"list") {
        QUrlQuery query;
        if (body.contains(u"before"))
            query.addQueryItem(QStringLiteral("before"),
                               QString::number(body.value(u"before").toInteger()));
        if (body.contains(u"limit"))
            query.addQueryItem(QStringLiteral("limit"),
                               QString::number(body.value(u"limit").toInt()));
        m_api->get(query.isEmpty() ? base : base + u'?' + query.toString(), std::move(done));
    } else if (op == u"post") {
        m_api->post(base, body, std::move(done));
    } else if (op == u"delete") {
        m_api->remove(base + u'/' + id, std::move(done));
    } else {
        m_api->post(base + u'/' + id + QStringLiteral("/seen"), {}, std::move(done));
    }
}

QString RestBoardChannel::feedTopic() const
{
    return topics::familyChanges(m_familyId);
}

TabletBoardChannel::TabletBoardChannel(mqtt::MqttClient *mqtt, QString thing, QObject *parent)
    : QObject(parent), m_thing(std::move(thing)), m_requests(mqtt, topics::requests(m_thing))
{
}

void TabletBoardChannel::ask(const QString &op, const QJsonObject &body, Callback done)
{
    QJsonObject request = body;
    request.insert(QStringLiteral("op"), op);
    m_requests.request(request, std::move(done));
}

QString TabletBoardChannel::feedTopic() const
{
    return topics::thingChanges(m_thing);
}

} // namespace larder::board

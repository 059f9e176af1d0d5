// SPDX-License-Identifier: MIT
#include "TabletInventoryChannel.h"
#include "InventoryTopics.h"

#include <QJsonArray>

namespace larder::inventory {

TabletInventoryChannel::TabletInventoryChannel(mqtt::MqttClient *mqtt, QString thing,
                                               QString feature, QObject *parent)
    : QObject(parent), m_thing(std::move(thing)), m_feature(std::move(feature)),
      m_requests(mqtt, QStringLiteral("larder/things/%1/%2/request").arg(m_thing, m_feature))
{
}

void TabletInventoryChannel::list(const QString &thing, qint64 since, Callback done)
{
    Q_ASSERT(thing == m_thing);
    QJsonObject body{{QStringLiteral("op"), QStringLiteral("list")}};
    if (since >= 0)
        body.insert(QStringLiteral("since"), since);
    request(body, std::move(done));
}

void TabletInventoryChannel::send(const QString &thing, const QList<Change> &changes, Callback done)
{
    Q_ASSERT(thing == m_thing);
    QJsonArray entries;
    for (const Change &change : changes)
        entries.append(batchEntry(change));
    request({{QStringLiteral("op"), QStringLiteral("batch")}, {QStringLiteral("changes"), entries}},
            std::move(done));
}

QString TabletInventoryChannel::feedTopic(const QString &thing) const
{
    return QStringLiteral("larder/things/%1/%2/changes").arg(thing, m_feature);
}

void TabletInventoryChannel::request(const QJsonObject &body, Callback done)
{
    m_requests.request(body, [done = std::move(done)](api::ApiResult result) {
        // An item comes wrapped (`{"item":…}`), a page or a batch's results as they are: give
        // each as REST does.
        if (result.ok && result.body.contains(u"item"))
            result.body = result.body.value(u"item").toObject();
        done(result);
    });
}

} // namespace larder::inventory

// SPDX-License-Identifier: MIT
#include "RestInventoryChannel.h"
#include "InventoryTopics.h"

#include <QJsonArray>
#include <QUrl>

namespace larder::inventory {

namespace {
QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}
} // namespace

QString RestInventoryChannel::itemsPath(const QString &owner) const
{
    return (m_kind == Kind::Fridge ? QStringLiteral("/devices/%1/ingredients")
                                   : QStringLiteral("/families/%1/shopping"))
        .arg(segment(owner));
}

QString RestInventoryChannel::feedTopic(const QString &owner) const
{
    return m_kind == Kind::Fridge ? topics::changes(owner) : topics::shoppingChanges(owner);
}

void RestInventoryChannel::list(const QString &thing, qint64 since, Callback done)
{
    QString path = itemsPath(thing) + QStringLiteral("?limit=%1").arg(pageSize);
    if (since >= 0)
        path += QStringLiteral("&since=%1").arg(since);
    m_api->get(path, std::move(done));
}

void RestInventoryChannel::send(const QString &thing, const QList<Change> &changes, Callback done)
{
    QJsonArray entries;
    for (const Change &change : changes)
        entries.append(batchEntry(change));
    m_api->post(itemsPath(thing) + QStringLiteral("/changes"),
                QJsonObject{{QStringLiteral("changes"), entries}}, std::move(done));
}

} // namespace larder::inventory

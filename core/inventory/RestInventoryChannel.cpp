// SPDX-License-Identifier: MIT
#include "RestInventoryChannel.h"
#include "InventoryTopics.h"

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

QJsonObject requestBody(const Change &change)
{
    QJsonObject body{{QStringLiteral("changeId"), change.changeId}};
    switch (change.kind) {
    case Change::Kind::Add:
        body = change.item.toJson();
        for (const char *key : {"addedAt", "addedBy", "seq", "removed"})
            body.remove(QLatin1String(key));
        if (!change.item.bestBefore.isValid())
            body.remove(QStringLiteral("bestBefore"));
        if (change.item.note.isEmpty())
            body.remove(QStringLiteral("note"));
        body.insert(QStringLiteral("changeId"), change.changeId);
        break;
    case Change::Kind::Edit:
        if (!change.set.isEmpty())
            body.insert(QStringLiteral("set"), change.set);
        if (change.quantityDelta != 0)
            body.insert(QStringLiteral("quantityDelta"), change.quantityDelta);
        break;
    case Change::Kind::Remove:
        body.insert(QStringLiteral("reason"), change.reason);
        break;
    }
    return body;
}

void RestInventoryChannel::list(const QString &thing, qint64 since, Callback done)
{
    QString path = itemsPath(thing) + QStringLiteral("?limit=%1").arg(pageSize);
    if (since >= 0)
        path += QStringLiteral("&since=%1").arg(since);
    m_api->get(path, std::move(done));
}

void RestInventoryChannel::send(const QString &thing, const Change &change, Callback done)
{
    switch (change.kind) {
    case Change::Kind::Add:
        m_api->post(itemsPath(thing), requestBody(change), std::move(done));
        return;
    case Change::Kind::Edit: {
        QJsonObject body = requestBody(change);
        m_api->patch(itemsPath(thing) + u'/' + segment(change.itemId), body, std::move(done));
        return;
    }
    case Change::Kind::Remove:
        m_api->remove(itemsPath(thing) + QStringLiteral("/%1?reason=%2&changeId=%3")
                                             .arg(segment(change.itemId), segment(change.reason),
                                                  segment(change.changeId)),
                      std::move(done));
        return;
    }
}

} // namespace larder::inventory

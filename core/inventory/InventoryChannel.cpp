// SPDX-License-Identifier: MIT
#include "InventoryChannel.h"

#include <QJsonArray>

namespace larder::inventory {

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

QJsonObject batchEntry(const Change &change)
{
    QJsonObject entry = requestBody(change);
    switch (change.kind) {
    case Change::Kind::Add:
        entry.insert(QStringLiteral("op"), QStringLiteral("add"));
        break;
    case Change::Kind::Edit:
        entry.insert(QStringLiteral("op"), QStringLiteral("edit"));
        entry.insert(QStringLiteral("itemId"), change.itemId);
        break;
    case Change::Kind::Remove:
        entry.insert(QStringLiteral("op"), QStringLiteral("remove"));
        entry.insert(QStringLiteral("itemId"), change.itemId);
        break;
    }
    return entry;
}

QList<api::ApiResult> resultsOf(const api::ApiResult &batch)
{
    QList<api::ApiResult> out;
    for (const QJsonValue &value : batch.body.value(u"results").toArray()) {
        const QJsonObject result = value.toObject();
        api::ApiResult one;
        one.status = result.value(u"status").toInt();
        one.ok = one.status >= 200 && one.status < 300;
        one.body = one.ok ? result.value(u"item").toObject() : result;
        one.message = result.value(u"message").toString();
        out.append(one);
    }
    return out;
}

} // namespace larder::inventory

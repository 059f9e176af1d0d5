// SPDX-License-Identifier: MIT
#include "BoardRequests.h"

namespace larder::cloud::board {

DeviceRequests::Handler boardRequests(BoardService *service)
{
    return [service](const QString &op, const QString &thing, const QString &familyId,
                     const QJsonObject &body) {
        const BoardService::Viewer tablet{familyId, QStringLiteral("thing:") + thing,
                                          QStringLiteral("Kitchen tablet"), false};
        if (op == u"list")
            return service->list(tablet, body.value(u"before").toInteger(0),
                                 body.value(u"limit").toInt(maxPage));
        if (op == u"post")
            return service->post(tablet, body);
        if (op == u"delete")
            return service->remove(tablet, body.value(u"id").toString());
        if (op == u"seen")
            return service->seen(tablet, body.value(u"id").toString());
        return api::refusal(400, "BadRequest", QStringLiteral("op is list, post, delete or seen."));
    };
}

} // namespace larder::cloud::board

// SPDX-License-Identifier: MIT
#include "MediaRequests.h"

namespace larder::cloud::media {

DeviceRequests::Handler mediaRequests(MediaService *service)
{
    return [service](const QString &op, const QString &thing, const QString &familyId,
                     const QJsonObject &body) {
        const MediaService::Asker asker{familyId, QStringLiteral("thing:") + thing, thing};
        if (op == u"reserve")
            return service->reserve(asker, body);
        if (op == u"parts")
            return service->partUrls(asker, body);
        if (op == u"complete")
            return service->complete(asker, body);
        if (op == u"download")
            return service->download(asker, body);
        if (op == u"abort")
            return service->abort(asker, body);
        return api::refusal(400, "BadRequest",
                            QStringLiteral("op is reserve, parts, complete, download or abort."));
    };
}

} // namespace larder::cloud::media

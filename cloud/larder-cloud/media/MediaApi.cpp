// SPDX-License-Identifier: MIT
#include "MediaApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace larder::cloud::media {

MediaApi::MediaApi(const api::ApiAuth *auth, MediaService *service)
    : m_auth(auth), m_service(service)
{
}

void MediaApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    using Asker = MediaService::Asker;
    MediaService *service = m_service;
    const auto route = [&](const QString &path, auto action) {
        server.route(path, Method::Post,
                     [this, service, action](const QString &id, const QHttpServerRequest &r) {
                         return answer(id, r, [&](const Asker &asker, const QJsonObject &ask) {
                             return (service->*action)(asker, ask);
                         });
                     });
    };
    route(QStringLiteral("/api/families/<arg>/media"), &MediaService::reserve);
    route(QStringLiteral("/api/families/<arg>/media/parts"), &MediaService::partUrls);
    route(QStringLiteral("/api/families/<arg>/media/complete"), &MediaService::complete);
    route(QStringLiteral("/api/families/<arg>/media/download"), &MediaService::download);
    route(QStringLiteral("/api/families/<arg>/media/abort"), &MediaService::abort);
    server.route(QStringLiteral("/api/families/<arg>/media/uploads"), Method::Get,
                 [this, service](const QString &id, const QHttpServerRequest &r) {
                     return m_auth->asMember(
                         id, r, {}, [&](const api::Caller &caller, const QString &) {
                             const api::Verdict verdict = service->unfinished({id, caller.sub, {}});
                             return api::reply(verdict.body, verdict.status);
                         });
                 });
}

QHttpServerResponse MediaApi::answer(
    const QString &familyId, const QHttpServerRequest &request,
    const std::function<api::Verdict(const MediaService::Asker &, const QJsonObject &)> &action)
{
    return m_auth->asMember(familyId, request, {}, [&](const api::Caller &caller, const QString &) {
        const auto body = api::bodyOf(request, 512 * 1024); // a completion lists its parts
        if (!body)
            return api::failure(400, "BadRequest", QStringLiteral("Send a JSON object."));
        const api::Verdict verdict = action({familyId, caller.sub, {}}, *body);
        return api::reply(verdict.body, verdict.status);
    });
}

} // namespace larder::cloud::media

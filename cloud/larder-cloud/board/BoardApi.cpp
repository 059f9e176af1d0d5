// SPDX-License-Identifier: MIT
#include "BoardApi.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace larder::cloud::board {

BoardApi::BoardApi(const api::ApiAuth *auth, BoardService *service)
    : m_auth(auth), m_service(service)
{
}

QHttpServerResponse
BoardApi::asViewer(const QString &familyId, const QHttpServerRequest &request,
                   const std::function<api::Verdict(const BoardService::Viewer &)> &action) const
{
    return m_auth->asMember(
        familyId, request, {}, [&](const api::Caller &caller, const QString &role) {
            const api::Verdict verdict =
                action({familyId, caller.sub, caller.displayName(), role == u"owner"});
            return api::reply(verdict.body, verdict.status);
        });
}

void BoardApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/families/<arg>/board"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return asViewer(id, request, [&](const BoardService::Viewer &viewer) {
                         const QUrlQuery query(request.url());
                         bool ok = true, limited = true;
                         const qint64 before =
                             query.hasQueryItem(QStringLiteral("before"))
                                 ? query.queryItemValue(QStringLiteral("before")).toLongLong(&ok)
                                 : 0;
                         const int limit =
                             query.hasQueryItem(QStringLiteral("limit"))
                                 ? query.queryItemValue(QStringLiteral("limit")).toInt(&limited)
                                 : maxPage;
                         return m_service->list(viewer, ok ? before : -1, limited ? limit : 0);
                     });
                 });
    server.route(QStringLiteral("/api/families/<arg>/board"), Method::Post,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return asViewer(id, request, [&](const BoardService::Viewer &viewer) {
                         const auto body = api::bodyOf(request);
                         return body ? m_service->post(viewer, *body)
                                     : api::refusal(400, "BadRequest",
                                                    QStringLiteral("Send a JSON object."));
                     });
                 });
    server.route(QStringLiteral("/api/families/<arg>/board/<arg>"), Method::Delete,
                 [this](const QString &id, const QString &post, const QHttpServerRequest &request) {
                     return asViewer(id, request, [&](const BoardService::Viewer &viewer) {
                         return m_service->remove(viewer, post);
                     });
                 });
    server.route(QStringLiteral("/api/families/<arg>/board/<arg>/seen"), Method::Post,
                 [this](const QString &id, const QString &post, const QHttpServerRequest &request) {
                     return asViewer(id, request, [&](const BoardService::Viewer &viewer) {
                         return m_service->seen(viewer, post);
                     });
                 });
}

} // namespace larder::cloud::board

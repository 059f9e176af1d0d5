// SPDX-License-Identifier: MIT
#include "HistoryApi.h"
#include "HistoryAnswer.h"

#include "larder-cloud/alerts/EventStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace larder::cloud {

HistoryApi::HistoryApi(const api::ApiAuth *auth, const HistoryStore *history,
                       const alerts::EventStore *events)
    : m_auth(auth), m_history(history), m_events(events)
{
}

void HistoryApi::registerRoutes(QHttpServer &server)
{
    server.route(QStringLiteral("/api/devices/<arg>/temperatures"), QHttpServerRequest::Method::Get,
                 [this](const QString &thing, const QHttpServerRequest &request) {
                     return m_auth->asFridgeMember(
                         thing, request, [&](const api::Caller &, const QString &familyId) {
                             const QUrlQuery query(request.url());
                             const api::Verdict verdict =
                                 historyAnswer(*m_history, *m_events, familyId, thing,
                                               query.hasQueryItem(QStringLiteral("range"))
                                                   ? query.queryItemValue(QStringLiteral("range"))
                                                   : QStringLiteral("day"),
                                               QDateTime::currentSecsSinceEpoch());
                             return api::reply(verdict.body, verdict.status);
                         });
                 });
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "SettingsApi.h"

#include "alerts/QuietHours.h"
#include "larder-cloud/api/FamilyStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace larder::cloud::alerts {

using larder::alerts::Thresholds;

SettingsApi::SettingsApi(const api::ApiAuth *auth, const FamilyStore *families,
                         SettingsStore *settings)
    : m_auth(auth), m_families(families), m_settings(settings)
{
}

void SettingsApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/api/settings/config/<arg>"), Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return handle(id, request, false);
                 });
    server.route(QStringLiteral("/api/settings/config/<arg>"), Method::Put,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return handle(id, request, true);
                 });
}

QHttpServerResponse SettingsApi::handle(const QString &id, const QHttpServerRequest &request,
                                        bool change)
{
    return m_auth->asCaller(request, [&](const api::Caller &caller) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QJsonValue given;
        if (change) {
            const auto body = api::bodyOf(request);
            if (!body || !body->contains(u"value"))
                return api::failure(400, "BadRequest", QStringLiteral("Send {\"value\": …}."));
            given = body->value(u"value");
        }
        // A person's own setting.
        if (id == u"alertLevel") {
            const QString scope = SettingsStore::userScope(caller.sub);
            QString why;
            if (change && (!larder::alerts::isAlertLevel(given, &why) ||
                           !m_settings->set(scope, id, given, now)))
                return api::failure(400, "BadRequest", why);
            return api::reply({{QStringLiteral("settingId"), id},
                               {QStringLiteral("value"), m_settings->alertLevel(caller.sub)}});
        }
        if (id == u"quietHours") {
            const QString scope = SettingsStore::userScope(caller.sub);
            QString why;
            if (change && (!larder::alerts::QuietHours::fromJson(given, &why) ||
                           !m_settings->set(scope, id, given, now)))
                return api::failure(400, "BadRequest", why);
            return api::reply(
                {{QStringLiteral("settingId"), id},
                 {QStringLiteral("value"), m_settings->quietHours(caller.sub).toJson()}});
        }
        // A family's setting.
        if (!Thresholds::settingIds().contains(id))
            return api::failure(
                400, "BadRequest",
                QStringLiteral("There is no setting %1 (alertLevel, quietHours, %2).")
                    .arg(id.left(40), Thresholds::settingIds().join(QStringLiteral(", "))));
        const QString familyId =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("familyId"));
        const auto role =
            familyId.isEmpty() ? std::nullopt : m_families->roleOf(familyId, caller.sub);
        if (familyId.isEmpty())
            return api::failure(
                400, "BadRequest",
                QStringLiteral("%1 is a family's setting: add ?familyId=.").arg(id));
        if (!role)
            return api::failure(404, "NotFound", QStringLiteral("No such family."));
        Thresholds thresholds = m_settings->thresholds(familyId);
        if (change) {
            if (*role != u"owner")
                return api::failure(403, "Forbidden",
                                    QStringLiteral("Only the family's owner can change its alert "
                                                   "settings."));
            QString why;
            if (!thresholds.set(id, given, &why))
                return api::failure(400, "BadRequest", why);
            if (!m_settings->set(SettingsStore::familyScope(familyId), id, given, now))
                return api::failure(500, "InternalError",
                                    QStringLiteral("The setting could not be saved."));
        }
        return api::reply({{QStringLiteral("settingId"), id},
                           {QStringLiteral("familyId"), familyId},
                           {QStringLiteral("value"), thresholds.value(id)}});
    });
}

} // namespace larder::cloud::alerts

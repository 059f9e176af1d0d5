// SPDX-License-Identifier: MIT
#include "SupportAccess.h"

#include "commands/CommandCatalog.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "common/Guarded.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantMap>

namespace larder::support {

namespace {
QString path(const QString &thing)
{
    return QStringLiteral("/devices/%1/support-access").arg(thing);
}
} // namespace

SupportAccess::SupportAccess(api::ApiClient *api, const QString &thing, bool mayGrant,
                             QObject *parent)
    : QObject(parent), m_api(api), m_thing(thing), m_mayGrant(mayGrant)
{
}

void SupportAccess::refresh()
{
    m_loading = true;
    emit changed();
    m_api->get(path(m_thing), guarded(this, [this](const api::ApiResult &result) {
                   m_loading = false;
                   finished(result);
               }));
}

void SupportAccess::grant(int hours)
{
    if (m_busy || !m_mayGrant)
        return;
    m_busy = true;
    emit changed();
    m_api->post(path(m_thing), {{QStringLiteral("hours"), hours}},
                guarded(this, [this](const api::ApiResult &result) {
                    m_busy = false;
                    if (result.ok)
                        m_caseCode = result.body.value(u"caseCode").toString();
                    finished(result);
                    if (result.ok)
                        refresh(); // the trail with the grant on it
                }));
}

void SupportAccess::end()
{
    if (m_busy || !m_mayGrant)
        return;
    m_busy = true;
    emit changed();
    m_api->remove(path(m_thing), guarded(this, [this](const api::ApiResult &result) {
                      m_busy = false;
                      // Ended already (by another owner's screen, or its time ran out): the
                      // same outcome for whoever asked.
                      if (!result.ok && result.status == 404)
                          return refresh();
                      finished(result);
                  }));
}

void SupportAccess::finished(const api::ApiResult &result)
{
    m_error = result.ok ? QString() : result.message;
    if (result.ok && result.body.contains(u"audit"))
        show(result.body);
    emit changed();
}

void SupportAccess::show(const QJsonObject &view)
{
    const QJsonObject active = view.value(u"active").toObject();
    m_active = !active.isEmpty();
    m_expiresAt = qint64(active.value(u"expiresAt").toDouble());
    m_claimed = active.value(u"claimed").toBool();
    if (!m_active)
        m_caseCode.clear();
    QList<QVariantMap> trail;
    for (const QJsonValue &entry : view.value(u"audit").toArray())
        trail.append(
            QVariantMap{{QStringLiteral("at"), entry[u"at"].toDouble()},
                        {QStringLiteral("bySupport"), entry[u"actor"].toString() != u"owner"},
                        {QStringLiteral("sentence"),
                         sentence(entry[u"actor"].toString(), entry[u"actorName"].toString(),
                                  entry[u"action"].toString(), entry[u"detail"].toString())}});
    m_audit.setRecords(trail);
}

QString SupportAccess::sentence(const QString &actor, const QString &actorName,
                                const QString &action, const QString &detail)
{
    const QString who = actor == u"support"
                            ? (actorName.isEmpty() ? tr("Larder support")
                                                   : tr("Larder support (%1)").arg(actorName))
                        : actor == u"door" ? tr("Someone at the fridge's door")
                                           : (actorName.isEmpty() ? tr("The owner") : actorName);
    if (action == u"granted") {
        const int hours = detail.section(u'h', 0, 0).toInt();
        if (hours == 1)
            return tr("%1 let support look for an hour").arg(who);
        if (hours == 24)
            return tr("%1 let support look for a day").arg(who);
        return hours % 24 == 0 ? tr("%1 let support look for %2 days").arg(who).arg(hours / 24)
                               : tr("%1 let support look for %2 hours").arg(who).arg(hours);
    }
    if (action == u"ended")
        return tr("%1 ended support's access").arg(who);
    if (action == u"opened")
        return tr("%1 opened the case").arg(who);
    if (action == u"viewedRecord")
        return tr("%1 viewed the fridge's certificates, events and commands").arg(who);
    if (action == u"viewedShadow")
        return tr("%1 viewed the fridge's settings and readings").arg(who);
    if (action == u"askedReport")
        return tr("%1 asked the fridge for a diagnostic report").arg(who);
    if (action == u"openedReport")
        return tr("%1 opened a diagnostic report").arg(who);
    if (action == u"sentReport")
        return tr("%1 sent support a diagnostic report").arg(who);
    if (action == u"sentCommand" && detail == larder::commands::catalog::resyncShadow())
        return tr("%1 asked the fridge to report everything again").arg(who);
    if (action == u"sentCommand")
        return tr("%1 sent the fridge the command “%2”")
            .arg(who, larder::commands::catalog::titleOf({{QStringLiteral("operation"), detail}}));
    return tr("%1: %2").arg(who, action);
}

} // namespace larder::support

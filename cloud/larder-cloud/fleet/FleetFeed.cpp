// SPDX-License-Identifier: MIT
#include "FleetFeed.h"
#include "FleetIndex.h"
#include "ThingGroups.h"

#include "larder-cloud/SqlQuery.h"
#include "larder-cloud/alerts/AlertService.h"
#include "larder-cloud/shadow/ShadowService.h"
#include "shadow/ShadowDocument.h"

#include <QJsonDocument>

namespace larder::cloud::fleet {

namespace {
/// A thing and the model the manufacturer's reference table gives its serial.
const QString kRegistry = QStringLiteral(
    "SELECT t.name, COALESCE((SELECT r.model FROM certificates c JOIN reference r ON r.serial = "
    "c.serial WHERE c.thing = t.name AND c.serial IS NOT NULL LIMIT 1), ''), t.created FROM "
    "things t");
} // namespace

FleetFeed::FleetFeed(FleetIndex *index, const QString &connection, QObject *parent)
    : QObject(parent), m_index(index), m_connection(connection)
{
}

int FleetFeed::load()
{
    const QHash<QString, QStringList> groups = ThingGroups(m_connection).memberships();
    int things = 0;
    QSqlQuery registry = sql::run(m_connection, kRegistry, {});
    while (registry.next()) {
        const QString thing = registry.value(0).toString();
        m_index->setRegistry(thing, registry.value(1).toString(), groups.value(thing));
        m_registeredSince = qMax(m_registeredSince, registry.value(2).toLongLong());
        ++things;
    }
    QSqlQuery shadows = sql::run(
        m_connection, QStringLiteral("SELECT thing, document FROM shadows WHERE name = ''"), {});
    while (shadows.next())
        m_index->setShadow(shadows.value(0).toString(),
                           shadow::ShadowDocument::fromStorage(
                               QJsonDocument::fromJson(shadows.value(1).toByteArray()).object()));
    QSqlQuery open = sql::run(m_connection,
                              QStringLiteral("SELECT thing, COUNT(*) FROM events WHERE raised = 1 "
                                             "AND open = 1 GROUP BY thing"),
                              {});
    while (open.next())
        m_index->setOpenAlerts(open.value(0).toString(), open.value(1).toInt());
    return things;
}

void FleetFeed::follow(const ShadowService *shadows, const alerts::AlertService *alerts)
{
    connect(shadows, &ShadowService::classicStored, this, &FleetFeed::onShadow,
            Qt::DirectConnection);
    connect(alerts, &alerts::AlertService::openAlertsChanged, this,
            [this](const QString &thing, int open) { m_index->setOpenAlerts(thing, open); });
    m_fold.setSingleShot(true);
    m_fold.setInterval(foldMs);
    connect(&m_fold, &QTimer::timeout, this, &FleetFeed::flush);
    m_registryLook.setInterval(registryLookMs);
    connect(&m_registryLook, &QTimer::timeout, this, &FleetFeed::refreshRegistry);
    m_registryLook.start();
}

void FleetFeed::refreshRegistry()
{
    // A second's overlap: things registered in the same second as the newest one read.
    QSqlQuery registry = sql::run(m_connection, kRegistry + QStringLiteral(" WHERE t.created >= ?"),
                                  {m_registeredSince});
    while (registry.next()) {
        const QString thing = registry.value(0).toString();
        m_registeredSince = qMax(m_registeredSince, registry.value(2).toLongLong());
        if (!m_index->contains(thing))
            m_index->setRegistry(thing, registry.value(1).toString(),
                                 ThingGroups(m_connection).groupsOf(thing));
    }
}

void FleetFeed::onShadow(const QString &thing, const shadow::ShadowDocument &document)
{
    // Off the way of the shadow's answer, and a fridge's burst of reports folded in once.
    m_changed.insert(thing, document);
    if (!m_fold.isActive())
        m_fold.start();
}

void FleetFeed::flush()
{
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        // A thing registered since the load (by the factory tools, in another process): its
        // registry's part first.
        if (!m_index->contains(it.key()))
            loadRegistry(it.key());
        m_index->setShadow(it.key(), it.value());
    }
    m_changed.clear();
}

void FleetFeed::loadRegistry(const QString &thing)
{
    QSqlQuery registry =
        sql::run(m_connection, kRegistry + QStringLiteral(" WHERE t.name = ?"), {thing});
    if (registry.next())
        m_index->setRegistry(thing, registry.value(1).toString(),
                             ThingGroups(m_connection).groupsOf(thing));
}

} // namespace larder::cloud::fleet

// SPDX-License-Identifier: MIT
#include "InspectorRecord.h"

#include "larder-cloud/alerts/EventStore.h"
#include "larder-cloud/commands/CommandStore.h"
#include "larder-cloud/provisioning/CertificateStore.h"
#include "larder-cloud/timeline/DeviceTimeline.h"

#include <QJsonArray>

namespace larder::cloud::support {

QJsonObject InspectorRecord::of(const QString &thing, const QString &familyId) const
{
    QJsonArray certificates;
    bool tabletPaired = false;
    for (const DeviceCertificate &c : this->certificates->ofThing(thing)) {
        certificates.append(
            QJsonObject{{QStringLiteral("certificateId"), c.id},
                        {QStringLiteral("role"), c.role},
                        {QStringLiteral("status"), c.status},
                        {QStringLiteral("createdAt"), double(c.created) * 1000},
                        {QStringLiteral("expiresAt"),
                         c.expires ? QJsonValue(double(c.expires) * 1000) : QJsonValue()}});
        tabletPaired = tabletPaired || (c.role == u"kiosk" && c.status == u"ACTIVE");
    }
    QJsonArray events;
    alerts::EventStore::Query query;
    query.families = {familyId};
    query.thing = thing;
    query.limit = maxEvents;
    for (const alerts::EventStore::Event &event : this->events->list(query)) {
        QJsonObject json = event.toJson(thing);
        json.remove(QStringLiteral("deviceName"));
        events.append(json);
    }
    QJsonArray commands;
    for (const commands::CommandStore::Command &command : this->commands->list(thing, maxCommands))
        commands.append(command.toJson());
    QJsonArray timeline;
    for (const DeviceTimeline::Entry &entry : this->timeline->list(thing, maxTimeline))
        timeline.append(QJsonObject{{QStringLiteral("at"), double(entry.at)},
                                    {QStringLiteral("kind"), entry.kind},
                                    {QStringLiteral("version"), entry.version},
                                    {QStringLiteral("detail"), entry.detail}});
    return {{QStringLiteral("thingName"), thing},
            {QStringLiteral("timeline"), timeline},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("tabletPaired"), tabletPaired},
            {QStringLiteral("events"), events},
            {QStringLiteral("commands"), commands}};
}

} // namespace larder::cloud::support

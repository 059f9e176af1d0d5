// SPDX-License-Identifier: MIT
#include "InspectorRecord.h"

#include "ReportStore.h"
#include "larder-cloud/alerts/EventStore.h"
#include "larder-cloud/commands/CommandStore.h"
#include "larder-cloud/provisioning/CertificateStore.h"
#include "larder-cloud/timeline/DeviceTimeline.h"

#include "commands/CommandCatalog.h"

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
        // The morning note names what the family keeps: not the fridge's technical record.
        if (event.condition == u"useSoon")
            continue;
        QJsonObject json = event.toJson(thing);
        json.remove(QStringLiteral("deviceName"));
        events.append(json);
    }
    QJsonArray commands;
    QList<QJsonObject> reports;
    for (const commands::CommandStore::Command &command :
         this->commands->list(thing, maxCommands)) {
        const QJsonObject json = command.toJson();
        commands.append(json);
        if (json.value(u"command").toString() != larder::commands::catalog::diagnosticReport())
            continue;
        const QString status = json.value(u"commandStatus").toString();
        reports.append(
            {{QStringLiteral("reportId"), json.value(u"commandId")},
             {QStringLiteral("source"), QStringLiteral("fridge")},
             {QStringLiteral("at"), json.value(u"createdAt")},
             {QStringLiteral("status"), status},
             {QStringLiteral("detail"),
              status == u"failed"    ? json.value(u"reason").toString()
              : status == u"success" ? command.execution.statusDetails.value(u"result").toString()
                                     : json.value(u"jobStatus").toString()}});
    }
    for (const ReportStore::Report &report : this->reports->list(thing, familyId))
        reports.append({{QStringLiteral("reportId"), report.id},
                        {QStringLiteral("source"), report.source},
                        {QStringLiteral("at"), double(report.created)},
                        {QStringLiteral("status"), QStringLiteral("success")},
                        {QStringLiteral("detail"),
                         QStringLiteral("Sent from the door (%1 bytes).").arg(report.size)}});
    std::sort(reports.begin(), reports.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"at").toDouble() > b.value(u"at").toDouble();
    });
    QJsonArray reportList;
    for (const QJsonObject &report : std::as_const(reports))
        reportList.append(report);
    QJsonArray timeline;
    for (const DeviceTimeline::Entry &entry : this->timeline->list(thing, maxTimeline))
        timeline.append(QJsonObject{{QStringLiteral("at"), double(entry.at)},
                                    {QStringLiteral("kind"), entry.kind},
                                    {QStringLiteral("version"), entry.version},
                                    {QStringLiteral("detail"), entry.detail}});
    return {{QStringLiteral("thingName"), thing},
            {QStringLiteral("timeline"), timeline},
            {QStringLiteral("reports"), reportList},
            {QStringLiteral("certificates"), certificates},
            {QStringLiteral("tabletPaired"), tabletPaired},
            {QStringLiteral("events"), events},
            {QStringLiteral("commands"), commands}};
}

} // namespace larder::cloud::support

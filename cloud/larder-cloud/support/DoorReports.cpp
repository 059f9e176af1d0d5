// SPDX-License-Identifier: MIT
#include "DoorReports.h"
#include "AuditLog.h"
#include "ConsentStore.h"
#include "ReportStore.h"

#include "larder-cloud/api/DeviceRequests.h"
#include "larder-cloud/media/MediaKinds.h"
#include "larder-cloud/media/MediaStore.h"
#include "larder-cloud/media/ObjectFiles.h"
#include "larder-cloud/shadow/PlaneFeature.h"

#include "media/FileDigest.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace larder::cloud::support {

api::Verdict DoorReports::handle(const QString &op, const QString &thing, const QString &familyId,
                                 const QJsonObject &body)
{
    if (op != u"report")
        return api::refusal(400, "BadRequest", QStringLiteral("op is report."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString sha256 = body.value(u"sha256").toString();
    const auto place = media::parseObjectPath(body.value(u"key").toString());
    if (!hex.match(sha256).hasMatch() || !place)
        return api::refusal(400, "BadRequest",
                            QStringLiteral("Send {\"key\": the stored report, \"sha256\": its "
                                           "SHA-256 in hex}."));
    const auto reserved = m_media->find(place->path());
    if (place->familyId != familyId || place->owner != thing || place->kind != u"diagnostic" ||
        !reserved || !reserved->stored)
        return api::refusal(404, "NotFound",
                            QStringLiteral("No stored diagnostic report of this fridge has that "
                                           "key."));
    // What one door may send: a report once, one a minute, a few a day — so that no door, or
    // no finger on the button, floods the family's trail or the plane with checks.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (m_reports->hasKey(place->path()))
        return api::refusal(409, "Conflict", QStringLiteral("This report was sent already."));
    const auto [today, newest] = m_reports->sentSince(thing, nowMs - 24 * 3600 * 1000LL);
    if (today >= maxPerDay || nowMs - newest < minIntervalSeconds * 1000LL)
        return api::refusal(429, "TooManyRequests",
                            today >= maxPerDay
                                ? QStringLiteral("This door sent %1 reports today; support has "
                                                 "them.")
                                      .arg(maxPerDay)
                                : QStringLiteral("A report went a moment ago; wait a minute "
                                                 "before sending another."));
    const QString file = media::ObjectFiles(m_storeDir).stored(place->path());
    if (larder::media::sha256OfFile(file) != sha256)
        return api::refusal(400, "BadReport",
                            QStringLiteral("The stored report is not the one described: its "
                                           "SHA-256 differs."));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject answer;
    // A case open for the fridge — the owner's, claimed or not, or an agent's — gets the
    // report; only without one does the door open a case (it never ends an owner's grant).
    auto active = m_consents->active(thing, familyId, now);
    if (!active) {
        const auto granted =
            m_consents->grant(thing, familyId, QStringLiteral("door"), caseHours, false, now);
        if (!granted)
            return api::refusal(500, "InternalFailure",
                                QStringLiteral("The case could not be stored; try again."));
        active = granted->consent;
        answer.insert(QStringLiteral("caseCode"), granted->caseCode);
        m_audit->append(thing, familyId,
                        {now * 1000,
                         active->id,
                         QStringLiteral("door"),
                         {},
                         QStringLiteral("granted"),
                         QStringLiteral("%1h").arg(caseHours)});
    }
    ReportStore::Report report{QUuid::createUuid().toString(QUuid::Id128),
                               thing,
                               familyId,
                               QStringLiteral("door"),
                               place->path(),
                               sha256,
                               QFileInfo(file).size(),
                               now * 1000};
    if (!m_reports->add(report))
        return api::refusal(500, "InternalFailure",
                            QStringLiteral("The report could not be recorded; try again."));
    m_audit->append(
        thing, familyId,
        {now * 1000, active->id, QStringLiteral("door"), {}, QStringLiteral("sentReport"), {}});
    answer.insert(QStringLiteral("reportId"), report.id);
    answer.insert(QStringLiteral("expiresAt"), double(active->expires) * 1000);
    answer.insert(QStringLiteral("claimed"), !active->agent.isEmpty());
    return {200, answer};
}

namespace {
/// The door's reports on the plane: its stores on the plane's connection.
class DoorReportsFeature : public PlaneFeature
{
public:
    explicit DoorReportsFeature(const PlaneContext &context)
        : m_consents(context.connection), m_audit(context.connection),
          m_reports(context.connection), m_doorReports(&m_consents, &m_audit, &m_reports,
                                                       context.mediaStore, context.mediaStoreDir)
    {
        m_requests = new DeviceRequests(
            context.client, context.families, QStringLiteral("support"),
            [this](const QString &op, const QString &thing, const QString &familyId,
                   const QJsonObject &body) {
                return m_doorReports.handle(op, thing, familyId, body);
            },
            this);
    }
    void start() override { m_requests->start(); }

private:
    ConsentStore m_consents;
    AuditLog m_audit;
    ReportStore m_reports;
    DoorReports m_doorReports;
    DeviceRequests *m_requests = nullptr;
};
} // namespace

std::unique_ptr<PlaneFeature> makeDoorReportsFeature(const PlaneContext &context)
{
    if (!context.mediaStore)
        return nullptr;
    return std::make_unique<DoorReportsFeature>(context);
}

} // namespace larder::cloud::support

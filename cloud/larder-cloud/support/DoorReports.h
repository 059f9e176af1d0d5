// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/api/Verdict.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace larder::cloud {
struct PlaneContext;
class PlaneFeature;
namespace media {
class MediaStore;
}
} // namespace larder::cloud

namespace larder::cloud::support {

class AuditLog;
class ConsentStore;
class ReportStore;

/// "Send a report to support" from the door (docs/api.md, "Support access"): the door tablet
/// has uploaded its diagnostic report as a `diagnostic` object of its own fridge, and asks over
/// its connection (`larder/things/{thing}/support/request`, op `report`, `{"key","sha256"}`).
/// The person at the door who entered the support PIN is the consent: unless the fridge has a
/// support case open already (the owner's grant, claimed or not), the door gets a new one — a
/// day, look only — and its case code to read out; the report joins the case. Both go on the
/// family's trail. Refused: an object that is not a stored diagnostic report of this fridge
/// (404), one sent already (409), more than one a minute or 20 a day (429), a SHA-256 that is
/// not the stored object's (400).
class DoorReports
{
public:
    DoorReports(ConsentStore *consents, AuditLog *audit, ReportStore *reports,
                const media::MediaStore *media, QString storeDir)
        : m_consents(consents), m_audit(audit), m_reports(reports), m_media(media),
          m_storeDir(std::move(storeDir))
    {
    }
    static constexpr int caseHours = 24;
    static constexpr int minIntervalSeconds = 60; ///< between two reports of one fridge's door
    static constexpr int maxPerDay = 20;

    api::Verdict handle(const QString &op, const QString &thing, const QString &familyId,
                        const QJsonObject &body);

private:
    ConsentStore *m_consents;
    AuditLog *m_audit;
    ReportStore *m_reports;
    const media::MediaStore *m_media;
    QString m_storeDir;
};

/// The door's reports as a feature of the MQTT plane.
std::unique_ptr<PlaneFeature> makeDoorReportsFeature(const PlaneContext &context);

} // namespace larder::cloud::support

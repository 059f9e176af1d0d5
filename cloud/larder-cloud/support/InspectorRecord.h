// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace larder::cloud {
class CertificateStore;
class DeviceTimeline;
namespace alerts {
class EventStore;
}
namespace commands {
class CommandStore;
}
} // namespace larder::cloud

namespace larder::cloud::support {

class ReportStore;

/// What the inspector shows of one fridge besides its shadow (docs/api.md, "Support access"):
/// its certificates (the appliance's, the door tablet's — whether it is paired —, the claim's)
/// with their status and expiry, its recent events and alerts in its current family, its recent
/// commands, its timeline (connections and shadow versions with what changed) and its
/// diagnostic reports (asked of the fridge, or sent from its door). Technical
/// only: no fridge name, no member, no family.
struct InspectorRecord
{
    const CertificateStore *certificates = nullptr;
    const alerts::EventStore *events = nullptr;
    const commands::CommandStore *commands = nullptr;
    const DeviceTimeline *timeline = nullptr;
    const ReportStore *reports = nullptr;

    static constexpr int maxEvents = 50;
    static constexpr int maxTimeline = 100;
    static constexpr int maxCommands = 20;

    QJsonObject of(const QString &thing, const QString &familyId) const;
};

} // namespace larder::cloud::support

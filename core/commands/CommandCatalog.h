// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace larder::commands {

/// The commands a Larder fridge carries out (docs/api.md, "Commands"), free of I/O: which
/// exist, which a model supports, what parameters each takes, the job document the fridge
/// receives and the title a person reads. Shared by the cloud (which refuses what a fridge
/// cannot do), the simulator and the app.
///
/// - `quickFreeze` {"hours": 1–48}: the freezer at full power, then back to the mode before;
/// - `defrost` {}: a defrost cycle (the door must stay closed);
/// - `resetWaterFilter` {}: the filter was changed (models with a water dispenser);
/// - `snoozeAlarms` {"minutes": 5–120}: the fridge's own beeper stays quiet.
namespace catalog {

/// Every command's name, in the order the app offers them.
const QStringList &names();
/// The commands @p model supports (every command for a model Larder does not know).
QStringList supportedBy(const QString &model);
/// The job document for @p name with @p params, or the sentence saying why not (an unknown
/// command, one @p model cannot do, a parameter missing, of the wrong kind, out of range or
/// unknown).
std::variant<QJsonObject, QString> document(const QString &name, const QJsonObject &params,
                                            const QString &model);
/// "Quick-freeze for 6 hours", from a job document (or the operation's name, unknown ones).
QString titleOf(const QJsonObject &document);
/// Support's own commands, never the family's (not in `names()`: only a support agent with the
/// family's consent queues them): `diagnosticReport` {} — the fridge uploads a diagnostic
/// report and answers with its `key`, `sha256` and `size`; `resyncShadow` {} — the fridge
/// reports its whole state again.
QString diagnosticReport();
QString resyncShadow();
bool isSupportOperation(const QString &name);

} // namespace catalog
} // namespace larder::commands

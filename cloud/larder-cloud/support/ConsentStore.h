// SPDX-License-Identifier: MIT
#pragma once

#include "ConsentRules.h"

#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud::support {

/// The families' consents for support (schema 15), with their case codes kept as hashes only.
/// A fridge has at most one active consent: a new grant ends the one before.
class ConsentStore
{
public:
    explicit ConsentStore(const QString &connectionName = QStringLiteral("larder"));

    struct Granted
    {
        Consent consent;
        QString caseCode; ///< shown once, to the owner who granted it
    };
    /// Grants support @p hours of access to @p thing in @p familyId; nullopt on a storage failure.
    std::optional<Granted> grant(const QString &thing, const QString &familyId,
                                 const QString &ownerSub, int hours, bool allowWrites, qint64 now);
    /// Ends the fridge's active consent in @p familyId; false when there was none.
    bool end(const QString &thing, const QString &familyId, qint64 now);
    /// Ends every consent of @p thing (it left its family); their records stay with that family.
    void endAll(const QString &thing, qint64 now);
    std::optional<Consent> active(const QString &thing, const QString &familyId, qint64 now) const;
    /// The active consent whose case code is @p normalizedCode, claimed for @p agent if no agent
    /// has it yet; nullopt when there is none or another agent holds it.
    std::optional<Consent> claim(const QString &normalizedCode, const QString &agent,
                                 const QString &agentName, qint64 now);
    /// The active consent @p agent holds for @p thing.
    std::optional<Consent> heldBy(const QString &agent, const QString &thing, qint64 now) const;
    /// Every active consent @p agent holds.
    QList<Consent> casesOf(const QString &agent, qint64 now) const;

private:
    QString m_connection;
};

} // namespace larder::cloud::support

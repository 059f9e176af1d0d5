// SPDX-License-Identifier: MIT
#pragma once

#include "ConsentRules.h"

#include "larder-cloud/api/ApiCommon.h"

#include <optional>

namespace larder::cloud::support {

class AuditLog;
class ConsentStore;

/// The one door to a fridge's data for support: an agent passes only with an active consent
/// it holds for that fridge, and every pass is written to the family's audit trail first. A
/// look repeated within `repeatWindow` (the inspector reloading while it waits for the fridge)
/// is one entry, not one per reload; actions are always written.
class InspectorGate
{
public:
    InspectorGate(ConsentStore *consents, AuditLog *audit) : m_consents(consents), m_audit(audit) {}
    static constexpr qint64 repeatWindow = 60; ///< seconds

    /// The consent @p agent holds for @p thing after writing the look @p action (and
    /// @p detail) to the trail, or nullopt without one — or when the trail cannot be written.
    std::optional<Consent> admit(const api::Caller &agent, const QString &thing,
                                 const QString &action, const QString &detail = {}) const;
    /// Writes an action @p agent took under @p held (after it was done: nothing that was
    /// refused goes on the record); false when the trail could not be written.
    bool record(const api::Caller &agent, const Consent &held, const QString &action,
                const QString &detail = {}) const;
    /// The consent @p agent holds for @p thing, nothing written: to decide before acting.
    std::optional<Consent> access(const api::Caller &agent, const QString &thing) const;
    /// The 404 an agent without consent gets, saying what to do.
    static QHttpServerResponse refused();

private:
    ConsentStore *m_consents;
    AuditLog *m_audit;
};

} // namespace larder::cloud::support

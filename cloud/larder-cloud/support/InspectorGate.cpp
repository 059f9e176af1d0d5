// SPDX-License-Identifier: MIT
#include "InspectorGate.h"
#include "AuditLog.h"
#include "ConsentStore.h"

namespace larder::cloud::support {

std::optional<Consent> InspectorGate::access(const api::Caller &agent, const QString &thing) const
{
    const qint64 now = api::now();
    const auto held = m_consents->heldBy(agent.sub, thing, now);
    if (!held || consent::accessOf(*held, agent.sub, now) == Access::None)
        return std::nullopt;
    return held;
}

std::optional<Consent> InspectorGate::admit(const api::Caller &agent, const QString &thing,
                                            const QString &action, const QString &detail) const
{
    const auto held = access(agent, thing);
    if (!held)
        return std::nullopt;
    // A look that cannot be put on the record does not happen.
    return record(agent, *held, action, detail) ? held : std::nullopt;
}

bool InspectorGate::record(const api::Caller &agent, const Consent &held, const QString &action,
                           const QString &detail) const
{
    const AuditLog::Entry entry{api::now() * 1000, held.id, QStringLiteral("support"),
                                agent.name,        action,  detail};
    if (action.startsWith(u"viewed") &&
        m_audit->repeats(held.thing, held.familyId, entry, repeatWindow * 1000))
        return true;
    return m_audit->append(held.thing, held.familyId, entry);
}

QHttpServerResponse InspectorGate::refused()
{
    return api::failure(404, "NotFound",
                        QStringLiteral("No support access to this fridge: ask the family's owner "
                                       "to grant it in Larder and read you the case code."));
}

} // namespace larder::cloud::support

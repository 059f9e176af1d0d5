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
    const qint64 now = api::now();
    const auto held = access(agent, thing);
    if (!held)
        return std::nullopt;
    const bool look = action.startsWith(u"viewed");
    AuditLog::Entry entry{now * 1000, held->id, QStringLiteral("support"),
                          agent.name, action,   detail};
    if (!look || !m_audit->repeats(thing, held->familyId, entry, repeatWindow * 1000))
        m_audit->append(thing, held->familyId, entry);
    return held;
}

QHttpServerResponse InspectorGate::refused()
{
    return api::failure(404, "NotFound",
                        QStringLiteral("No support access to this fridge: ask the family's owner "
                                       "to grant it in Larder and read you the case code."));
}

} // namespace larder::cloud::support

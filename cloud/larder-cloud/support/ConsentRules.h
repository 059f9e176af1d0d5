// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace larder::cloud::support {

/// A family's consent for support to look at one fridge: granted by the family's owner for a
/// chosen time, claimed by one agent with the case code the owner reads out, ended by the owner
/// at any time.
struct Consent
{
    QString id;
    QString thing;
    QString familyId;
    QString grantedBy;        ///< the owner's sub
    qint64 created = 0;       ///< epoch seconds
    qint64 expires = 0;       ///< epoch seconds
    qint64 ended = 0;         ///< epoch seconds when the owner ended it; 0 while not
    bool allowWrites = false; ///< may the agent change the fridge's settings (desired state)?
    QString agent;            ///< the sub of the agent who claimed it; empty until then
    QString agentName;        ///< what the family sees of that agent
};

/// What an agent may do with one fridge now.
enum class Access { None, Read, ReadWrite };

/// The rules of consent, pure (docs/api.md, "Support access"): how long, which codes, who may
/// look.
namespace consent {

constexpr int minHours = 1;
constexpr int maxHours = 7 * 24;
/// Wrong case codes one agent may enter in a quarter hour before being told to wait.
constexpr int maxWrongCodes = 10;
constexpr qint64 wrongCodeWindow = 15 * 60;

/// Why @p hours cannot be a consent's length; nullopt when it can (1 hour to 7 days).
std::optional<QString> durationProblem(double hours);

/// A new case code: six characters from an alphabet without look-alikes (no 0/O, 1/I/L),
/// shown as "ABC-234" (about 30 bits: one of 887 million).
QString newCaseCode();
/// The code as typed (any case, spaces or hyphens) in the form it is kept, "ABC234"; nullopt
/// when it cannot be a case code.
std::optional<QString> normalized(const QString &typed);
/// What the store keeps of a code: its SHA-256, never the code.
QByteArray hashOf(const QString &normalizedCode);

/// True while @p consent is neither ended nor past its time.
bool isActive(const Consent &consent, qint64 now);
/// What @p agent may do with the consent's fridge at @p now: nothing unless it is active and
/// claimed by that agent.
Access accessOf(const Consent &consent, const QString &agent, qint64 now);

} // namespace consent
} // namespace larder::cloud::support

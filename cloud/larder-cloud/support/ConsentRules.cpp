// SPDX-License-Identifier: MIT
#include "ConsentRules.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <cmath>

namespace larder::cloud::support::consent {

namespace {
constexpr QStringView kAlphabet = u"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr int kLength = 6;
} // namespace

std::optional<QString> durationProblem(double hours)
{
    if (!std::isfinite(hours) || hours != std::floor(hours) || hours < minHours || hours > maxHours)
        return QStringLiteral("Support access lasts 1 hour to 7 days (168 hours), in whole hours.");
    return std::nullopt;
}

QString newCaseCode()
{
    QString code;
    for (int i = 0; i < kLength; ++i) {
        if (i == kLength / 2)
            code.append(u'-');
        code.append(kAlphabet.at(QRandomGenerator::system()->bounded(int(kAlphabet.size()))));
    }
    return code;
}

std::optional<QString> normalized(const QString &typed)
{
    if (typed.size() > 32)
        return std::nullopt;
    QString code;
    for (const QChar c : typed) {
        if (c.isSpace() || c == u'-')
            continue;
        const QChar upper = c.toUpper();
        if (!kAlphabet.contains(upper))
            return std::nullopt;
        code.append(upper);
    }
    if (code.size() != kLength)
        return std::nullopt;
    return code;
}

QByteArray hashOf(const QString &normalizedCode)
{
    return QCryptographicHash::hash(normalizedCode.toLatin1(), QCryptographicHash::Sha256);
}

bool isActive(const Consent &consent, qint64 now)
{
    return consent.ended == 0 && now < consent.expires;
}

Access accessOf(const Consent &consent, const QString &agent, qint64 now)
{
    if (!isActive(consent, now) || agent.isEmpty() || consent.agent != agent)
        return Access::None;
    return consent.allowWrites ? Access::ReadWrite : Access::Read;
}

} // namespace larder::cloud::support::consent

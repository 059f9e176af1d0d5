// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>

namespace larder::shadow {

/// The operation a shadow topic addresses.
enum class ShadowOperation { Get, Update, Delete };

/// A shadow topic taken apart: `$aws/things/{thing}/shadow[/name/{shadow}]/{op}[/{answer}]`.
struct ShadowTopic
{
    QString thing;
    QString shadowName; ///< empty for the classic shadow
    ShadowOperation operation = ShadowOperation::Get;
    QString answer; ///< empty for a request; `accepted`, `rejected`, `delta`, `documents`

    /// Parses @p topic; nullopt when it is not a well-formed shadow topic with valid names.
    static std::optional<ShadowTopic> parse(const QString &topic);
};

/// Topic names of one thing's classic or named shadow, as AWS IoT spells them.
class ShadowTopics
{
public:
    ShadowTopics(const QString &thing, const QString &shadowName = {});

    QString prefix() const { return m_prefix; }
    QString request(ShadowOperation op) const;
    QString answer(ShadowOperation op, const QString &kind) const;

    static QString operationName(ShadowOperation op);
    /// Thing names: 1–128 of `[a-zA-Z0-9:_-]`.
    static bool isValidThingName(const QString &name);
    /// Shadow names: 1–64 of `[$a-zA-Z0-9:_-]`.
    static bool isValidShadowName(const QString &name);

private:
    QString m_prefix;
};

} // namespace larder::shadow

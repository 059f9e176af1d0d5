// SPDX-License-Identifier: MIT
#include "ShadowTopics.h"

#include <QStringList>

namespace larder::shadow {

namespace {

bool allowedChars(const QString &name, bool allowDollar)
{
    for (const QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u':' || c == u'_' || c == u'-' ||
                        (allowDollar && c == u'$');
        if (!ok)
            return false;
    }
    return true;
}

std::optional<ShadowOperation> operationFrom(const QString &name)
{
    if (name == u"get")
        return ShadowOperation::Get;
    if (name == u"update")
        return ShadowOperation::Update;
    if (name == u"delete")
        return ShadowOperation::Delete;
    return std::nullopt;
}

bool validAnswer(ShadowOperation op, const QString &answer)
{
    if (answer == u"accepted" || answer == u"rejected")
        return true;
    return op == ShadowOperation::Update && (answer == u"delta" || answer == u"documents");
}

} // namespace

bool ShadowTopics::isValidThingName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 128 && allowedChars(name, false);
}

bool ShadowTopics::isValidShadowName(const QString &name)
{
    return !name.isEmpty() && name.size() <= 64 && allowedChars(name, true);
}

std::optional<ShadowTopic> ShadowTopic::parse(const QString &topic)
{
    const QStringList parts = topic.split(u'/');
    // $aws things {thing} shadow [name {shadow}] op [answer]
    if (parts.size() < 5 || parts[0] != u"$aws" || parts[1] != u"things" || parts[3] != u"shadow")
        return std::nullopt;
    ShadowTopic out;
    out.thing = parts[2];
    if (!ShadowTopics::isValidThingName(out.thing))
        return std::nullopt;
    qsizetype index = 4;
    if (parts[4] == u"name") {
        if (parts.size() < 7 || !ShadowTopics::isValidShadowName(parts[5]))
            return std::nullopt;
        out.shadowName = parts[5];
        index = 6;
    }
    const auto op = operationFrom(parts[index]);
    if (!op)
        return std::nullopt;
    out.operation = *op;
    const qsizetype rest = parts.size() - index - 1;
    if (rest == 1) {
        out.answer = parts[index + 1];
        if (!validAnswer(out.operation, out.answer))
            return std::nullopt;
    } else if (rest != 0) {
        return std::nullopt;
    }
    return out;
}

ShadowTopics::ShadowTopics(const QString &thing, const QString &shadowName)
    : m_prefix(shadowName.isEmpty()
                   ? QStringLiteral("$aws/things/%1/shadow").arg(thing)
                   : QStringLiteral("$aws/things/%1/shadow/name/%2").arg(thing, shadowName))
{
}

QString ShadowTopics::operationName(ShadowOperation op)
{
    switch (op) {
    case ShadowOperation::Get:
        return QStringLiteral("get");
    case ShadowOperation::Update:
        return QStringLiteral("update");
    case ShadowOperation::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString ShadowTopics::request(ShadowOperation op) const
{
    return m_prefix + u'/' + operationName(op);
}

QString ShadowTopics::answer(ShadowOperation op, const QString &kind) const
{
    return request(op) + u'/' + kind;
}

} // namespace larder::shadow

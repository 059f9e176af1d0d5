// SPDX-License-Identifier: MIT
// A parsed query spelled again: the canonical form the fuzz target parses back (FleetQuery.cpp
// parses).
#include "FleetQuery.h"

#include <QLocale>
#include <QStringList>

namespace larder::cloud::fleet::query {

namespace {

QString escaped(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == u'\\' || c == u'*' || c == u':' || c == u'(' || c == u')' || c == u']' ||
            c == u'<' || c == u'>' || c == u'-' || c.isSpace())
            out.append(u'\\');
        if (c == QChar(0xFFFD))
            out.append(QStringLiteral("\\*")); // an escaped star stays one
        else
            out.append(c);
    }
    return out;
}

QString numberText(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

/// @p node spelled as a child of @p parent (nullptr at the top): parentheses only where the
/// query needs them, so the spelling nests no deeper than the query it came from.
QString spell(const QueryNode &node, const QueryNode *parent)
{
    if (node.kind == QueryNode::Kind::Not)
        return QStringLiteral("NOT ") + spell(node.children.front(), &node);
    if (node.kind == QueryNode::Kind::Term)
        return toString(node);
    QStringList parts;
    for (const QueryNode &child : node.children)
        parts << spell(child, &node);
    const QString joined = parts.join(node.kind == QueryNode::Kind::And ? QStringLiteral(" AND ")
                                                                        : QStringLiteral(" OR "));
    // AND binds tighter than OR: an AND inside an OR needs none.
    const bool bare =
        !parent || (parent->kind == QueryNode::Kind::Or && node.kind == QueryNode::Kind::And);
    return bare ? joined : u'(' + joined + u')';
}
} // namespace

QString toString(const QueryNode &node)
{
    if (node.kind != QueryNode::Kind::Term)
        return spell(node, nullptr);
    const Term &t = node.term;
    switch (t.op) {
    case Term::Op::Any:
        return QStringLiteral("*");
    case Term::Op::Equals:
        return t.field + u':' + escaped(t.text);
    case Term::Op::Prefix:
        return t.field + u':' + escaped(t.text) + u'*';
    case Term::Op::Less:
        return t.field + u'<' + numberText(*t.number);
    case Term::Op::LessOrEqual:
        return t.field + QStringLiteral("<=") + numberText(*t.number);
    case Term::Op::Greater:
        return t.field + u'>' + numberText(*t.number);
    case Term::Op::GreaterOrEqual:
        return t.field + QStringLiteral(">=") + numberText(*t.number);
    case Term::Op::Between:
        return QStringLiteral("%1:[%2 TO %3]")
            .arg(t.field, numberText(*t.number), numberText(*t.high));
    }
    return {};
}

} // namespace larder::cloud::fleet::query

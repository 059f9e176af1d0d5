// SPDX-License-Identifier: MIT
#include "FleetQuery.h"

#include <QLocale>

#include <cmath>

namespace larder::cloud::fleet::query {

namespace {

const QStringList &plainFields()
{
    static const QStringList fields{QStringLiteral("thingName"),
                                    QStringLiteral("thingTypeName"),
                                    QStringLiteral("thingGroupNames"),
                                    QStringLiteral("connectivity.connected"),
                                    QStringLiteral("connectivity.timestamp"),
                                    QStringLiteral("shadow.hasDelta"),
                                    QStringLiteral("alerts.open")};
    return fields;
}

bool isPathPart(QStringView part)
{
    if (part.isEmpty() || part.size() > 64)
        return false;
    for (const QChar c : part)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return false;
    return true;
}

std::optional<double> numberOf(const QString &text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    return ok && std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

/// Characters that end a value (and a field name), besides white space.
bool endsWord(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')';
}

/// A recursive-descent parser over the characters of one query.
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    std::variant<QueryNode, QueryError> run()
    {
        QueryNode root = parseOr(0);
        if (!m_error && (skipSpace(), m_at < m_text.size()))
            fail(m_text.at(m_at) == u')' ? QStringLiteral("a ) without its (")
                                         : QStringLiteral("expected AND, OR or the end"));
        if (m_error)
            return *m_error;
        return root;
    }

private:
    void fail(const QString &message, qsizetype at = -1)
    {
        if (!m_error)
            m_error = QueryError{int((at < 0 ? m_at : at) + 1), message};
    }

    void skipSpace()
    {
        while (m_at < m_text.size() && m_text.at(m_at).isSpace())
            ++m_at;
    }

    /// True (and consumed) when the next word is the operator @p word.
    bool keyword(QStringView word)
    {
        skipSpace();
        const qsizetype end = m_at + word.size();
        if (end > m_text.size() || QStringView(m_text).mid(m_at, word.size()) != word ||
            (end < m_text.size() && !endsWord(m_text.at(end))))
            return false;
        m_at = end;
        return true;
    }

    bool atEnd()
    {
        skipSpace();
        return m_at >= m_text.size() || m_text.at(m_at) == u')';
    }

    static QueryNode join(QueryNode::Kind kind, std::vector<QueryNode> children)
    {
        if (children.size() == 1)
            return std::move(children.front());
        QueryNode node;
        node.kind = kind;
        node.children = std::move(children);
        return node;
    }

    QueryNode parseOr(int depth)
    {
        std::vector<QueryNode> children;
        children.push_back(parseAnd(depth));
        while (!m_error && keyword(u"OR"))
            children.push_back(parseAnd(depth));
        return join(QueryNode::Kind::Or, std::move(children));
    }

    QueryNode parseAnd(int depth)
    {
        std::vector<QueryNode> children;
        children.push_back(parseUnary(depth));
        while (!m_error && !atEnd()) {
            const qsizetype before = m_at;
            if (keyword(u"OR")) {
                m_at = before; // the caller's
                break;
            }
            keyword(u"AND"); // optional: AND is the default operator
            children.push_back(parseUnary(depth));
        }
        return join(QueryNode::Kind::And, std::move(children));
    }

    QueryNode parseUnary(int depth)
    {
        skipSpace();
        if (depth >= maxDepth) {
            fail(QStringLiteral("the query nests deeper than %1 levels").arg(maxDepth));
            return {};
        }
        skipSpace();
        const bool minus = m_at < m_text.size() && m_text.at(m_at) == u'-';
        if (minus || keyword(u"NOT")) {
            if (minus)
                ++m_at;
            QueryNode node;
            node.kind = QueryNode::Kind::Not;
            node.children.push_back(parseUnary(depth + 1));
            return node;
        }
        return parsePrimary(depth);
    }

    QueryNode parsePrimary(int depth)
    {
        skipSpace();
        if (m_at >= m_text.size()) {
            fail(QStringLiteral("expected a term"));
            return {};
        }
        if (m_text.at(m_at) == u'(') {
            const qsizetype open = m_at++;
            QueryNode inner = parseOr(depth + 1);
            skipSpace();
            if (!m_error && (m_at >= m_text.size() || m_text.at(m_at) != u')'))
                fail(QStringLiteral("the ( here is never closed"), open);
            ++m_at;
            return inner;
        }
        if (m_text.at(m_at) == u')') {
            fail(QStringLiteral("expected a term"));
            return {};
        }
        return parseTerm();
    }

    QueryNode parseTerm()
    {
        QueryNode node;
        if (++m_terms > maxTerms) {
            fail(QStringLiteral("a query has at most %1 terms").arg(maxTerms));
            return node;
        }
        const qsizetype start = m_at;
        if (m_text.at(m_at) == u'*' &&
            (m_at + 1 == m_text.size() || endsWord(m_text.at(m_at + 1)))) {
            ++m_at;
            return node; // Any
        }
        while (m_at < m_text.size() && !endsWord(m_text.at(m_at)) && m_text.at(m_at) != u':' &&
               m_text.at(m_at) != u'<' && m_text.at(m_at) != u'>')
            ++m_at;
        Term &term = node.term;
        term.field = m_text.mid(start, m_at - start);
        if (term.field.isEmpty() || m_at >= m_text.size() || endsWord(m_text.at(m_at))) {
            fail(term.field.isEmpty()
                     ? QStringLiteral("expected a field name")
                     : QStringLiteral("expected field:value (a word alone is not searched)"),
                 start);
            return node;
        }
        if (!isField(term.field)) {
            fail(QStringLiteral("%1 is not a field Larder indexes").arg(term.field.left(64)),
                 start);
            return node;
        }
        const QChar sign = m_text.at(m_at++);
        if (sign == u':') {
            if (m_at < m_text.size() && m_text.at(m_at) == u'[')
                return parseRange(std::move(node));
            term.op = Term::Op::Equals;
        } else {
            const bool orEqual = m_at < m_text.size() && m_text.at(m_at) == u'=';
            if (orEqual)
                ++m_at;
            term.op = sign == u'<' ? (orEqual ? Term::Op::LessOrEqual : Term::Op::Less)
                                   : (orEqual ? Term::Op::GreaterOrEqual : Term::Op::Greater);
        }
        const qsizetype valueAt = m_at;
        const auto value = readValue();
        if (!value)
            return node;
        if (term.op == Term::Op::Equals) {
            if (value->endsWith(u'*')) {
                term.op = Term::Op::Prefix;
                term.text = value->chopped(1).toLower();
                if (term.text.isEmpty())
                    fail(QStringLiteral("a wildcard needs letters before it"), valueAt);
            } else {
                term.text = value->toLower();
                term.number = numberOf(*value);
            }
            return node;
        }
        term.number = numberOf(*value);
        if (!term.number)
            fail(
                QStringLiteral("%1 compares numbers; \"%2\" is not one")
                    .arg(m_text.mid(start + term.field.size(), valueAt - start - term.field.size()),
                         value->left(32)),
                valueAt);
        return node;
    }

    QueryNode parseRange(QueryNode node)
    {
        const qsizetype open = m_at++;
        skipSpace();
        const qsizetype lowAt = m_at;
        const auto low = readValue();
        if (!low)
            return node;
        if (!keyword(u"TO")) {
            fail(QStringLiteral("a range reads [low TO high]"), open);
            return node;
        }
        skipSpace();
        const qsizetype highAt = m_at;
        // The high end stops at the ].
        qsizetype end = m_at;
        while (end < m_text.size() && m_text.at(end) != u']' && !m_text.at(end).isSpace())
            ++end;
        const QString high = m_text.mid(m_at, end - m_at);
        m_at = end;
        skipSpace();
        if (m_at >= m_text.size() || m_text.at(m_at) != u']') {
            fail(QStringLiteral("the [ here is never closed"), open);
            return node;
        }
        ++m_at;
        node.term.op = Term::Op::Between;
        node.term.number = numberOf(*low);
        node.term.high = numberOf(high);
        if (!node.term.number)
            fail(QStringLiteral("a range's ends are numbers"), lowAt);
        else if (!node.term.high)
            fail(QStringLiteral("a range's ends are numbers"), highAt);
        else if (*node.term.number > *node.term.high)
            fail(QStringLiteral("a range's low end comes first"), lowAt);
        return node;
    }

    /// A value: up to white space or a parenthesis, `\` escaping the next character, a `*`
    /// only at its end.
    std::optional<QString> readValue()
    {
        const qsizetype start = m_at;
        if (m_at < m_text.size() && m_text.at(m_at) == u'*') {
            fail(
                QStringLiteral("leading wildcards are not supported (* alone finds every fridge)"));
            return std::nullopt;
        }
        QString value;
        while (m_at < m_text.size() && !endsWord(m_text.at(m_at)) && m_text.at(m_at) != u']') {
            QChar c = m_text.at(m_at);
            if (c == u'\\') {
                if (++m_at >= m_text.size()) {
                    fail(QStringLiteral("a \\ escapes the character after it"), m_at - 1);
                    return std::nullopt;
                }
                c = m_text.at(m_at);
                if (c == u'*')
                    c = QChar(0xFFFD); // an escaped star is no wildcard (and never matches)
            } else if (c == u'*' && m_at + 1 < m_text.size() && !endsWord(m_text.at(m_at + 1))) {
                fail(QStringLiteral("a wildcard * may only end a value"));
                return std::nullopt;
            }
            // AWS's special characters are refused, escaped or not (an escaped star is none).
            if (QStringView(u"`@#%/';,\"[{}").contains(c)) {
                fail(QStringLiteral("%1 is not allowed in a value").arg(c));
                return std::nullopt;
            }
            if (c.isNull() || c.category() == QChar::Other_Control) {
                fail(QStringLiteral("control characters are not allowed"));
                return std::nullopt;
            }
            value.append(c);
            ++m_at;
            if (value.size() > maxValueChars) {
                fail(QStringLiteral("a value has at most %1 characters").arg(maxValueChars), start);
                return std::nullopt;
            }
        }
        if (value.isEmpty()) {
            fail(QStringLiteral("expected a value"), start);
            return std::nullopt;
        }
        return value;
    }

    const QString &m_text;
    qsizetype m_at = 0;
    int m_terms = 0;
    std::optional<QueryError> m_error;
};

} // namespace

bool isField(const QString &field)
{
    if (plainFields().contains(field))
        return true;
    for (const QLatin1String prefix :
         {QLatin1String("shadow.reported."), QLatin1String("shadow.desired.")}) {
        if (!field.startsWith(prefix))
            continue;
        const QStringList parts = field.mid(prefix.size()).split(u'.');
        if (parts.size() > maxPathDepth)
            return false;
        for (const QString &part : parts)
            if (!isPathPart(part))
                return false;
        return true;
    }
    return false;
}

std::variant<QueryNode, QueryError> parse(const QString &text)
{
    if (text.size() > maxChars)
        return QueryError{maxChars + 1,
                          QStringLiteral("a query has at most %1 characters").arg(maxChars)};
    if (text.trimmed().isEmpty())
        return QueryError{1, QStringLiteral("the query is empty (* finds every fridge)")};
    return Parser(text).run();
}

} // namespace larder::cloud::fleet::query

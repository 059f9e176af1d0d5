// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <optional>
#include <variant>
#include <vector>

namespace larder::cloud::fleet {

/// One comparison of an indexed field with a value: `thingName:LRD0000*`,
/// `shadow.reported.fridge.temperature>8`, `shadow.reported.fridge.temperature:[2 TO 6]`, or `*`
/// (every thing).
struct Term
{
    enum class Op { Any, Equals, Prefix, Less, LessOrEqual, Greater, GreaterOrEqual, Between };
    Op op = Op::Any;
    QString field; ///< empty for Any
    QString text;  ///< the value folded to lower case (Equals, Prefix)
    std::optional<double>
        number;                 ///< the value as a number, when it is one (the low end of Between)
    std::optional<double> high; ///< the high end of Between
};

/// A parsed query: a term, or AND / OR over its children, or NOT of its one child.
struct QueryNode
{
    enum class Kind { Term, And, Or, Not };
    Kind kind = Kind::Term;
    Term term;
    std::vector<QueryNode> children;
};

/// Why a query was refused, and where (1-based character position).
struct QueryError
{
    int position = 0;
    QString message;
};

/// AWS IoT fleet indexing's query syntax, the subset Larder answers (docs/api.md, "Fleet
/// search"): `field:value`, `field:prefix*`, `field>n` (`>=`, `<`, `<=`), `field:[low TO high]`,
/// `*`; AND (also the default between terms), OR, NOT and `-`; parentheses. Field names are
/// case-sensitive, values are not. Pure: it bounds what a query may cost before any index sees
/// it — length, terms, nesting, wildcards —, so a hostile query is refused with its position and
/// never becomes a scan of everything.
namespace query {

constexpr int maxChars = 1024; ///< characters in a query
constexpr int maxTerms = 12;   ///< terms in a query (AWS's limit)
constexpr int maxDepth = 8;    ///< nesting of parentheses and NOTs
constexpr int maxValueChars = 128;
constexpr int maxPathDepth = 6; ///< a shadow's own depth limit

/// The fields a query may name: the registry's, connectivity, the shadow's
/// (`shadow.reported.…`, `shadow.desired.…`), open alerts.
bool isField(const QString &field);

std::variant<QueryNode, QueryError> parse(const QString &text);
/// A canonical spelling of @p node: parse(toString(n)) gives the same node again.
QString toString(const QueryNode &node);

} // namespace query
} // namespace larder::cloud::fleet

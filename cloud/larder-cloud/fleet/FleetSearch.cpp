// SPDX-License-Identifier: MIT
// FleetIndex's answers: a query as bit sets over the ordered values, pages in order with their
// cursors, and statistics (FleetIndex.cpp keeps the index).
#include "FleetIndex.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <bit>
#include <optional>

namespace larder::cloud::fleet {

namespace {

void setBit(std::vector<quint64> &bits, int id)
{
    bits[size_t(id) / 64] |= quint64(1) << (id % 64);
}

bool hasBit(const std::vector<quint64> &bits, int id)
{
    return (bits[size_t(id) / 64] >> (id % 64)) & 1U;
}

int countBits(const std::vector<quint64> &bits)
{
    int n = 0;
    for (const quint64 word : bits)
        n += std::popcount(word);
    return n;
}

/// Where a page ends: the sort field, its direction, and the last thing's key and name.
struct Cursor
{
    QString field;
    bool descending = false;
    bool missing = false;
    std::optional<double> number;
    QString text;
    QString thing;

    QString encode() const
    {
        const QJsonArray parts{
            field, descending, missing, number ? QJsonValue(*number) : QJsonValue(), text, thing};
        return QString::fromLatin1(
            QJsonDocument(parts)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    static std::optional<Cursor> decode(const QString &token)
    {
        if (token.size() > 2048)
            return std::nullopt;
        const auto bytes = QByteArray::fromBase64Encoding(
            token.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!bytes)
            return std::nullopt;
        const QJsonArray parts = QJsonDocument::fromJson(*bytes).array();
        if (parts.size() != 6 || !parts[0].isString() || !parts[1].isBool() || !parts[2].isBool() ||
            !(parts[3].isDouble() || parts[3].isNull()) || !parts[4].isString() ||
            !parts[5].isString())
            return std::nullopt;
        Cursor c;
        c.field = parts[0].toString();
        c.descending = parts[1].toBool();
        c.missing = parts[2].toBool();
        if (parts[3].isDouble())
            c.number = parts[3].toDouble();
        c.text = parts[4].toString();
        c.thing = parts[5].toString();
        return c;
    }
};

/// One thing's place in a sorted answer.
struct SortKey
{
    bool missing = true;
    std::optional<double> number;
    QString text;
    QString thing;
    int id = -1;
};

/// True when @p a comes before @p b: things without the field last, then by value (numbers
/// before words) in the asked direction, then by name.
bool before(const SortKey &a, const SortKey &b, bool descending)
{
    if (a.missing != b.missing)
        return !a.missing;
    if (!a.missing) {
        if (a.number.has_value() != b.number.has_value())
            return a.number.has_value();
        if (a.number && *a.number != *b.number)
            return descending ? *a.number > *b.number : *a.number < *b.number;
        if (!a.number && a.text != b.text)
            return descending ? a.text > b.text : a.text < b.text;
    }
    return a.thing < b.thing;
}

} // namespace

FleetIndex::Bits FleetIndex::allBits() const
{
    Bits bits((m_docs.size() + 63) / 64, 0);
    for (const int id : std::as_const(m_ids))
        setBit(bits, id);
    return bits;
}

FleetIndex::Bits FleetIndex::termBits(const Term &term) const
{
    if (term.op == Term::Op::Any)
        return allBits();
    Bits bits((m_docs.size() + 63) / 64, 0);
    const auto field = m_fields.constFind(term.field);
    if (field == m_fields.constEnd())
        return bits;
    const auto mark = [&bits](const std::vector<int> &ids) {
        for (const int id : ids)
            setBit(bits, id);
    };
    const auto &byText = field->byText;
    const auto &byNumber = field->byNumber;
    switch (term.op) {
    case Term::Op::Any:
        break;
    case Term::Op::Equals:
        if (const auto it = byText.find(term.text); it != byText.end())
            mark(it->second);
        if (term.number)
            if (const auto it = byNumber.find(*term.number); it != byNumber.end())
                mark(it->second);
        break;
    case Term::Op::Prefix:
        for (auto it = byText.lower_bound(term.text);
             it != byText.end() && it->first.startsWith(term.text); ++it)
            mark(it->second);
        break;
    case Term::Op::Less:
        for (auto it = byNumber.begin(); it != byNumber.lower_bound(*term.number); ++it)
            mark(it->second);
        break;
    case Term::Op::LessOrEqual:
        for (auto it = byNumber.begin(); it != byNumber.upper_bound(*term.number); ++it)
            mark(it->second);
        break;
    case Term::Op::Greater:
        for (auto it = byNumber.upper_bound(*term.number); it != byNumber.end(); ++it)
            mark(it->second);
        break;
    case Term::Op::GreaterOrEqual:
        for (auto it = byNumber.lower_bound(*term.number); it != byNumber.end(); ++it)
            mark(it->second);
        break;
    case Term::Op::Between:
        for (auto it = byNumber.lower_bound(*term.number); it != byNumber.upper_bound(*term.high);
             ++it)
            mark(it->second);
        break;
    }
    return bits;
}

FleetIndex::Bits FleetIndex::evaluate(const QueryNode &node) const
{
    switch (node.kind) {
    case QueryNode::Kind::Term:
        return termBits(node.term);
    case QueryNode::Kind::Not: {
        Bits bits = allBits();
        const Bits inner = evaluate(node.children.front());
        for (size_t i = 0; i < bits.size(); ++i)
            bits[i] &= ~inner[i];
        return bits;
    }
    case QueryNode::Kind::And:
    case QueryNode::Kind::Or:
        break;
    }
    Bits bits = evaluate(node.children.front());
    for (size_t c = 1; c < node.children.size(); ++c) {
        const Bits more = evaluate(node.children[c]);
        for (size_t i = 0; i < bits.size(); ++i)
            bits[i] = node.kind == QueryNode::Kind::And ? bits[i] & more[i] : bits[i] | more[i];
    }
    return bits;
}

std::variant<FleetIndex::Page, QueryError> FleetIndex::search(const Search &search) const
{
    if (!query::isField(search.sortField))
        return QueryError{
            0, QStringLiteral("%1 is not a field to sort by").arg(search.sortField.left(64))};
    std::optional<Cursor> after;
    if (!search.nextToken.isEmpty()) {
        after = Cursor::decode(search.nextToken);
        if (!after || after->field != search.sortField || after->descending != search.descending)
            return QueryError{0, QStringLiteral("The nextToken is not one of this search's.")};
    }
    const int wanted = std::clamp(search.maxResults, 1, 100);
    QReadLocker lock(&m_lock);
    const Bits bits = evaluate(search.query);
    Page page;
    page.matched = countBits(bits);
    std::vector<SortKey> keys;
    if (search.sortField == u"thingName") {
        // Names are kept in order: walk them from the cursor, stop once the page is full.
        const auto take = [&](auto begin, auto end) {
            for (auto it = begin; it != end && int(keys.size()) <= wanted; ++it)
                if (hasBit(bits, *it))
                    keys.push_back({false, {}, {}, m_docs[size_t(*it)].thing, *it});
        };
        if (search.descending) {
            // Before the cursor's name (every name when there is none), last first.
            const auto end = after ? orderOf(after->thing) : m_order.cend();
            take(std::make_reverse_iterator(end), m_order.crend());
        } else {
            auto begin = after ? orderOf(after->thing) : m_order.cbegin();
            if (begin != m_order.cend() && after && m_docs[size_t(*begin)].thing == after->thing)
                ++begin;
            take(begin, m_order.cend());
        }
    } else {
        // Of the things after the cursor, only the page's (and one more) are put in order.
        const auto inOrder = [&](const SortKey &a, const SortKey &b) {
            return before(a, b, search.descending);
        };
        const std::optional<SortKey> last =
            after ? std::optional<SortKey>(
                        SortKey{after->missing, after->number, after->text, after->thing, -1})
                  : std::nullopt;
        for (const int id : m_order) {
            if (!hasBit(bits, id))
                continue;
            const Doc &doc = m_docs[size_t(id)];
            SortKey key{true, {}, {}, doc.thing, id};
            if (const auto values = doc.fields.constFind(search.sortField);
                values != doc.fields.cend() && !values->isEmpty()) {
                key.missing = false;
                key.number = values->front().number;
                key.text = values->front().text;
            }
            if (!last || inOrder(*last, key))
                keys.push_back(std::move(key));
        }
        const auto end = keys.begin() + std::min<qsizetype>(wanted + 1, qsizetype(keys.size()));
        std::partial_sort(keys.begin(), end, keys.end(), inOrder);
        keys.erase(end, keys.end());
    }
    const bool more = int(keys.size()) > wanted;
    if (more)
        keys.resize(size_t(wanted));
    for (const SortKey &key : keys)
        page.things.append(m_docs[size_t(key.id)].json);
    if (more && !keys.empty()) {
        const SortKey &last = keys.back();
        page.nextToken = Cursor{search.sortField, search.descending, last.missing,
                                last.number,      last.text,         last.thing}
                             .encode();
    }
    return page;
}

FleetIndex::Statistics FleetIndex::statistics(const QueryNode &query) const
{
    QReadLocker lock(&m_lock);
    const Bits bits = evaluate(query);
    Statistics stats;
    for (const int id : m_order) {
        if (!hasBit(bits, id))
            continue;
        const Doc &doc = m_docs[size_t(id)];
        ++stats.count;
        stats.connected += doc.connected ? 1 : 0;
        stats.withOpenAlerts += doc.openAlerts > 0 ? 1 : 0;
        const QString model = modelOf(doc);
        ++stats.models[model.isEmpty() ? QStringLiteral("unknown") : model];
        const QString firmware = doc.reported.value(u"firmware").toString();
        ++stats.firmware[firmware.isEmpty() ? QStringLiteral("unknown") : firmware.left(64)];
    }
    return stats;
}

} // namespace larder::cloud::fleet

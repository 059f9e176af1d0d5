// SPDX-License-Identifier: MIT
#pragma once

#include "FleetQuery.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QReadWriteLock>
#include <QSet>
#include <QStringList>

#include <map>
#include <variant>
#include <vector>

namespace larder::shadow {
class ShadowDocument;
}

namespace larder::cloud::fleet {

/// The fleet as support searches it (AWS IoT fleet indexing's registry, shadow and
/// connectivity data): for every thing its model, groups, classic shadow, connection and count
/// of open alerts — technical data only, never a family, a member, a list, a photo or a message.
/// Each field's values are kept in order (as words and as numbers), so a term reads only the
/// things it names, and AND / OR / NOT are operations on bit sets: a query over 10,000 fridges
/// costs what its terms match, never a scan of every document. Thread-safe: the MQTT plane
/// writes it as shadows change, the HTTP side searches it.
class FleetIndex
{
public:
    /// The registry's part of a thing.
    void setRegistry(const QString &thing, const QString &model, const QStringList &groups);
    /// The classic shadow's part (reported, desired, delta; `reported.connected` and its time are
    /// the connectivity fields, as the presence service records them).
    void setShadow(const QString &thing, const shadow::ShadowDocument &document);
    void setOpenAlerts(const QString &thing, int open);
    void setGroups(const QString &thing, const QStringList &groups);
    void remove(const QString &thing);
    bool contains(const QString &thing) const;
    int size() const;

    struct Search
    {
        QueryNode query;
        QString sortField = QStringLiteral("thingName");
        bool descending = false;
        int maxResults = 50;
        QString nextToken;
    };
    struct Page
    {
        QList<QJsonObject> things; ///< as docs/api.md "Fleet search" shows one
        QString nextToken;         ///< empty on the last page
        int matched = 0;           ///< things matching the query, all pages
    };
    /// One page of the things @p search matches, in its order; an error for a sort field that is
    /// not one or a token that is not this index's.
    std::variant<Page, QueryError> search(const Search &search) const;

    struct Statistics
    {
        int count = 0;
        int connected = 0;
        int withOpenAlerts = 0;
        QMap<QString, int> models;   ///< thingTypeName → things
        QMap<QString, int> firmware; ///< shadow.reported.firmware → things
    };
    Statistics statistics(const QueryNode &query) const;

private:
    struct Value
    {
        QString text;
        std::optional<double> number;
    };
    using Fields = QHash<QString, QList<Value>>;
    struct Doc
    {
        QString thing;
        bool live = false;
        QString model;
        QStringList groups;
        QJsonObject reported, desired;
        qint64 version = 0;
        bool hasDelta = false;
        bool connected = false;
        qint64 connectedAt = 0; ///< ms since the epoch of the last change of `connected`
        int openAlerts = 0;
        Fields fields;
        QJsonObject json; ///< what a search answers of it, made as it changes
    };
    struct FieldIndex
    {
        // Posting lists: small vectors iterate far faster than hash sets.
        std::map<QString, std::vector<int>> byText;
        std::map<double, std::vector<int>> byNumber;
    };
    using Bits = std::vector<quint64>;

    int idOf(const QString &thing); ///< creates the document (write lock held)
    void reindex(int id, Fields fields);
    static Fields fieldsOf(const Doc &doc);
    static QString modelOf(const Doc &doc);
    Bits evaluate(const QueryNode &node) const;
    Bits termBits(const Term &term) const;
    Bits allBits() const;
    static QJsonObject toJson(const Doc &doc);
    /// Where a thing named @p name is, or would go, in m_order.
    std::vector<int>::const_iterator orderOf(const QString &name) const;

    mutable QReadWriteLock m_lock;
    std::vector<Doc> m_docs;
    QHash<QString, int> m_ids;
    std::vector<int> m_free;
    std::vector<int> m_order; ///< ids by thing name, for the default sort and every walk
    QHash<QString, FieldIndex> m_fields;
};

} // namespace larder::cloud::fleet

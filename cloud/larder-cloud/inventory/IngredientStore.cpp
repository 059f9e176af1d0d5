// SPDX-License-Identifier: MIT
#include "IngredientStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QJsonDocument>

namespace larder::cloud {

using inventory::Change;
using inventory::Ingredient;
using inventory::Outcome;
using sql::exec;
using sql::run;

namespace {
std::optional<Ingredient> fromDocument(const QVariant &document)
{
    return Ingredient::fromJson(QJsonDocument::fromJson(document.toByteArray()).object());
}
} // namespace

IngredientStore::Tables IngredientStore::Tables::ingredients()
{
    return {QStringLiteral("ingredients"),
            QStringLiteral("ingredient_sequences"),
            QStringLiteral("ingredient_changes"),
            QStringLiteral("thing"),
            IngredientStore::maxItems,
            QStringLiteral("This fridge's list is full (%1 items). Remove what is gone first.")};
}

IngredientStore::Tables IngredientStore::Tables::shopping()
{
    return {QStringLiteral("shopping_items"),
            QStringLiteral("shopping_sequences"),
            QStringLiteral("shopping_changes"),
            QStringLiteral("family"),
            1'000,
            QStringLiteral("The shopping list is full (%1 items). Tick off what you have "
                           "bought first.")};
}

QString IngredientStore::Tables::sql(QString statement) const
{
    return statement.replace(QLatin1String("{items}"), items)
        .replace(QLatin1String("{sequences}"), sequences)
        .replace(QLatin1String("{changes}"), changes)
        .replace(QLatin1String("{key}"), key);
}

IngredientStore::IngredientStore(const QString &connectionName, Tables tables)
    : m_connection(connectionName), m_tables(std::move(tables))
{
}

std::optional<Ingredient> IngredientStore::find(const QString &thing, const QString &id) const
{
    QSqlQuery query =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT document FROM {items} WHERE {key} = ? AND "
                                        "id = ?")),
            {thing, id});
    return query.next() ? fromDocument(query.value(0)) : std::nullopt;
}

std::optional<Ingredient> IngredientStore::findByName(const QString &thing,
                                                      const QString &name) const
{
    QSqlQuery query =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT document FROM {items} WHERE {key} = ? AND "
                                        "removed = 0 AND name_folded = ? ORDER BY seq LIMIT 1")),
            {thing, name.trimmed().toCaseFolded()});
    return query.next() ? fromDocument(query.value(0)) : std::nullopt;
}

QJsonObject IngredientStore::feedMessage(const Change &change, const Result &result)
{
    return {{QStringLiteral("seq"), result.outcome.item.seq},
            {QStringLiteral("changeId"), change.changeId},
            {QStringLiteral("item"), result.outcome.item.toJson()}};
}

int IngredientStore::liveCount(const QString &thing) const
{
    QSqlQuery query =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT count(*) FROM {items} WHERE {key} = ? AND "
                                        "removed = 0")),
            {thing});
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 IngredientStore::nextSeq(const QString &thing)
{
    if (!exec(m_connection,
              m_tables.sql(
                  QStringLiteral("INSERT INTO {sequences} ({key}, seq) VALUES (?, 1) ON "
                                 "CONFLICT ({key}) DO UPDATE SET seq = {sequences}.seq + 1")),
              {thing}))
        return 0;
    QSqlQuery query =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT seq FROM {sequences} WHERE {key} = ?")), {thing});
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<IngredientStore::Result> IngredientStore::apply(const QString &thing,
                                                              const Change &change)
{
    const auto all = applyAll(thing, {change});
    return all ? std::optional(all->constFirst()) : std::nullopt;
}

std::optional<QList<IngredientStore::Result>>
IngredientStore::applyAll(const QString &thing, const QList<Change> &changes)
{
    // One list's changes one after the other, across instances too: each reads what it edits.
    sql::WriteTransaction transaction(m_connection, m_tables.items + u'/' + thing);
    if (!transaction)
        return std::nullopt;
    QList<Result> results;
    for (const Change &change : changes) {
        const auto result = applyWithin(thing, change);
        if (!result)
            return std::nullopt; // rolled back
        results.append(*result);
    }
    if (!transaction.commit())
        return std::nullopt;
    return results;
}

std::optional<IngredientStore::Result> IngredientStore::applyWithin(const QString &thing,
                                                                    const Change &change)
{
    const auto fail = []() -> std::optional<Result> { return std::nullopt; };
    const std::optional<Ingredient> current = find(thing, change.itemId);

    // A change applied before: answer as then, change nothing.
    QSqlQuery seen =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT outcome FROM {changes} WHERE {key} = ? "
                                        "AND change_id = ?")),
            {thing, change.changeId});
    if (seen.next()) {
        Result result{{Outcome::Kind(seen.value(0).toInt()), current.value_or(Ingredient{}), {}},
                      true,
                      false,
                      {}};
        if (result.outcome.kind == Outcome::Applied)
            result.outcome.kind = Outcome::Unchanged;
        return result;
    }

    Result result{inventory::applyChange(current, change), false, false, {}};
    if (result.outcome.kind == Outcome::Applied && change.kind == Change::Kind::Add &&
        liveCount(thing) >= m_tables.maxItems) {
        result.full = true;
        result.fullMessage = m_tables.fullMessage.arg(m_tables.maxItems);
        return result;
    }
    if (result.outcome.kind == Outcome::Applied) {
        Ingredient &item = result.outcome.item;
        item.seq = nextSeq(thing);
        if (item.seq == 0 ||
            !exec(m_connection,
                  m_tables.sql(QStringLiteral(
                      "INSERT INTO {items} ({key}, id, seq, removed, name_folded, "
                      "document) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT ({key}, id) DO "
                      "UPDATE SET seq = excluded.seq, removed = excluded.removed, "
                      "name_folded = excluded.name_folded, document = "
                      "excluded.document")),
                  {thing, item.id, item.seq, item.removed ? 1 : 0, item.name.toCaseFolded(),
                   QString::fromUtf8(QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact))}))
            return fail();
    }
    // Every change id is remembered, conflicts too: the same replay gets the same answer.
    if (!change.changeId.isEmpty() &&
        !exec(m_connection,
              m_tables.sql(
                  QStringLiteral("INSERT INTO {changes} ({key}, change_id, item_id, outcome, "
                                 "at) VALUES (?, ?, ?, ?, ?)")),
              {thing, change.changeId, change.itemId, int(result.outcome.kind), change.at}))
        return fail();
    return result;
}

IngredientStore::Page IngredientStore::list(const QString &thing, const QString &query,
                                            qint64 since, qint64 after, int limit,
                                            qsizetype maxBytes) const
{
    Page page;
    QSqlQuery latest =
        run(m_connection,
            m_tables.sql(QStringLiteral("SELECT seq FROM {sequences} WHERE {key} = ?")), {thing});
    page.seq = latest.next() ? latest.value(0).toLongLong() : 0;
    QString sql =
        m_tables.sql(QStringLiteral("SELECT document FROM {items} WHERE {key} = ? AND seq > ?"));
    QVariantList values{thing, std::max({since, after, qint64(0)})};
    if (since < 0)
        sql += QStringLiteral(" AND removed = 0");
    if (!query.isEmpty()) {
        QString pattern = query.toCaseFolded();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        sql += QStringLiteral(" AND name_folded LIKE ? ESCAPE '\\'");
        values.append(u'%' + pattern + u'%');
    }
    sql += QStringLiteral(" ORDER BY seq LIMIT ?");
    values.append(limit + 1);
    QSqlQuery rows = run(m_connection, sql, values);
    qsizetype bytes = 0;
    while (rows.next()) {
        const QByteArray document = rows.value(0).toByteArray();
        bytes += document.size();
        const bool overBudget = maxBytes > 0 && bytes > maxBytes && !page.items.isEmpty();
        if (page.items.size() == limit || overBudget) {
            page.next = page.items.constLast().seq;
            break;
        }
        if (const auto item = fromDocument(document))
            page.items.append(*item);
    }
    return page;
}

bool IngredientStore::forget(const QString &thing)
{
    return exec(m_connection, m_tables.sql(QStringLiteral("DELETE FROM {items} WHERE {key} = ?")),
                {thing}) &&
           exec(m_connection, m_tables.sql(QStringLiteral("DELETE FROM {changes} WHERE {key} = ?")),
                {thing});
}

} // namespace larder::cloud

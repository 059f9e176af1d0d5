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

IngredientStore::IngredientStore(const QString &connectionName) : m_connection(connectionName) {}

std::optional<Ingredient> IngredientStore::find(const QString &thing, const QString &id) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT document FROM ingredients WHERE thing = ? AND "
                                         "id = ?"),
                          {thing, id});
    return query.next() ? fromDocument(query.value(0)) : std::nullopt;
}

std::optional<Ingredient> IngredientStore::findByName(const QString &thing,
                                                      const QString &name) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT document FROM ingredients WHERE thing = ? AND "
                                         "removed = 0 AND name_folded = ? ORDER BY seq LIMIT 1"),
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
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT count(*) FROM ingredients WHERE thing = ? AND "
                                         "removed = 0"),
                          {thing});
    return query.next() ? query.value(0).toInt() : 0;
}

qint64 IngredientStore::nextSeq(const QString &thing)
{
    if (!exec(m_connection,
              QStringLiteral("INSERT INTO ingredient_sequences (thing, seq) VALUES (?, 1) ON "
                             "CONFLICT (thing) DO UPDATE SET seq = seq + 1"),
              {thing}))
        return 0;
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT seq FROM ingredient_sequences WHERE thing = ?"),
            {thing});
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<IngredientStore::Result> IngredientStore::apply(const QString &thing,
                                                              const Change &change)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return std::nullopt;
    auto fail = [&db]() -> std::optional<Result> {
        db.rollback();
        return std::nullopt;
    };
    const std::optional<Ingredient> current = find(thing, change.itemId);

    // A change applied before: answer as then, change nothing.
    QSqlQuery seen = run(m_connection,
                         QStringLiteral("SELECT outcome FROM ingredient_changes WHERE thing = ? "
                                        "AND change_id = ?"),
                         {thing, change.changeId});
    if (seen.next()) {
        Result result{{Outcome::Kind(seen.value(0).toInt()), current.value_or(Ingredient{}), {}},
                      true};
        if (result.outcome.kind == Outcome::Applied)
            result.outcome.kind = Outcome::Unchanged;
        db.rollback();
        return result;
    }

    Result result{inventory::applyChange(current, change)};
    if (result.outcome.kind == Outcome::Applied && change.kind == Change::Kind::Add &&
        liveCount(thing) >= maxItems) {
        result.full = true;
        db.rollback();
        return result;
    }
    if (result.outcome.kind == Outcome::Applied) {
        Ingredient &item = result.outcome.item;
        item.seq = nextSeq(thing);
        if (item.seq == 0 ||
            !exec(m_connection,
                  QStringLiteral("INSERT INTO ingredients (thing, id, seq, removed, name_folded, "
                                 "document) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (thing, id) DO "
                                 "UPDATE SET seq = excluded.seq, removed = excluded.removed, "
                                 "name_folded = excluded.name_folded, document = "
                                 "excluded.document"),
                  {thing, item.id, item.seq, item.removed ? 1 : 0, item.name.toCaseFolded(),
                   QJsonDocument(item.toJson()).toJson(QJsonDocument::Compact)}))
            return fail();
    }
    // Every change id is remembered, conflicts too: the same replay gets the same answer.
    if (!change.changeId.isEmpty() &&
        !exec(m_connection,
              QStringLiteral("INSERT INTO ingredient_changes (thing, change_id, item_id, outcome, "
                             "at) VALUES (?, ?, ?, ?, ?)"),
              {thing, change.changeId, change.itemId, int(result.outcome.kind), change.at}))
        return fail();
    if (!db.commit())
        return fail();
    return result;
}

IngredientStore::Page IngredientStore::list(const QString &thing, const QString &query,
                                            qint64 since, qint64 after, int limit,
                                            qsizetype maxBytes) const
{
    Page page;
    QSqlQuery latest =
        run(m_connection, QStringLiteral("SELECT seq FROM ingredient_sequences WHERE thing = ?"),
            {thing});
    page.seq = latest.next() ? latest.value(0).toLongLong() : 0;
    QString sql = QStringLiteral("SELECT document FROM ingredients WHERE thing = ? AND seq > ?");
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
    return exec(m_connection, QStringLiteral("DELETE FROM ingredients WHERE thing = ?"), {thing}) &&
           exec(m_connection, QStringLiteral("DELETE FROM ingredient_changes WHERE thing = ?"),
                {thing});
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace larder::cloud::sql {

namespace detail {
/// This thread's connections inside a WriteTransaction: a statement there is never retried on
/// a new connection (the transaction went with the old one).
inline QSet<QString> &inTransaction()
{
    thread_local QSet<QString> names;
    return names;
}
} // namespace detail

/// Opens @p connection again when its server dropped it (PostgreSQL restarted): at most one
/// attempt a second per connection, so a database that is down costs each request little.
/// True when it is open.
inline bool ensureOpen(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (db.isOpen())
        return true;
    thread_local QHash<QString, qint64> lastAttempt;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - lastAttempt.value(connection) < 1000)
        return false;
    lastAttempt.insert(connection, now);
    db.close();
    if (!db.open())
        return false;
    qInfo("larder-cloud: connected to the database again (%s)", qPrintable(connection));
    return true;
}

/// Runs @p sql on @p connection with @p values bound in order and returns the query, for
/// reading rows. Failures are logged (and reported through @p ok). A statement outside a
/// transaction whose connection was lost is tried once more on a new one.
inline QSqlQuery run(const QString &connection, const QString &sql, const QVariantList &values,
                     bool *ok = nullptr)
{
    const auto attempt = [&] {
        QSqlQuery query(QSqlDatabase::database(connection));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        const bool done = query.exec();
        return std::pair{std::move(query), done};
    };
    ensureOpen(connection);
    auto [query, done] = attempt();
    if (!done && !QSqlDatabase::database(connection, false).isOpen() &&
        !detail::inTransaction().contains(connection) && ensureOpen(connection))
        std::tie(query, done) = attempt();
    if (ok)
        *ok = done;
    if (!done)
        qWarning("larder-cloud: %s: %s", qPrintable(sql.left(60)),
                 qPrintable(query.lastError().text()));
    return query;
}

/// @p text for a NOT NULL column: an empty (or null) QString as "", never SQL's NULL.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// run() for statements without rows: true when it succeeded.
inline bool exec(const QString &connection, const QString &sql, const QVariantList &values)
{
    bool ok = false;
    run(connection, sql, values, &ok);
    return ok;
}

/// A transaction that will write, on one connection: rolled back unless committed. Every
/// read-then-write goes through here.
///
/// SQLite: it holds the right to write from its start (BEGIN IMMEDIATE, waiting out the busy
/// timeout for another connection's writer). A deferred transaction that reads first cannot
/// write once another connection has committed after its read: SQLite answers "database is
/// locked" at once, without waiting, and the change is lost.
///
/// PostgreSQL: writers run side by side; those given the same @p serializeOn (a fridge's
/// list, say) wait for each other (an advisory transaction lock), so what one read is still
/// true when it writes: no lost update between instances.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QString &connection, const QString &serializeOn = {})
        : m_db((ensureOpen(connection), QSqlDatabase::database(connection))),
          m_connection(connection)
    {
        QSqlQuery begin(m_db);
        if (m_db.driverName() == QLatin1String("QSQLITE")) {
            m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        } else {
            m_open = m_db.transaction();
            if (m_open && !serializeOn.isEmpty()) {
                begin.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended(?, "
                                             "0))"));
                begin.addBindValue(serializeOn);
                if (!begin.exec())
                    rollback();
            }
        }
        if (!m_open)
            qWarning("larder-cloud: cannot begin a write: %s",
                     qPrintable(begin.lastError().text()));
        else
            detail::inTransaction().insert(m_connection);
    }
    ~WriteTransaction() { rollback(); }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    /// Whether it began (if not, nothing may be written through it).
    explicit operator bool() const { return m_open; }

    /// Keeps what was written; false (and nothing kept) when the commit fails.
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        detail::inTransaction().remove(m_connection);
        if (m_db.commit())
            return true;
        m_db.rollback();
        return false;
    }

    void rollback()
    {
        if (m_open) {
            detail::inTransaction().remove(m_connection);
            m_db.rollback();
        }
        m_open = false;
    }

private:
    QSqlDatabase m_db;
    QString m_connection;
    bool m_open = false;
};

/// Runs @p writes in one transaction on @p connection (one fsync for many rows); false, and
/// nothing kept of a failed commit, when it fails. @p writes says whether each write succeeded
/// (what did succeed is kept).
template <typename Writes> bool inTransaction(const QString &connection, Writes writes)
{
    WriteTransaction transaction(connection);
    if (!transaction)
        return false;
    const bool ok = writes();
    return transaction.commit() && ok;
}

} // namespace larder::cloud::sql

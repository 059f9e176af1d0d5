// SPDX-License-Identifier: MIT
#include "CertificateStore.h"

#include "larder-cloud/SqlQuery.h"

#include <QDateTime>
#include <QVariant>

namespace larder::cloud {

using sql::exec;
using sql::run;

namespace {
const QString kColumns = QStringLiteral("id, cn, status, COALESCE(thing, ''), role, "
                                        "COALESCE(serial, ''), created, COALESCE(expires, 0)");

DeviceCertificate fromRow(const QSqlQuery &query)
{
    return {query.value(0).toString(),   query.value(1).toString(),  query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toString(),  query.value(5).toString(),
            query.value(6).toLongLong(), query.value(7).toLongLong()};
}
} // namespace

CertificateStore::CertificateStore(const QString &connectionName) : m_connection(connectionName) {}

bool CertificateStore::add(const DeviceCertificate &c)
{
    // What had its id or its name goes (the broker knows one certificate per name), token and
    // all, in the same transaction as the new row.
    sql::WriteTransaction transaction(m_connection);
    return transaction &&
           exec(m_connection, QStringLiteral("DELETE FROM certificates WHERE id = ? OR cn = ?"),
                {c.id, c.cn}) &&
           exec(m_connection,
                QStringLiteral("INSERT INTO certificates (id, cn, status, thing, role, serial, "
                               "created, expires) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {c.id, c.cn, c.status, c.thing.isEmpty() ? QVariant() : QVariant(c.thing), c.role,
                 c.serial.isEmpty() ? QVariant() : QVariant(c.serial),
                 c.created ? c.created : QDateTime::currentSecsSinceEpoch(),
                 c.expires ? QVariant(c.expires) : QVariant()}) &&
           transaction.commit();
}

std::optional<DeviceCertificate> CertificateStore::byId(const QString &id) const
{
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT %1 FROM certificates WHERE id = ?").arg(kColumns),
            {id});
    return query.next() ? std::optional(fromRow(query)) : std::nullopt;
}

std::optional<DeviceCertificate> CertificateStore::byCn(const QString &cn) const
{
    QSqlQuery query =
        run(m_connection, QStringLiteral("SELECT %1 FROM certificates WHERE cn = ?").arg(kColumns),
            {cn});
    return query.next() ? std::optional(fromRow(query)) : std::nullopt;
}

QList<DeviceCertificate> CertificateStore::ofThing(const QString &thing) const
{
    QList<DeviceCertificate> out;
    QSqlQuery query =
        run(m_connection,
            QStringLiteral("SELECT %1 FROM certificates WHERE thing = ? ORDER BY created")
                .arg(kColumns),
            {thing});
    while (query.next())
        out << fromRow(query);
    return out;
}

bool CertificateStore::setOwnershipToken(const QString &id, const QByteArray &tokenHash,
                                         qint64 expires)
{
    return exec(m_connection,
                QStringLiteral("UPDATE certificates SET token_hash = ?, token_expires = ? "
                               "WHERE id = ?"),
                {tokenHash, expires, id});
}

std::optional<DeviceCertificate> CertificateStore::byOwnershipToken(const QByteArray &tokenHash,
                                                                    qint64 now) const
{
    QSqlQuery query = run(m_connection,
                          QStringLiteral("SELECT %1 FROM certificates WHERE token_hash = ? AND "
                                         "token_expires > ? AND status = ? AND thing IS NULL")
                              .arg(kColumns),
                          {tokenHash, now, QString::fromLatin1(pending)});
    return query.next() ? std::optional(fromRow(query)) : std::nullopt;
}

bool CertificateStore::attach(const QString &id, const QString &thing)
{
    return exec(m_connection,
                QStringLiteral("UPDATE certificates SET thing = ?, token_hash = NULL, "
                               "token_expires = NULL WHERE id = ?"),
                {thing, id});
}

bool CertificateStore::setStatus(const QString &id, const QString &status)
{
    return exec(m_connection, QStringLiteral("UPDATE certificates SET status = ? WHERE id = ?"),
                {status, id});
}

int CertificateStore::removePendingBefore(qint64 createdBefore)
{
    bool ok = false;
    QSqlQuery query = run(m_connection,
                          QStringLiteral("DELETE FROM certificates WHERE status = ? AND "
                                         "created < ?"),
                          {QString::fromLatin1(pending), createdBefore}, &ok);
    return ok ? query.numRowsAffected() : 0;
}

bool CertificateStore::setPairingSecret(const QString &serial, const QString &model,
                                        const QByteArray &secretHash)
{
    return exec(m_connection,
                QStringLiteral("INSERT INTO reference (serial, model, secret_hash) VALUES (?, ?, "
                               "?) ON CONFLICT(serial) DO UPDATE SET model = excluded.model, "
                               "secret_hash = excluded.secret_hash"),
                {serial, model, QString::fromLatin1(secretHash.toHex())});
}

std::optional<std::pair<QString, QByteArray>>
CertificateStore::reference(const QString &serial) const
{
    QSqlQuery query = run(
        m_connection,
        QStringLiteral("SELECT model, COALESCE(secret_hash, '') FROM reference WHERE serial = ?"),
        {serial});
    if (!query.next())
        return std::nullopt;
    return std::pair{query.value(0).toString(),
                     QByteArray::fromHex(query.value(1).toString().toLatin1())};
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "PluginPostgres.h"

#include <QDateTime>
#include <QUrl>
#include <QUrlQuery>

#include <mosquitto.h>
#include <mosquitto_broker.h>

#include <memory>

namespace larder::cloud {

namespace {
constexpr qint64 kRetryMs = 1000;

struct ResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;
} // namespace

PluginPostgres::~PluginPostgres()
{
    drop();
}

bool PluginPostgres::open(const QString &url)
{
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("postgresql") &&
                              parsed.scheme() != QLatin1String("postgres")))
        return false;
    // Short waits and read-only sessions, whatever the URL says.
    QUrlQuery query(parsed);
    query.removeAllQueryItems(QStringLiteral("connect_timeout"));
    query.removeAllQueryItems(QStringLiteral("options"));
    query.addQueryItem(QStringLiteral("connect_timeout"), QStringLiteral("2"));
    query.addQueryItem(QStringLiteral("options"), QStringLiteral("-c statement_timeout=2000 -c "
                                                                 "default_transaction_read_only=on")
                                                      .replace(u' ', QStringLiteral("%20"))
                                                      .replace(u'=', QStringLiteral("%3D")));
    query.addQueryItem(QStringLiteral("application_name"), QStringLiteral("larder-broker-auth"));
    parsed.setQuery(query);
    m_url = parsed.toEncoded();
    if (!connected())
        mosquitto_log_printf(MOSQ_LOG_WARNING,
                             "larder-auth: the database is not reachable yet; denying until it is");
    return true;
}

void PluginPostgres::drop()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
    m_prepared.clear();
}

bool PluginPostgres::connected()
{
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastAttemptMs && now - m_lastAttemptMs < kRetryMs)
        return false;
    m_lastAttemptMs = now;
    drop();
    m_conn = PQconnectdb(m_url.constData());
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    mosquitto_log_printf(MOSQ_LOG_WARNING, "larder-auth: cannot reach the database: %s",
                         PQerrorMessage(m_conn));
    drop();
    return false;
}

QByteArray PluginPostgres::numbered(const char *sql)
{
    QByteArray out;
    int n = 0;
    bool quoted = false;
    for (const char *c = sql; *c; ++c) {
        if (*c == '\'')
            quoted = !quoted;
        if (*c == '?' && !quoted)
            out += '$' + QByteArray::number(++n);
        else
            out += *c;
    }
    return out;
}

QStringList PluginPostgres::row(const char *sql, const QStringList &values, bool *found)
{
    *found = false;
    QStringList out;
    if (!connected())
        return out;
    const QByteArray key(sql);
    QByteArray name = m_prepared.value(key);
    if (name.isEmpty()) {
        name = "larder_" + QByteArray::number(m_prepared.size() + 1);
        const Result prepared(
            PQprepare(m_conn, name.constData(), numbered(sql).constData(), 0, nullptr));
        if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) {
            mosquitto_log_printf(MOSQ_LOG_ERR, "larder-auth: %s", PQerrorMessage(m_conn));
            if (PQstatus(m_conn) != CONNECTION_OK)
                drop();
            return out;
        }
        m_prepared.insert(key, name);
    }
    QList<QByteArray> utf8;
    QList<const char *> pointers;
    for (const QString &value : values)
        utf8.append(value.toUtf8());
    for (const QByteArray &value : std::as_const(utf8))
        pointers.append(value.constData());
    const Result result(PQexecPrepared(m_conn, name.constData(), int(pointers.size()),
                                       pointers.constData(), nullptr, nullptr, 0));
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        mosquitto_log_printf(MOSQ_LOG_WARNING, "larder-auth: %s", PQerrorMessage(m_conn));
        if (PQstatus(m_conn) != CONNECTION_OK)
            drop(); // next time (after a second): a new connection
        return out;
    }
    if (PQntuples(result.get()) == 0)
        return out;
    *found = true;
    for (int column = 0; column < PQnfields(result.get()); ++column)
        out << QString::fromUtf8(PQgetvalue(result.get(), 0, column));
    return out;
}

} // namespace larder::cloud

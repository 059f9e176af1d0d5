// SPDX-License-Identifier: MIT
// The test PostgreSQL (tests/support/PostgresServer, the scale-out issue's fixture): a cluster of
// its own made and started on a free loopback port — as `postgres` when the tests run as root —
// that Qt's QPSQL driver reaches with the run's password and no other; what is written there is
// there after a stop and a start, and a crash (kill -9) loses nothing committed.
#include "PostgresServer.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
QSqlDatabase open(const PostgresServer &server, const QString &name, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(server.port());
    db.setDatabaseName(QStringLiteral("larder"));
    db.setUserName(server.user());
    db.setPassword(password);
    db.open();
    return db;
}
} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT
private slots:
    void aClusterOfItsOwnAnswersWithItsPassword()
    {
        QVERIFY2(QSqlDatabase::isDriverAvailable("QPSQL"), "libqt6sql6-psql (tools/setup)");
        PostgresServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY(server.url().startsWith("postgresql://larder:"));
        {
            QSqlDatabase db = open(server, "pg-main", server.password());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec("CREATE TABLE things (name TEXT PRIMARY KEY, version BIGINT)"));
            QVERIFY(query.exec("INSERT INTO things VALUES ('LRD1', 7)"));
            QVERIFY(query.exec("SELECT version FROM things WHERE name = 'LRD1'") && query.next());
            QCOMPARE(query.value(0).toLongLong(), 7);
            QSqlDatabase wrong = open(server, "pg-wrong", "not-the-password");
            QVERIFY(!wrong.isOpen());
        }
        QSqlDatabase::removeDatabase("pg-main");
        QSqlDatabase::removeDatabase("pg-wrong");

        // A crash loses nothing committed: kill -9, start again, the row is there.
        QVERIFY(server.kill());
        QVERIFY2(server.restart(&error), qPrintable(error));
        {
            QSqlDatabase db = open(server, "pg-again", server.password());
            QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
            QSqlQuery query(db);
            QVERIFY(query.exec("SELECT version FROM things WHERE name = 'LRD1'") && query.next());
            QCOMPARE(query.value(0).toLongLong(), 7);
        }
        QSqlDatabase::removeDatabase("pg-again");
        QVERIFY(server.stop());
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"

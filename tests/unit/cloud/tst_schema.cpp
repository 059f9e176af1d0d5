// SPDX-License-Identifier: MIT
// One schema with ordered migrations: a data directory of the previous layout (each store making
// its own tables, fridges without names, no version) opens with every row still there.
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/storage/Schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace larder::cloud;

namespace {
/// Takes a current database on @p connection back to schema @p version: drops what each later
/// version added, as a data dir of that release would be.
bool backTo(const QString &connection, int version)
{
    // Newest first: a later version may change a table an earlier one made.
    const QList<std::pair<int, QStringList>> added{
        {19, {"DROP TABLE throttle_events"}},
        {18, {"DROP TABLE cluster_members"}},
        {17, {"DROP INDEX commands_order", "ALTER TABLE commands DROP COLUMN ordinal"}},
        {16,
         {"DROP TABLE device_timeline", "ALTER TABLE certificates DROP COLUMN expires",
          "DROP TABLE support_reports"}},
        {15, {"DROP TABLE support_consents", "DROP TABLE support_audit"}},
        {14, {"DROP TABLE thing_groups", "DROP TABLE thing_group_members"}},
        {13, {"DROP TABLE temperature_history"}},
        {12, {"ALTER TABLE users DROP COLUMN name", "ALTER TABLE members DROP COLUMN name"}},
        {11, {"ALTER TABLE events DROP COLUMN limit_c", "ALTER TABLE events DROP COLUMN since"}},
        {10, {"DROP TABLE commands"}},
        {9, {"DROP TABLE settings"}},
        {8, {"DROP TABLE events"}},
        {7, {"DROP TABLE shelf_photos"}},
        {6, {"DROP TABLE board_posts", "DROP TABLE board_seen"}},
        {5, {"ALTER TABLE media_objects DROP COLUMN upload_id"}},
        {4, {"DROP TABLE media_objects"}},
        {2,
         {"DROP TABLE ingredients", "DROP TABLE ingredient_sequences",
          "DROP TABLE ingredient_changes"}},
        {3,
         {"DROP TABLE shopping_items", "DROP TABLE shopping_sequences",
          "DROP TABLE shopping_changes", "DROP INDEX IF EXISTS ingredients_live"}},
    };
    QSqlQuery query(QSqlDatabase::database(connection));
    for (const auto &[since, statements] : added)
        if (since > version)
            for (const QString &statement : statements)
                if (!query.exec(statement))
                    return false;
    return query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

/// Runs @p statements on a fresh connection to @p path.
bool write(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "setup");
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("setup");
    return ok;
}

int count(const QString &connection, const QString &table)
{
    QSqlQuery query(QSqlDatabase::database(connection));
    return query.exec("SELECT COUNT(*) FROM " + table) && query.next() ? query.value(0).toInt()
                                                                       : -1;
}
} // namespace

class TestSchema : public QObject
{
    Q_OBJECT
private slots:
    void previousLayoutKeepsEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        // As the stores made it before the schema had versions (thing_families without names).
        // Long statements are split over adjacent literals on purpose.
        // NOLINTBEGIN(bugprone-suspicious-missing-comma)
        QVERIFY(write(
            path,
            {"CREATE TABLE things (name TEXT PRIMARY KEY, created INTEGER NOT NULL)",
             "CREATE TABLE shadows (thing TEXT NOT NULL, name TEXT NOT NULL, document TEXT NOT "
             "NULL, PRIMARY KEY (thing, name))",
             "CREATE TABLE reference (serial TEXT PRIMARY KEY, model TEXT NOT NULL, secret_hash "
             "TEXT)",
             "CREATE TABLE certificates (id TEXT PRIMARY KEY, cn TEXT NOT NULL UNIQUE, status TEXT "
             "NOT NULL, thing TEXT, role TEXT NOT NULL, serial TEXT, created INTEGER NOT NULL, "
             "token_hash BLOB, token_expires INTEGER)",
             "CREATE TABLE users (sub TEXT PRIMARY KEY, username TEXT UNIQUE NOT NULL, email TEXT "
             "NOT NULL, password_hash BLOB NOT NULL, confirmed INTEGER NOT NULL DEFAULT 0, groups "
             "TEXT NOT NULL DEFAULT '', created INTEGER NOT NULL)",
             "CREATE TABLE families (id TEXT PRIMARY KEY, name TEXT NOT NULL, owner_sub TEXT NOT "
             "NULL, created INTEGER NOT NULL)",
             "CREATE TABLE members (family_id TEXT NOT NULL, sub TEXT NOT NULL, email TEXT NOT "
             "NULL, joined INTEGER NOT NULL, PRIMARY KEY (family_id, sub))",
             "CREATE TABLE thing_families (thing TEXT PRIMARY KEY, family_id TEXT NOT NULL)",
             "INSERT INTO things VALUES ('fridge-1', 1), ('fridge-2', 2)",
             "INSERT INTO shadows VALUES ('fridge-1', '', '{\"exists\":true,\"version\":7}')",
             "INSERT INTO reference VALUES ('LRD00000001', 'LF-500', NULL)",
             "INSERT INTO certificates (id, cn, status, thing, role, created) VALUES ('c1', "
             "'fridge-1', 'ACTIVE', 'fridge-1', 'appliance', 1)",
             "INSERT INTO users VALUES ('s1', 'ann@example.com', 'ann@example.com', x'00', 1, '', "
             "1)",
             "INSERT INTO families VALUES ('f1', 'Home', 's1', 1)",
             "INSERT INTO members VALUES ('f1', 's1', 'ann@example.com', 1)",
             "INSERT INTO thing_families VALUES ('fridge-1', 'f1')"}));
        // NOLINTEND(bugprone-suspicious-missing-comma)
        CloudStore store(path, "migrated");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("migrated"), schema::current);
        for (const auto &[table, rows] :
             {std::pair{"things", 2}, std::pair{"shadows", 1}, std::pair{"reference", 1},
              std::pair{"certificates", 1}, std::pair{"users", 1}, std::pair{"families", 1},
              std::pair{"members", 1}, std::pair{"thing_families", 1}, std::pair{"sessions", 0},
              std::pair{"invitations", 0}, std::pair{"registrations", 0},
              std::pair{"ingredients", 0}, std::pair{"ingredient_changes", 0}})
            QVERIFY2(count("migrated", table) == rows, table);
        QSqlQuery named(QSqlDatabase::database("migrated"));
        QVERIFY(named.exec("SELECT name FROM thing_families WHERE thing = 'fridge-1'"));
        QVERIFY(named.next());
        QCOMPARE(named.value(0).toString(), QString()); // the column the fridge names added
        QCOMPARE(store.loadShadow("fridge-1", {})->value("version").toInt(), 7);
    }
    void versionOneGainsTheIngredientTablesAndKeepsItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        {
            // A data dir as the last release left it: schema version 1, a fridge in a family.
            CloudStore first(path, "v1");
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
            QVERIFY(first.registerThing("fridge-1", &error));
            QVERIFY(backTo("v1", 1));
        }
        CloudStore store(path, "v2");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("v2"), schema::current);
        QVERIFY(store.thingExists("fridge-1"));
        QCOMPARE(count("v2", "ingredients"), 0);
        QSqlQuery add(QSqlDatabase::database("v2"));
        QVERIFY(add.exec("INSERT INTO ingredients VALUES ('fridge-1', 'i1', 1, 0, 'milk', '{}')"));
    }
    void versionTwoGainsTheShoppingTablesAndKeepsItsItems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        {
            // Version 2: a fridge's list, no shopping lists yet.
            CloudStore first(path, "at2");
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
            QSqlQuery back(QSqlDatabase::database("at2"));
            QVERIFY(back.exec("INSERT INTO ingredients VALUES ('fridge-1', 'i1', 1, 0, 'milk', "
                              "'{}')"));
            QVERIFY(backTo("at2", 2));
        }
        CloudStore store(path, "v3");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("v3"), schema::current);
        QCOMPARE(count("v3", "ingredients"), 1);
        QCOMPARE(count("v3", "shopping_items"), 0);
        QSqlQuery add(QSqlDatabase::database("v3"));
        QVERIFY(
            add.exec("INSERT INTO shopping_items VALUES ('family-1', 's1', 1, 0, 'milk', '{}')"));
    }
    void versionFourGainsOpenUploadsAndKeepsItsObjects()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        {
            CloudStore first(path, "at4");
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
            QVERIFY(backTo("at4", 4));
            QSqlQuery add(QSqlDatabase::database("at4"));
            QVERIFY(
                add.exec("INSERT INTO media_objects (path, family, owner, kind, content_type, "
                         "max_bytes, author, created_at) VALUES ('/media/f/family/photo/a.jpg', "
                         "'f', 'family', 'photo', 'image/jpeg', 10, 'ann', 1)"));
        }
        CloudStore store(path, "v5");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("v5"), schema::current);
        QSqlQuery read(QSqlDatabase::database("v5"));
        QVERIFY(read.exec("SELECT kind, upload_id FROM media_objects"));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QStringLiteral("photo"));
        QVERIFY(read.value(1).isNull());
    }
    void versionSixGainsShelfPhotos()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        {
            CloudStore first(path, "at6");
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
            QVERIFY(backTo("at6", 6));
        }
        CloudStore store(path, "v7");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("v7"), schema::current);
        QSqlQuery add(QSqlDatabase::database("v7"));
        QVERIFY(add.exec("INSERT INTO shelf_photos VALUES ('LRD1', 'top', '/media/f/LRD1/"
                         "snapshot/a.jpg', 5)"));
        // One photo per shelf of a fridge.
        QVERIFY(!add.exec("INSERT INTO shelf_photos VALUES ('LRD1', 'top', '/media/f/LRD1/"
                          "snapshot/b.jpg', 6)"));
    }
    void migratingTwiceChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        {
            CloudStore first(path, "first");
            QString error;
            QVERIFY2(first.open(&error), qPrintable(error));
            QVERIFY(first.registerThing("fridge-9", &error));
        }
        CloudStore again(path, "again");
        QString error;
        QVERIFY2(again.open(&error), qPrintable(error));
        QCOMPARE(schema::versionOf("again"), schema::current);
        QVERIFY(again.thingExists("fridge-9"));
    }
    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("larder.sqlite");
        QVERIFY(write(path, {"PRAGMA user_version = 99"}));
        CloudStore store(path, "newer");
        QString error;
        QVERIFY(!store.open(&error));
        QVERIFY2(error.contains("newer"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"

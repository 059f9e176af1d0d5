// SPDX-License-Identifier: MIT
#include "Schema.h"

#include "Dialect.h"
#include "larder-cloud/SqlQuery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace larder::cloud::schema {

namespace {

struct Migration
{
    int version;
    QStringList statements;
    /// What plain statements cannot say (e.g. add a column only where it is missing).
    std::function<bool(QSqlDatabase &, QString *)> fixUp;
};

bool hasColumn(QSqlDatabase &db, const QString &table, const QString &column)
{
    return dialect::hasColumn(db, table, column);
}

/// Version 1: every table as the accounts, onboarding and hardening issues left them. The
/// statements say IF NOT EXISTS, so data directories from before versions were kept (version 0,
/// each store making its own tables) are adopted as they are.
const QList<Migration> &migrations()
{
    static const QList<Migration> all{
        {1,
         {
             // things and their shadows; the manufacturer's reference table
             QStringLiteral("CREATE TABLE IF NOT EXISTS things (name TEXT PRIMARY KEY, "
                            "created INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS shadows (thing TEXT NOT NULL, name TEXT "
                            "NOT NULL, document TEXT NOT NULL, PRIMARY KEY (thing, name))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS reference (serial TEXT PRIMARY KEY, "
                            "model TEXT NOT NULL, secret_hash TEXT)"),
             // the certificate registry (the broker plugin reads it)
             QStringLiteral("CREATE TABLE IF NOT EXISTS certificates (id TEXT PRIMARY KEY, cn "
                            "TEXT NOT NULL UNIQUE, status TEXT NOT NULL, thing TEXT, role TEXT "
                            "NOT NULL, serial TEXT, created INTEGER NOT NULL, token_hash BLOB, "
                            "token_expires INTEGER)"),
             QStringLiteral(
                 "CREATE INDEX IF NOT EXISTS certificates_thing ON certificates (thing)"),
             // accounts
             QStringLiteral("CREATE TABLE IF NOT EXISTS users (sub TEXT PRIMARY KEY, username "
                            "TEXT UNIQUE NOT NULL, email TEXT NOT NULL, password_hash BLOB NOT "
                            "NULL, confirmed INTEGER NOT NULL DEFAULT 0, groups TEXT NOT NULL "
                            "DEFAULT '', created INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS codes (username TEXT NOT NULL, purpose "
                            "TEXT NOT NULL, code_hash BLOB NOT NULL, expires INTEGER NOT NULL, "
                            "attempts INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (username, "
                            "purpose))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS sessions (session TEXT PRIMARY KEY, "
                            "token_hash BLOB UNIQUE NOT NULL, sub TEXT NOT NULL, client_id TEXT "
                            "NOT NULL, issued INTEGER NOT NULL, expires INTEGER NOT NULL)"),
             // families, their members, invitations and fridges; pairing
             QStringLiteral("CREATE TABLE IF NOT EXISTS families (id TEXT PRIMARY KEY, name "
                            "TEXT NOT NULL, owner_sub TEXT NOT NULL, created INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS members (family_id TEXT NOT NULL, sub "
                            "TEXT NOT NULL, email TEXT NOT NULL, joined INTEGER NOT NULL, "
                            "PRIMARY KEY (family_id, sub))"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS invitations (code_hash BLOB PRIMARY "
                            "KEY, family_id TEXT NOT NULL, by_sub TEXT NOT NULL, expires "
                            "INTEGER NOT NULL, used INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS thing_families (thing TEXT PRIMARY KEY, "
                            "family_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE IF NOT EXISTS registrations (id TEXT PRIMARY KEY, "
                            "device_id TEXT NOT NULL, device_name TEXT NOT NULL, model TEXT NOT "
                            "NULL, family_id TEXT NOT NULL, user_sub TEXT NOT NULL, status TEXT "
                            "NOT NULL, created INTEGER NOT NULL, updated INTEGER NOT NULL)"),
         },
         [](QSqlDatabase &db, QString *error) {
             // Data directories from before fridges had names in their family.
             if (hasColumn(db, QStringLiteral("thing_families"), QStringLiteral("name")))
                 return true;
             QSqlQuery alter(db);
             if (alter.exec(QStringLiteral(
                     "ALTER TABLE thing_families ADD COLUMN name TEXT NOT NULL DEFAULT ''")))
                 return true;
             *error = alter.lastError().text();
             return false;
         }},
        // Version 2: what is in each fridge (the ingredients issue). An item's document is its
        // JSON (inventory::Ingredient); `seq` is the fridge's change number of its last change,
        // so `?since=` and paging read one index. Applied change ids make replays apply once.
        {2,
         {
             QStringLiteral("CREATE TABLE ingredients (thing TEXT NOT NULL, id TEXT NOT NULL, seq "
                            "INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, name_folded "
                            "TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (thing, id))"),
             QStringLiteral("CREATE UNIQUE INDEX ingredients_seq ON ingredients (thing, seq)"),
             QStringLiteral("CREATE TABLE ingredient_sequences (thing TEXT PRIMARY KEY, seq "
                            "INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE ingredient_changes (thing TEXT NOT NULL, change_id TEXT "
                            "NOT NULL, item_id TEXT NOT NULL, outcome INTEGER NOT NULL, at INTEGER "
                            "NOT NULL, PRIMARY KEY (thing, change_id))"),
         },
         {}},
        // Version 3: each family's shopping list, in tables of the ingredients' shape (one
        // store serves both), keyed by family id; and indexes for counting live items.
        {3,
         {
             QStringLiteral("CREATE TABLE shopping_items (family TEXT NOT NULL, id TEXT NOT NULL, "
                            "seq INTEGER NOT NULL, removed INTEGER NOT NULL DEFAULT 0, name_folded "
                            "TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY (family, id))"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX shopping_items_seq ON shopping_items (family, seq)"),
             QStringLiteral("CREATE TABLE shopping_sequences (family TEXT PRIMARY KEY, seq INTEGER "
                            "NOT NULL)"),
             QStringLiteral("CREATE TABLE shopping_changes (family TEXT NOT NULL, change_id TEXT "
                            "NOT NULL, item_id TEXT NOT NULL, outcome INTEGER NOT NULL, at INTEGER "
                            "NOT NULL, PRIMARY KEY (family, change_id))"),
             // Counting a list's live items (its limit, on every add) reads an index, not
             // every item's row.
             QStringLiteral("CREATE INDEX ingredients_live ON ingredients (thing, removed)"),
             QStringLiteral("CREATE INDEX shopping_items_live ON shopping_items (family, removed)"),
         },
         {}},
        // Version 4: the objects of the media store, reserved when an upload URL is handed out
        // and marked stored once the upload is checked (size, content, SHA-256).
        {4,
         {
             QStringLiteral("CREATE TABLE media_objects (path TEXT PRIMARY KEY, family TEXT NOT "
                            "NULL, owner TEXT NOT NULL, kind TEXT NOT NULL, content_type TEXT NOT "
                            "NULL, max_bytes INTEGER NOT NULL, author TEXT NOT NULL, created_at "
                            "INTEGER NOT NULL, stored INTEGER NOT NULL DEFAULT 0, size INTEGER, "
                            "sha256 TEXT)"),
             QStringLiteral("CREATE INDEX media_objects_family ON media_objects (family)"),
         },
         {}},
        // Version 5: an object's open multipart upload (its parts are files under the store's
        // parts folder until the upload is completed or aborted).
        {5,
         {
             QStringLiteral("ALTER TABLE media_objects ADD COLUMN upload_id TEXT"),
         },
         {}},
        // Version 6: the family board — posts (a voice message, a photo, a recipe card), each
        // with at most one stored object, and who has seen which.
        {6,
         {
             QStringLiteral("CREATE TABLE board_posts (id TEXT PRIMARY KEY, family TEXT NOT NULL, "
                            "kind TEXT NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL, "
                            "media_key TEXT UNIQUE, duration_ms INTEGER NOT NULL DEFAULT 0, "
                            "author TEXT NOT NULL, author_name TEXT NOT NULL, created_at "
                            "INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX board_posts_family ON board_posts (family, created_at)"),
             QStringLiteral("CREATE TABLE board_seen (post TEXT NOT NULL, viewer TEXT NOT NULL, "
                            "viewer_name TEXT NOT NULL, at INTEGER NOT NULL, PRIMARY KEY (post, "
                            "viewer))"),
         },
         {}},
        // Version 7: "look inside" — the latest photo of each shelf of a fridge (a stored
        // snapshot object of that fridge), taken when its door last closed.
        {7,
         {
             QStringLiteral("CREATE TABLE shelf_photos (thing TEXT NOT NULL, shelf TEXT NOT NULL, "
                            "media_key TEXT NOT NULL UNIQUE, taken_at INTEGER NOT NULL, "
                            "PRIMARY KEY (thing, shelf))"),
         },
         {}},
        // Version 8: events and alerts — each alert raised or cleared by the rules, with its
        // acknowledgement and suppression (for the whole family).
        {8,
         {
             QStringLiteral(
                 "CREATE TABLE events (id TEXT PRIMARY KEY, thing TEXT NOT NULL, "
                 "family TEXT NOT NULL, type TEXT NOT NULL, condition TEXT NOT NULL, "
                 "raised INTEGER NOT NULL, open INTEGER NOT NULL DEFAULT 0, message TEXT "
                 "NOT NULL, value REAL NOT NULL DEFAULT 0, ack INTEGER NOT NULL DEFAULT "
                 "0, suppress INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, "
                 "updated_at INTEGER NOT NULL, sent_at INTEGER)"),
             QStringLiteral("CREATE INDEX events_family ON events (family, created_at)"),
             QStringLiteral("CREATE INDEX events_thing ON events (thing, created_at)"),
         },
         {}},
        // Version 9: settings (`/settings/config/{settingId}`): a family's alert thresholds,
        // a person's alert level.
        {9,
         {
             QStringLiteral("CREATE TABLE settings (scope TEXT NOT NULL, id TEXT NOT NULL, value "
                            "TEXT NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (scope, id))"),
         },
         {}},
        // Version 10: commands — each an AWS IoT job execution for one fridge, sent by a member
        // of its family, moved on by the fridge over the Jobs topics.
        {10,
         {
             QStringLiteral(
                 "CREATE TABLE commands (id TEXT PRIMARY KEY, thing TEXT NOT NULL, family TEXT "
                 "NOT NULL, created_by TEXT NOT NULL, document TEXT NOT NULL, status TEXT NOT "
                 "NULL, status_details TEXT NOT NULL, queued_at INTEGER NOT NULL, started_at "
                 "INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL, version INTEGER NOT "
                 "NULL, execution_number INTEGER NOT NULL, expires_at INTEGER NOT NULL, "
                 "in_progress_timeout INTEGER NOT NULL, step_deadline INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE INDEX commands_thing ON commands (thing, queued_at)"),
             QStringLiteral("CREATE INDEX commands_status ON commands (status)"),
         },
         {}},
        // Version 11: an alert says when its condition began and, for a temperature, the limit
        // it is above (the apps show "20.1° — above 8° for 34 min").
        {11,
         {
             QStringLiteral("ALTER TABLE events ADD COLUMN limit_c REAL NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE events ADD COLUMN since INTEGER NOT NULL DEFAULT 0"),
         },
         {}},
        // Version 12: people by name — the account's display name (Cognito's `name` attribute)
        // and the copy each family shows, kept current from the caller's ID token.
        {12,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE members ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
         },
         {}},
        // Version 13: each fridge's temperature history, in buckets of a minute (kept a day) and
        // of 15 minutes (kept 30 days): sums and counts for the averages, the setpoints last
        // seen, how often the door opened.
        {13,
         {
             QStringLiteral(
                 "CREATE TABLE temperature_history (thing TEXT NOT NULL, bucket_s INTEGER NOT "
                 "NULL, at INTEGER NOT NULL, fridge_sum REAL NOT NULL DEFAULT 0, fridge_n "
                 "INTEGER NOT NULL DEFAULT 0, freezer_sum REAL NOT NULL DEFAULT 0, freezer_n "
                 "INTEGER NOT NULL DEFAULT 0, fridge_set REAL, freezer_set REAL, door_openings "
                 "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (thing, bucket_s, at))"),
         },
         {}},
        // Version 14: the fleet's own organisation (the diagnostics issue): static thing groups by
        // name, and which things each holds. Technical only: no family is named here.
        {14,
         {
             QStringLiteral("CREATE TABLE thing_groups (name TEXT PRIMARY KEY, description TEXT "
                            "NOT NULL DEFAULT '', created INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE thing_group_members (group_name TEXT NOT NULL, thing "
                            "TEXT NOT NULL, PRIMARY KEY (group_name, thing))"),
             QStringLiteral(
                 "CREATE INDEX thing_group_members_thing ON thing_group_members (thing)"),
         },
         {}},
        // Version 15: support access (the diagnostics issue). A family's consent for one fridge —
        // its case code kept as a SHA-256 only — and the audit trail of every grant, end, look and
        // action, which the family reads and nobody edits.
        {15,
         {
             QStringLiteral("CREATE TABLE support_consents (id TEXT PRIMARY KEY, thing TEXT NOT "
                            "NULL, family_id TEXT NOT NULL, granted_by TEXT NOT NULL, code_hash "
                            "BLOB NOT NULL, created INTEGER NOT NULL, expires INTEGER NOT NULL, "
                            "ended INTEGER NOT NULL DEFAULT 0, allow_writes INTEGER NOT NULL "
                            "DEFAULT 0, agent TEXT NOT NULL DEFAULT '', agent_name TEXT NOT NULL "
                            "DEFAULT '')"),
             QStringLiteral(
                 "CREATE INDEX support_consents_thing ON support_consents (thing, family_id)"),
             QStringLiteral("CREATE INDEX support_consents_code ON support_consents (code_hash)"),
             QStringLiteral("CREATE INDEX support_consents_agent ON support_consents (agent)"),
             QStringLiteral("CREATE TABLE support_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "thing TEXT NOT NULL, family_id TEXT NOT NULL, consent_id TEXT NOT "
                            "NULL DEFAULT '', actor_kind TEXT NOT NULL, actor_name TEXT NOT NULL "
                            "DEFAULT '', action TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '', "
                            "at INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX support_audit_thing ON support_audit (thing, family_id, at)"),
         },
         {}},
        // Version 16: the inspector's timeline (the diagnostics issue): each fridge's recent
        // connections and shadow versions (what changed in each), bounded per fridge; and when
        // each device certificate expires (unknown for those issued before); the reports door
        // tablets send support.
        {16,
         {
             QStringLiteral("ALTER TABLE certificates ADD COLUMN expires INTEGER"),
             QStringLiteral("CREATE TABLE device_timeline (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "thing TEXT NOT NULL, at INTEGER NOT NULL, kind TEXT NOT NULL, "
                            "version INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT "
                            "'')"),
             QStringLiteral("CREATE INDEX device_timeline_thing ON device_timeline (thing, id)"),
             // The diagnostic reports a door tablet sent support (a fridge's own are commands).
             QStringLiteral("CREATE TABLE support_reports (id TEXT PRIMARY KEY, thing TEXT NOT "
                            "NULL, family_id TEXT NOT NULL, source TEXT NOT NULL, object_key TEXT "
                            "NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, created "
                            "INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX support_reports_thing ON support_reports (thing, family_id)"),
             QStringLiteral(
                 "CREATE UNIQUE INDEX support_reports_key ON support_reports (object_key)"),
         },
         {}},
        // Version 17: a fridge's commands in the order they were sent, by a number of their
        // own (SQLite's rowid said it before; PostgreSQL has none). A new command takes its
        // fridge's highest plus one.
        {17,
         {
             QStringLiteral("ALTER TABLE commands ADD COLUMN ordinal INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE INDEX commands_order ON commands (thing, ordinal)"),
         },
         [](QSqlDatabase &db, QString *error) {
             if (dialect::of(db) != dialect::Engine::Sqlite)
                 return true; // a PostgreSQL database starts at this version's layout
             QSqlQuery number(db);
             if (number.exec(QStringLiteral("UPDATE commands SET ordinal = rowid")))
                 return true;
             *error = number.lastError().text();
             return false;
         }},
        // Version 18: the larder-cloud instances serving this database, each with its role,
        // its HTTP address and when it was last heard of (cluster/ClusterMembers).
        {18,
         {
             QStringLiteral("CREATE TABLE cluster_members (id TEXT PRIMARY KEY, role TEXT NOT "
                            "NULL, address TEXT NOT NULL, started_at INTEGER NOT NULL, seen_at "
                            "INTEGER NOT NULL)"),
         },
         {}},
        // Version 19: the failures throttles count (cluster/Throttle), for every instance at
        // once: a hashed key (its scope and who) and when.
        {19,
         {
             QStringLiteral("CREATE TABLE throttle_events (key TEXT NOT NULL, at INTEGER NOT "
                            "NULL)"),
             QStringLiteral("CREATE INDEX throttle_events_key ON throttle_events (key, at)"),
         },
         {}},
    };
    return all;
}

} // namespace

int versionOf(const QString &connection)
{
    return dialect::schemaVersion(connection);
}

bool migrate(const QString &connection, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection);
    if (versionOf(connection) == current)
        return true; // nothing to write
    const dialect::Engine engine = dialect::of(db);
    for (const Migration &migration : migrations()) {
        // The version is read again within each migration's transaction: another instance
        // starting at the same time may have applied it meanwhile.
        sql::WriteTransaction transaction(connection);
        const int found =
            transaction && dialect::lockSchema(connection) ? versionOf(connection) : -1;
        if (found < 0) {
            *error = QStringLiteral("Cannot read the database's schema version: %1")
                         .arg(db.lastError().text());
            return false;
        }
        if (found > current) {
            *error = QStringLiteral("The database has schema version %1, newer than this "
                                    "larder-cloud knows (%2): use a newer larder-cloud")
                         .arg(found)
                         .arg(current);
            return false;
        }
        if (migration.version <= found)
            continue;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(db);
            if (!query.exec(dialect::ddl(engine, statement))) {
                *error = QStringLiteral("Schema version %1: %2")
                             .arg(migration.version)
                             .arg(query.lastError().text());
                return false;
            }
        }
        if (migration.fixUp && !migration.fixUp(db, error))
            return false;
        QString why;
        if (!dialect::setSchemaVersion(connection, migration.version, &why) ||
            !transaction.commit()) {
            *error = QStringLiteral("Schema version %1: %2")
                         .arg(migration.version)
                         .arg(why.isEmpty() ? db.lastError().text() : why);
            return false;
        }
    }
    return true;
}

} // namespace larder::cloud::schema

// SPDX-License-Identifier: MIT
// Support's fleet search over 10,000 indexed fridges: each query of the kinds (name
// prefix, mode, connectivity, firmware prefix, a temperature range, a compound with AND / OR /
// NOT) parsed and answered with its first page, against a baseline measured in the same run: a
// plain SQLite lookup of one thing by its indexed name (a prepared statement, 10,000 rows). Also
// one shadow change folded into the index (what keeps its lag small), against the same baseline.
#include "BenchSupport.h"
#include "Percentiles.h"

#include "larder-cloud/fleet/FleetIndex.h"
#include "shadow/ShadowDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace larder::cloud::fleet;

namespace {
constexpr int kFridges = 10'000;

QString nameOf(int i)
{
    return QStringLiteral("LRD%1").arg(i, 8, 10, QChar(u'0'));
}

larder::shadow::ShadowDocument shadowOf(int i, int version)
{
    static const char *modes[] = {"normal", "eco", "vacation", "superCool", "superFreeze"};
    static const char *firmware[] = {"1.4.2", "1.4.3", "1.5.0", "1.5.1", "2.0.0"};
    const QJsonObject reported{
        {"fridge",
         QJsonObject{{"temperature", 2.0 + (i * 7 + version) % 90 / 10.0}, {"setpoint", 4}}},
        {"freezer", QJsonObject{{"temperature", -18.0 - i % 5}, {"setpoint", -18}}},
        {"mode", modes[(i + version) % 5]},
        {"firmware", firmware[i % 5]},
        {"model", i % 3 ? "LF-300" : "LF-500"},
        {"doorOpen", i % 11 == 0},
        {"connected", i % 7 != 0}};
    larder::shadow::ShadowDocument doc;
    doc.update(QJsonDocument(QJsonObject{{"state", QJsonObject{{"reported", reported}}}}).toJson(),
               1'700'000'000 + version);
    return doc;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = std::max(5, benchSamples() / 20);

    FleetIndex index;
    QElapsedTimer loading;
    loading.start();
    for (int i = 0; i < kFridges; ++i) {
        index.setRegistry(nameOf(i), {}, i % 10 == 0 ? QStringList{"pilot"} : QStringList{});
        index.setShadow(nameOf(i), shadowOf(i, 0));
        if (i % 13 == 0)
            index.setOpenAlerts(nameOf(i), 1);
    }
    const double loadMs = double(loading.nsecsElapsed()) / 1e6;

    // The baseline: one thing by its indexed name in SQLite.
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(dir.filePath(QStringLiteral("things.sqlite")));
    if (!db.open())
        return 1;
    QSqlQuery make(db);
    make.exec(QStringLiteral("CREATE TABLE things (name TEXT PRIMARY KEY, created INTEGER)"));
    db.transaction();
    make.prepare(QStringLiteral("INSERT INTO things (name, created) VALUES (?, ?)"));
    for (int i = 0; i < kFridges; ++i) {
        make.addBindValue(nameOf(i));
        make.addBindValue(i);
        make.exec();
    }
    db.commit();
    QSqlQuery lookup(db);
    lookup.prepare(QStringLiteral("SELECT name, created FROM things WHERE name = ?"));
    QList<double> baseline;
    const auto lookUpOne = [&](int i) {
        QElapsedTimer timer;
        timer.start();
        lookup.addBindValue(nameOf(i));
        lookup.exec();
        const bool found = lookup.next();
        baseline.append(double(timer.nsecsElapsed()) / 1e6);
        return found;
    };

    const QStringList queries{
        QStringLiteral("thingName:LRD0000*"),
        QStringLiteral("shadow.reported.mode:eco"),
        QStringLiteral("connectivity.connected:false"),
        QStringLiteral("shadow.reported.firmware:1.4.*"),
        QStringLiteral("shadow.reported.fridge.temperature>8"),
        QStringLiteral("(shadow.reported.mode:eco OR shadow.reported.mode:vacation) AND "
                       "connectivity.connected:true AND NOT alerts.open>0"),
        QStringLiteral("thingName:LRD00004242"),
    };
    QList<double> searches, sorted;
    int matched = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QString &text : queries) {
            QElapsedTimer timer;
            timer.start();
            FleetIndex::Search search;
            search.query = std::get<QueryNode>(query::parse(text));
            const auto page = std::get<FleetIndex::Page>(index.search(search));
            searches.append(double(timer.nsecsElapsed()) / 1e6);
            matched += page.matched;
            if (!lookUpOne((round * 31 + int(searches.size())) % kFridges))
                return 1;
        }
        // The same compound, sorted by temperature, warmest first.
        QElapsedTimer timer;
        timer.start();
        FleetIndex::Search search;
        search.query = std::get<QueryNode>(query::parse(queries[5]));
        search.sortField = QStringLiteral("shadow.reported.fridge.temperature");
        search.descending = true;
        std::get<FleetIndex::Page>(index.search(search));
        sorted.append(double(timer.nsecsElapsed()) / 1e6);
    }
    if (matched == 0)
        return 1;
    printResult(comparison(
        "fleet_query_10k", searches, baseline,
        {{QStringLiteral("baseline"), QStringLiteral("sqlite_indexed_lookup_of_one_thing")},
         {QStringLiteral("fridges"), kFridges},
         {QStringLiteral("index_load_ms"), loadMs}}));
    printResult(comparison(
        "fleet_query_10k_sorted_by_temperature", sorted, baseline,
        {{QStringLiteral("baseline"), QStringLiteral("sqlite_indexed_lookup_of_one_thing")}}));

    // A shadow change folded into the index (the MQTT plane does it as it stores the shadow).
    QList<double> updates;
    for (int round = 0; round < rounds * 20; ++round) {
        const int i = (round * 97) % kFridges;
        const auto doc = shadowOf(i, round + 1);
        QElapsedTimer timer;
        timer.start();
        index.setShadow(nameOf(i), doc);
        updates.append(double(timer.nsecsElapsed()) / 1e6);
    }
    printResult(comparison(
        "fleet_index_update", updates, baseline,
        {{QStringLiteral("baseline"), QStringLiteral("sqlite_indexed_lookup_of_one_thing")}}));
    return 0;
}

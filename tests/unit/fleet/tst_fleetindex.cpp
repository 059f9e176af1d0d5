// SPDX-License-Identifier: MIT
// The fleet index answers queries from what it was told of each thing — registry, shadow,
// connectivity, open alerts —, follows every change, pages and sorts, counts, and keeps nothing
// of a thing that is gone.
#include "larder-cloud/fleet/FleetIndex.h"
#include "shadow/ShadowDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace larder::cloud::fleet;
using larder::shadow::ShadowDocument;

namespace {
ShadowDocument shadowOf(const QJsonObject &reported, const QJsonObject &desired = {},
                        qint64 at = 1000)
{
    ShadowDocument doc;
    QJsonObject state{{"reported", reported}};
    if (!desired.isEmpty())
        state.insert("desired", desired);
    doc.update(QJsonDocument(QJsonObject{{"state", state}}).toJson(), at);
    return doc;
}

QJsonObject fridge(double temperature, const QString &mode, const QString &firmware, bool connected)
{
    return {{"fridge", QJsonObject{{"temperature", temperature}, {"setpoint", 4}}},
            {"mode", mode},
            {"firmware", firmware},
            {"connected", connected}};
}

QueryNode parsed(const QString &text)
{
    const auto result = query::parse(text);
    if (const auto *error = std::get_if<QueryError>(&result))
        qFatal("%s", qPrintable(error->message));
    return std::get<QueryNode>(result);
}

QStringList namesOf(const FleetIndex &index, const QString &text, const QString &sort = "thingName",
                    bool descending = false)
{
    FleetIndex::Search search;
    search.query = parsed(text);
    search.sortField = sort;
    search.descending = descending;
    search.maxResults = 100;
    const auto page = std::get<FleetIndex::Page>(index.search(search));
    QStringList names;
    for (const QJsonObject &thing : page.things)
        names << thing["thingName"].toString();
    return names;
}
} // namespace

class TestFleetIndex : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_index = std::make_unique<FleetIndex>();
        m_index->setRegistry("LRD0001", "LF-300", {"lab"});
        m_index->setShadow("LRD0001", shadowOf(fridge(4.1, "normal", "1.4.2", true)));
        m_index->setRegistry("LRD0002", "LF-300", {});
        m_index->setShadow("LRD0002",
                           shadowOf(fridge(9.5, "eco", "1.4.3", false), {{"mode", "normal"}}));
        m_index->setRegistry("LRD0010", "LF-500", {"lab", "beta"});
        m_index->setShadow("LRD0010", shadowOf(fridge(6, "vacation", "1.5.0", true)));
        m_index->setOpenAlerts("LRD0010", 2);
        m_index->setRegistry("OTHER1", "LF-500", {});
    }

    void termsAndOperators_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("things");
        const QStringList all{"LRD0001", "LRD0002", "LRD0010", "OTHER1"};
        QTest::newRow("all") << "*" << all;
        QTest::newRow("prefix") << "thingName:LRD000*" << QStringList{"LRD0001", "LRD0002"};
        QTest::newRow("case") << "thingName:lrd0001" << QStringList{"LRD0001"};
        QTest::newRow("mode") << "shadow.reported.mode:eco" << QStringList{"LRD0002"};
        QTest::newRow("offline") << "connectivity.connected:false"
                                 << QStringList{"LRD0002", "OTHER1"};
        QTest::newRow("firmware") << "shadow.reported.firmware:1.4.*"
                                  << QStringList{"LRD0001", "LRD0002"};
        QTest::newRow("warm") << "shadow.reported.fridge.temperature>8" << QStringList{"LRD0002"};
        QTest::newRow("at least 6")
            << "shadow.reported.fridge.temperature>=6" << QStringList{"LRD0002", "LRD0010"};
        QTest::newRow("below 6") << "shadow.reported.fridge.temperature<6"
                                 << QStringList{"LRD0001"};
        QTest::newRow("range") << "shadow.reported.fridge.temperature:[4 TO 6]"
                               << QStringList{"LRD0001", "LRD0010"};
        QTest::newRow("number equals")
            << "shadow.reported.fridge.temperature:6.0" << QStringList{"LRD0010"};
        QTest::newRow("group") << "thingGroupNames:lab" << QStringList{"LRD0001", "LRD0010"};
        QTest::newRow("model") << "thingTypeName:LF-500" << QStringList{"LRD0010", "OTHER1"};
        QTest::newRow("alerts") << "alerts.open>0" << QStringList{"LRD0010"};
        QTest::newRow("delta") << "shadow.hasDelta:true" << QStringList{"LRD0002"};
        QTest::newRow("desired") << "shadow.desired.mode:normal" << QStringList{"LRD0002"};
        QTest::newRow("AND") << "thingGroupNames:lab connectivity.connected:true"
                             << QStringList{"LRD0001", "LRD0010"};
        QTest::newRow("OR") << "shadow.reported.mode:eco OR alerts.open>0"
                            << QStringList{"LRD0002", "LRD0010"};
        QTest::newRow("NOT") << "NOT thingGroupNames:lab" << QStringList{"LRD0002", "OTHER1"};
        QTest::newRow("minus in group")
            << "thingName:LRD* -(shadow.reported.mode:eco OR shadow.reported.mode:vacation)"
            << QStringList{"LRD0001"};
        QTest::newRow("nothing") << "shadow.reported.mode:superCool" << QStringList{};
        QTest::newRow("unknown path") << "shadow.reported.compressor.hours>1" << QStringList{};
    }
    void termsAndOperators()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, things);
        QCOMPARE(namesOf(*m_index, query), things);
    }

    void followsChanges()
    {
        QCOMPARE(namesOf(*m_index, "shadow.reported.mode:eco"), QStringList{"LRD0002"});
        m_index->setShadow("LRD0002", shadowOf(fridge(4, "normal", "1.4.3", true)));
        QCOMPARE(namesOf(*m_index, "shadow.reported.mode:eco"), QStringList{});
        QCOMPARE(namesOf(*m_index, "shadow.reported.mode:normal"),
                 QStringList({"LRD0001", "LRD0002"}));
        m_index->setGroups("LRD0002", {"lab"});
        QCOMPARE(namesOf(*m_index, "thingGroupNames:lab").size(), 3);
        m_index->setOpenAlerts("LRD0010", 0);
        QCOMPARE(namesOf(*m_index, "alerts.open>0"), QStringList{});
        m_index->remove("LRD0001");
        QVERIFY(!m_index->contains("LRD0001"));
        QCOMPARE(namesOf(*m_index, "thingGroupNames:lab"), QStringList({"LRD0002", "LRD0010"}));
        QCOMPARE(namesOf(*m_index, "*").size(), 3);
        // A new thing takes the freed place and none of the old one's values.
        m_index->setRegistry("LRD0003", "LF-300", {});
        QCOMPARE(namesOf(*m_index, "thingGroupNames:lab"), QStringList({"LRD0002", "LRD0010"}));
        QCOMPARE(namesOf(*m_index, "thingName:LRD0003"), QStringList{"LRD0003"});
    }

    void sortsAndPages()
    {
        QCOMPARE(namesOf(*m_index, "*", "thingName", true),
                 QStringList({"OTHER1", "LRD0010", "LRD0002", "LRD0001"}));
        // By a number, things without it last.
        QCOMPARE(namesOf(*m_index, "*", "shadow.reported.fridge.temperature", true),
                 QStringList({"LRD0002", "LRD0010", "LRD0001", "OTHER1"}));
        QCOMPARE(namesOf(*m_index, "*", "shadow.reported.fridge.temperature"),
                 QStringList({"LRD0001", "LRD0010", "LRD0002", "OTHER1"}));
        for (const QString &sort :
             {QStringLiteral("thingName"), QStringLiteral("shadow.reported.fridge.temperature")}) {
            FleetIndex::Search search;
            search.query = parsed("*");
            search.sortField = sort;
            search.maxResults = 1;
            QStringList seen;
            for (int page = 0; page < 10; ++page) {
                const auto answer = std::get<FleetIndex::Page>(m_index->search(search));
                QCOMPARE(answer.matched, 4);
                for (const QJsonObject &thing : answer.things)
                    seen << thing["thingName"].toString();
                if (answer.nextToken.isEmpty())
                    break;
                search.nextToken = answer.nextToken;
            }
            QCOMPARE(seen, namesOf(*m_index, "*", sort));
        }
        FleetIndex::Search bad;
        bad.query = parsed("*");
        bad.nextToken = "bm90IGEgdG9rZW4";
        QVERIFY(std::holds_alternative<QueryError>(m_index->search(bad)));
        bad.nextToken.clear();
        bad.sortField = "families.name";
        QVERIFY(std::holds_alternative<QueryError>(m_index->search(bad)));
    }

    void technicalDataOnly()
    {
        FleetIndex::Search search;
        search.query = parsed("thingName:LRD0002");
        const auto page = std::get<FleetIndex::Page>(m_index->search(search));
        QCOMPARE(page.things.size(), 1);
        const QJsonObject thing = page.things.front();
        QCOMPARE(QStringList(thing.keys()),
                 QStringList({"alerts", "connectivity", "shadow", "thingGroupNames", "thingName",
                              "thingTypeName"}));
        QCOMPARE(thing["shadow"]["reported"]["mode"].toString(), QStringLiteral("eco"));
        QCOMPARE(thing["connectivity"]["connected"].toBool(), false);
        QVERIFY(thing["connectivity"]["timestamp"].toDouble() > 0);
    }

    void statistics()
    {
        const auto all = m_index->statistics(parsed("*"));
        QCOMPARE(all.count, 4);
        QCOMPARE(all.connected, 2);
        QCOMPARE(all.withOpenAlerts, 1);
        QCOMPARE(all.models.value("LF-300"), 2);
        QCOMPARE(all.models.value("LF-500"), 2);
        QCOMPARE(all.firmware.value("1.4.2"), 1);
        QCOMPARE(all.firmware.value("unknown"), 1);
        QCOMPARE(m_index->statistics(parsed("thingGroupNames:lab")).count, 2);
    }

private:
    std::unique_ptr<FleetIndex> m_index;
};

QTEST_GUILESS_MAIN(TestFleetIndex)
#include "tst_fleetindex.moc"

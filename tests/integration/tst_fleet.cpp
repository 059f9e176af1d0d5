// SPDX-License-Identifier: MIT
// Support's fleet search on a live larder-cloud: the index follows what fridges report over
// MQTT (connectivity included), answers AWS IoT fleet indexing's queries page by page with
// statistics and static groups, refuses hostile queries with the position of the error — and
// only a support account may ask, while a support account may not act as a family's member.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "api/ApiClient.h"
#include "diagnostics/FleetSearch.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>
#include <cmath>

namespace {
const QStringList kThings{"LRD00000301", "LRD00000302", "LRD00000303"};
}

class TestFleet : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann"});
        QVERIFY(!m_tokens.isEmpty());
        m_staff = m_http->signedInStaff("desk@larder.example");
        QVERIFY(!m_staff.isEmpty());
        m_family = m_http->createFamily("Home", m_tokens["ann"]);
        for (const QString &thing : kThings) {
            QVERIFY(m_cloud.deviceCert(thing));
            m_fridges.push_back(std::make_unique<MqttPeer>(m_cloud.deviceSettings(thing)));
        }
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThings[0], "--family", m_family,
                                 "--fridge-name", "Kitchen fridge"}));
        // Two fridges connect and report; the third never does.
        for (int i = 0; i < 2; ++i)
            QVERIFY(m_fridges[size_t(i)]->connect());
        report(0, R"({"mode":"normal","firmware":"1.4.2","model":"LF-300",)"
                  R"("fridge":{"temperature":4.1}})");
        report(1, R"({"mode":"eco","firmware":"1.5.0","model":"LF-300",)"
                  R"("fridge":{"temperature":9.5}})");
        QTRY_COMPARE_WITH_TIMEOUT(names("shadow.reported.firmware:1.*").size(), 2, 10000);
        // The third is in the registry only: the index reads it within seconds.
        QTRY_COMPARE_WITH_TIMEOUT(names("*"), kThings, 10000);
    }

    void onlySupportAsks()
    {
        const QJsonObject everything{{"queryString", "*"}};
        QCOMPARE(m_http->api("POST", "/fleet/search", everything).status, 401);
        const auto member = m_http->api("POST", "/fleet/search", everything, m_tokens["ann"]);
        QCOMPARE(member.status, 403);
        QCOMPARE(m_http->api("POST", "/fleet/statistics", everything, m_tokens["ann"]).status, 403);
        QCOMPARE(m_http->api("GET", "/fleet/groups", {}, m_tokens["ann"]).status, 403);
        QCOMPARE(m_http->api("PUT", "/fleet/groups/x", {}, m_tokens["ann"]).status, 403);
        // …and support never acts as a member: every family endpoint refuses the token.
        QCOMPARE(m_http->api("GET", "/families", {}, m_staff).status, 403);
        QCOMPARE(m_http->api("GET", "/families/" + m_family, {}, m_staff).status, 403);
        QCOMPARE(m_http->api("GET", "/devices/" + kThings[0] + "/ingredients", {}, m_staff).status,
                 403);
        QCOMPARE(m_http->api("POST", "/families", {{"name", "Desk"}}, m_staff).status, 403);
        QCOMPARE(m_http->api("GET", "/devices/alerts/count", {}, m_staff).status, 403);
    }

    void searchesWhatFridgesReport()
    {
        QCOMPARE(names("*"), kThings);
        QCOMPARE(names("thingName:LRD0000030*"), kThings);
        QCOMPARE(names("shadow.reported.mode:eco"), QStringList{kThings[1]});
        QCOMPARE(names("shadow.reported.fridge.temperature>8"), QStringList{kThings[1]});
        QCOMPARE(names("connectivity.connected:false"), QStringList{kThings[2]});
        QCOMPARE(names("connectivity.connected:true AND NOT shadow.reported.mode:eco"),
                 QStringList{kThings[0]});
        // Technical data only: no family, no fridge name, no member.
        const QJsonObject thing =
            search({{"queryString", "thingName:" + kThings[0]}}).body["things"][0].toObject();
        QCOMPARE(thing["thingName"].toString(), kThings[0]);
        QCOMPARE(thing["thingTypeName"].toString(), QStringLiteral("LF-300"));
        QCOMPARE(thing["connectivity"]["connected"].toBool(), true);
        const QByteArray all = QJsonDocument(thing).toJson();
        QVERIFY2(!all.contains("Kitchen") && !all.contains(m_family.toUtf8()) &&
                     !all.contains("ann@"),
                 all.constData());
    }

    void followsChangesWithinASecond()
    {
        QElapsedTimer lag;
        lag.start();
        report(0, R"({"mode":"vacation"})");
        QTRY_COMPARE_WITH_TIMEOUT(names("shadow.reported.mode:vacation"), QStringList{kThings[0]},
                                  5000);
        qInfo("index lag after a shadow change, through the broker and the edge: %lld ms",
              lag.elapsed());
        // A fridge going away is offline in the index.
        m_fridges[1].reset();
        QTRY_COMPARE_WITH_TIMEOUT(names("connectivity.connected:false"),
                                  QStringList({kThings[1], kThings[2]}), 10000);
    }

    void pagesSortsAndCounts()
    {
        QStringList seen;
        QJsonObject body{{"queryString", "*"}, {"maxResults", 1}, {"sortOrder", "descending"}};
        for (int page = 0; page < 5; ++page) {
            const auto answer = search(body);
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.body["matched"].toInt(), 3);
            for (const QJsonValue &thing : answer.body["things"].toArray())
                seen << thing["thingName"].toString();
            if (!answer.body.contains("nextToken"))
                break;
            body["nextToken"] = answer.body["nextToken"];
        }
        QCOMPARE(seen, QStringList({kThings[2], kThings[1], kThings[0]}));
        const auto byTemperature = search({{"queryString", "*"},
                                           {"sortBy", "shadow.reported.fridge.temperature"},
                                           {"sortOrder", "descending"}});
        QCOMPARE(byTemperature.body["things"][0]["thingName"].toString(), kThings[1]);
        const auto stats =
            m_http->api("POST", "/fleet/statistics", {{"queryString", "*"}}, m_staff);
        QCOMPARE(stats.status, 200);
        const QJsonObject s = stats.body["statistics"].toObject();
        QCOMPARE(s["count"].toInt(), 3);
        QCOMPARE(s["models"]["LF-300"].toInt(), 2);
        QCOMPARE(s["firmware"]["1.5.0"].toInt(), 1);
        QCOMPARE(s["firmware"]["unknown"].toInt(), 1);
    }

    void groupsOrganiseTheFleet()
    {
        QCOMPARE(m_http->api("PUT", "/fleet/groups/pilot-2026", {{"description", "Pilot"}}, m_staff)
                     .status,
                 201);
        QCOMPARE(m_http->api("PUT", "/fleet/groups/pilot-2026", {}, m_staff).status, 409);
        // A description is optional.
        QCOMPARE(m_http->api("PUT", "/fleet/groups/no-words", {}, m_staff).status, 201);
        QCOMPARE(m_http->api("DELETE", "/fleet/groups/no-words", {}, m_staff).status, 200);
        QCOMPARE(m_http->api("PUT", "/fleet/groups/bad%20name", {}, m_staff).status, 400);
        QCOMPARE(
            m_http->api("PUT", "/fleet/groups/pilot-2026/things/" + kThings[1], {}, m_staff).status,
            200);
        QCOMPARE(
            m_http->api("PUT", "/fleet/groups/pilot-2026/things/LRD99999999", {}, m_staff).status,
            404);
        QCOMPARE(m_http->api("PUT", "/fleet/groups/nope/things/" + kThings[1], {}, m_staff).status,
                 404);
        QCOMPARE(names("thingGroupNames:pilot-2026"), QStringList{kThings[1]});
        const auto groups = m_http->api("GET", "/fleet/groups", {}, m_staff);
        QCOMPARE(groups.body["groups"][0]["name"].toString(), QStringLiteral("pilot-2026"));
        QCOMPARE(groups.body["groups"][0]["things"].toInt(), 1);
        QCOMPARE(m_http->api("DELETE", "/fleet/groups/pilot-2026/things/" + kThings[1], {}, m_staff)
                     .status,
                 200);
        QCOMPARE(names("thingGroupNames:pilot-2026"), QStringList{});
        QCOMPARE(m_http->api("DELETE", "/fleet/groups/pilot-2026", {}, m_staff).status, 200);
        QCOMPARE(m_http->api("DELETE", "/fleet/groups/pilot-2026", {}, m_staff).status, 404);
    }

    void theDiagnosticsSearchListsPageByPage()
    {
        // What the diagnostics window's search uses: the same answers, as rows.
        const QJsonObject profile = m_http->profile();
        QNetworkAccessManager net;
        larder::api::ApiClient api(
            &net, profile.value("apiBaseUrl").toString(), [this] { return m_staff; },
            profile.value("caFile").toString());
        larder::diagnostics::FleetSearch search(&api);
        search.setPageSize(2);
        search.search("thingName:LRD0000030*", "shadow.reported.fridge.temperature", true);
        QTRY_VERIFY(!search.loading() && search.things()->count() == 2);
        QCOMPARE(search.matched(), 3);
        QVERIFY(search.hasMore());
        QCOMPARE(search.things()->rows().at(0).thingName, kThings[1]); // the warmest first
        QCOMPARE(search.things()->rows().at(0).fridgeTemperature, 9.5);
        QCOMPARE(search.things()->rows().at(0).model, QStringLiteral("LF-300"));
        search.more();
        QTRY_VERIFY(!search.loading() && search.things()->count() == 3);
        QVERIFY(!search.hasMore());
        QVERIFY(std::isnan(search.things()->rows().at(2).fridgeTemperature)); // never reported
        QTRY_COMPARE(search.statistics().value("count").toInt(), 3);
        // A mistake says where.
        search.search("(thingName:a");
        QTRY_VERIFY(!search.loading() && !search.error().isEmpty());
        QCOMPARE(search.errorPosition(), 1);
        QCOMPARE(search.things()->count(), 0);
    }

    void hostileQueriesAreRefusedWithTheirPosition_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("position");
        QTest::newRow("unbalanced") << QJsonObject{{"queryString", "(thingName:a"}} << 1;
        QTest::newRow("10 KB") << QJsonObject{{"queryString", QString(10 * 1024, u'a')}} << 1025;
        QTest::newRow("deep") << QJsonObject{{"queryString", QString(50, u'(') + "*"}} << 9;
        QTest::newRow("wildcard bomb")
            << QJsonObject{{"queryString", QStringList(20, "thingName:a*").join(" OR ")}} << 193;
        QTest::newRow("injection")
            << QJsonObject{{"queryString", "thingName:x' OR 1=1; DROP TABLE things"}} << 12;
        QTest::newRow("family data") << QJsonObject{{"queryString", "families.name:smith"}} << 1;
        QTest::newRow("no query") << QJsonObject{{"query", "*"}} << 0;
        QTest::newRow("bad page size")
            << QJsonObject{{"queryString", "*"}, {"maxResults", 1000}} << 0;
        QTest::newRow("bad token") << QJsonObject{{"queryString", "*"}, {"nextToken", "AAAA"}} << 0;
        QTest::newRow("bad sort") << QJsonObject{{"queryString", "*"}, {"sortBy", "members.email"}}
                                  << 0;
    }
    void hostileQueriesAreRefusedWithTheirPosition()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, position);
        const auto answer = search(body);
        QCOMPARE(answer.status, 400);
        QVERIFY(!answer.body["message"].toString().isEmpty());
        if (position > 0) {
            QCOMPARE(answer.body["error"].toString(), QStringLiteral("InvalidQueryException"));
            QCOMPARE(answer.body["position"].toInt(), position);
        }
        // The cloud is still there and still right.
        QCOMPARE(names("thingName:" + kThings[2]), QStringList{kThings[2]});
    }

private:
    void report(int fridge, const QByteArray &reported)
    {
        m_fridges[size_t(fridge)]->publish("$aws/things/" + kThings[fridge] + "/shadow/update",
                                           R"({"state":{"reported":)" + reported + "}}");
    }
    CloudHttp::Answer search(const QJsonObject &body)
    {
        return m_http->api("POST", "/fleet/search", body, m_staff);
    }
    QStringList names(const QString &query)
    {
        QStringList found;
        for (const QJsonValue &thing :
             search({{"queryString", query}, {"maxResults", 100}}).body["things"].toArray())
            found << thing["thingName"].toString();
        return found;
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_staff;
    QString m_family;
    std::vector<std::unique_ptr<MqttPeer>> m_fridges;
};

QTEST_MAIN(TestFleet)
#include "tst_fleet.moc"

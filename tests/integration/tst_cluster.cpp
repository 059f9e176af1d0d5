// SPDX-License-Identifier: MIT
// Several larder-cloud instances on one data directory and database: a first one with every
// role, and api instances (`serve --role api`) whose HTTP services the first one's edge
// balances across. What a family changes through one is seen through the other; a command
// queued on an api instance reaches the fridge (relayed to the instance with the MQTT plane);
// a throttle counts the tries made through both; killing an api instance costs no request, and
// the edge forgets it within seconds.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <csignal>

namespace {
const QString kThing = QStringLiteral("fridge-cluster");
}

class TestCluster : public QObject
{
    Q_OBJECT

    /// @p count GETs of the family list: every answer 200, and which instances answered.
    QSet<QByteArray> answerers(int count, int *failed)
    {
        QSet<QByteArray> seen;
        *failed = 0;
        for (int i = 0; i < count; ++i) {
            const auto answer = m_http->api("GET", "/families", {}, m_tokens["ann"]);
            if (answer.status != 200)
                ++*failed;
            seen.insert(answer.instance);
        }
        return seen;
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QProcess *m_api = nullptr;

private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann", "ben"});
        QVERIFY(!m_tokens.isEmpty());
        m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
        QVERIFY(!m_family.isEmpty());
        QVERIFY(m_cloud.deviceCert(kThing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family}));
        QVERIFY(m_cloud.startFridge(kThing, {"--speed", "600"}));
    }

    void anApiInstanceJoinsTheEdge()
    {
        int failed = 0;
        QCOMPARE(answerers(4, &failed).size(), 1); // the first instance alone
        m_api = m_cloud.startApiInstance();
        QVERIFY(m_api);
        // Within a beat or two the edge balances across both, and every request is answered.
        QSet<QByteArray> seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen = answerers(10, &failed)).size() == 2 && failed == 0, 8000);
        QVERIFY(!seen.contains(QByteArray()));
    }

    void aFamilysChangeIsSeenThroughEither()
    {
        QVERIFY(m_api);
        const QString path = "/devices/" + kThing + "/ingredients";
        const auto added =
            m_http->api("POST", path, {{"id", "cluster-milk"}, {"name", "Milk"}}, m_tokens["ann"]);
        QCOMPARE(added.status, 201);
        QSet<QByteArray> readers;
        for (int i = 0; i < 10; ++i) {
            const auto list = m_http->api("GET", path + "?q=milk", {}, m_tokens["ben"]);
            QCOMPARE(list.status, 200);
            QCOMPARE(list.body.value("count").toInt(), 1);
            readers.insert(list.instance);
        }
        QCOMPARE(readers.size(), 2); // both instances read it from the one database
    }

    void supportsFleetSearchAnswersOnEither()
    {
        QVERIFY(m_api);
        const QString staff = m_http->signedInStaff("desk@larder.example");
        QVERIFY(!staff.isEmpty());
        // The api instance reads its index from the database: every answer finds the fridge,
        // whichever instance gives it.
        QSet<QByteArray> searchers;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                searchers.clear();
                for (int i = 0; i < 6; ++i) {
                    const auto found = m_http->api("POST", "/fleet/search",
                                                   {{"queryString", "thingName:" + kThing}}, staff);
                    searchers.insert(found.instance);
                    if (found.status != 200 || found.body.value("things").toArray().size() != 1)
                        return false;
                }
                return searchers.size() == 2;
            }(),
            15000);
    }

    void aCommandQueuedOnEitherReachesTheFridge()
    {
        QVERIFY(m_api);
        // Four in a row: the edge takes turns, so each instance queues some; the api
        // instance relays its own to the instance with the MQTT plane, which tells the fridge.
        QSet<QByteArray> queuers;
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            const auto sent =
                m_http->api("POST", "/devices/" + kThing + "/commands",
                            {{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 1 + i}}}},
                            m_tokens["ann"]);
            QVERIFY2(sent.status == 201, qPrintable(QJsonDocument(sent.body).toJson()));
            queuers.insert(sent.instance);
            ids.append(sent.body.value("commandId").toString());
        }
        QCOMPARE(queuers.size(), 2);
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(
                m_http->api("GET", "/devices/" + kThing + "/commands/" + id, {}, m_tokens["ben"])
                    .body.value("commandStatus")
                    .toString(),
                QStringLiteral("success"), 20000);
    }

    void aThrottleHoldsAcrossInstances()
    {
        QVERIFY(m_api);
        // Five wrong passwords for Ben, the edge sharing them between the two instances: the
        // sixth try is refused, even with the right password, whichever instance takes it.
        QSet<QByteArray> judges;
        const auto signIn = [this, &judges](const QString &password) {
            auto answer = m_http->cognito(
                "InitiateAuth", {{"AuthFlow", "USER_PASSWORD_AUTH"},
                                 {"AuthParameters", QJsonObject{{"USERNAME", "ben@example.com"},
                                                                {"PASSWORD", password}}}});
            judges.insert(answer.instance);
            return answer;
        };
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn("Not-Bens-Password-1").type(),
                     QStringLiteral("NotAuthorizedException"));
        QCOMPARE(judges.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(signIn("Fridge-ben-2026X").type(), QStringLiteral("TooManyRequestsException"));
    }

    void killingAnApiInstanceCostsNoRequest()
    {
        QVERIFY(m_api);
        ::kill(pid_t(m_api->processId()), SIGKILL);
        QVERIFY(m_api->waitForFinished(5000));
        // At once: the edge finds it refusing and asks the other, for every request.
        int failed = 0;
        QSet<QByteArray> seen = answerers(20, &failed);
        QCOMPARE(failed, 0);
        QCOMPARE(seen.size(), 1);
        // And after a few seconds it is off the edge's list (the first instance's log says so).
        QTRY_VERIFY_WITH_TIMEOUT(m_cloud.log().count("the edge balances across") >= 2, 10000);
        seen = answerers(10, &failed);
        QCOMPARE(failed, 0);
        QCOMPARE(seen.size(), 1);
    }
};

QTEST_MAIN(TestCluster)
#include "tst_cluster.moc"

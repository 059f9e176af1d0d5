// SPDX-License-Identifier: MIT
// larder-cloud on PostgreSQL while the database restarts: requests fail at once with an error
// (none hangs), and once it is back everything works again without restarting larder-cloud —
// the REST API, the MQTT plane's shadow answers, and the broker plugin's sign-in checks.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "mqtt/ClientIds.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("fridge-restart");
}

class TestDatabaseRestart : public QObject
{
    Q_OBJECT

    /// A shadow update over MQTT as Ann's phone (a new connection each time: the broker plugin
    /// checks her session in the database at CONNECT): the answer's suffix, or "" for none.
    QString shadowAnswer(const QString &client)
    {
        const QString sub =
            larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
        MqttPeer phone(
            m_cloud.accountSettings(larder::clientids::app(sub, client), m_tokens["ann"]));
        // An update: the shadow service reads the document and writes it back (its prepared
        // statement too, which a dropped connection took with it).
        const QString update = "$aws/things/" + kThing + "/shadow/update";
        if (!phone.connect() || !phone.subscribe(update + "/accepted") ||
            !phone.subscribe(update + "/rejected"))
            return {};
        const auto answer = phone.request(
            update, {{"state", QJsonObject{{"desired", QJsonObject{{"fridgeSetpoint", 4}}}}}},
            5000);
        return answer ? answer->first : QString();
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;

private slots:
    void initTestCase()
    {
        qputenv("LARDER_TEST_ENGINE", "postgresql"); // this test is about PostgreSQL
        QVERIFY(m_cloud.start());
        QVERIFY(!m_cloud.database().isEmpty());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann"});
        QVERIFY(!m_tokens.isEmpty());
        const QString family = m_http->createFamily("Home", m_tokens["ann"]);
        QVERIFY(!family.isEmpty());
        QVERIFY(m_cloud.deviceCert(kThing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", family}));
        QVERIFY(m_cloud.startFridge(kThing));
        QTRY_COMPARE_WITH_TIMEOUT(shadowAnswer("before"), QStringLiteral("accepted"), 10000);
    }

    void requestsFailClearlyWhileItIsDown()
    {
        QVERIFY(m_cloud.stopDatabase());
        QElapsedTimer took;
        took.start();
        const auto answer = m_http->api("GET", "/families", {}, m_tokens["ann"]);
        // "Try again", never "sign in again": the app keeps its session.
        QCOMPARE(answer.status, 503);
        QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));
    }

    void everythingWorksAgainOnceItIsBack()
    {
        QVERIFY(m_cloud.startDatabase());
        // The REST API, the plugin's session check and the plane's shadow answer, each within
        // seconds and without restarting larder-cloud.
        QTRY_COMPARE_WITH_TIMEOUT(m_http->api("GET", "/families", {}, m_tokens["ann"]).status, 200,
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(shadowAnswer("after"), QStringLiteral("accepted"), 15000);
        const auto added =
            m_http->api("POST", "/devices/" + kThing + "/ingredients",
                        {{"id", "after-restart"}, {"name", "Eggs"}}, m_tokens["ann"]);
        QCOMPARE(added.status, 201);
    }
};

QTEST_MAIN(TestDatabaseRestart)
#include "tst_databaserestart.moc"

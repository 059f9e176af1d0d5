// SPDX-License-Identifier: MIT
// Support access on a live larder-cloud: without the family's consent a support agent sees the
// fleet and nothing of the family's fridge; the owner grants it for a chosen time and reads the
// case code out; the agent claims the case and reads the shadow; every step is on the family's
// audit trail, which members read and nobody edits; the owner ends it and the fridge is closed
// again at once. Members cannot grant, other agents cannot use a claimed code, guessing codes is
// stopped, and a fridge leaving its family takes the access with it.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("LRD00000401");
}

class TestSupportAccess : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
        QVERIFY(!m_tokens.isEmpty());
        m_agent = m_http->signedInStaff("desk@larder.example");
        m_other = m_http->signedInStaff("night@larder.example");
        QVERIFY(!m_agent.isEmpty() && !m_other.isEmpty());
        m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
        QVERIFY(m_cloud.deviceCert(kThing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family,
                                 "--fridge-name", "Kitchen fridge"}));
        m_fridge = std::make_unique<MqttPeer>(m_cloud.deviceSettings(kThing));
        QVERIFY(m_fridge->connect());
        m_fridge->publish("$aws/things/" + kThing + "/shadow/update",
                          R"({"state":{"reported":{"mode":"eco","firmware":"1.4.2"}}})");
    }

    void withoutConsentOnlyTheFleet()
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_http->api("POST", "/fleet/search", {{"queryString", "thingName:" + kThing}}, m_agent)
                .body["matched"]
                .toInt(),
            1, 10000);
        QCOMPARE(shadow(m_agent).status, 404);
        QCOMPARE(m_http->api("GET", "/support/cases", {}, m_agent).body["cases"].toArray().size(),
                 0);
        // On the broker too: the agent's own connection, refused every topic of the fridge.
        m_live = std::make_unique<MqttPeer>(m_cloud.accountSettings("desk", m_agent));
        QVERIFY(m_live->connect());
        QVERIFY(!m_live->subscribe(documents()));
        QVERIFY(!m_live->subscribe("$aws/events/presence/connected/" + kThing));
        // The family's own endpoints stay closed to support whatever the consent.
        QCOMPARE(access("GET", {}, m_agent).status, 403);
        QCOMPARE(m_http->api("GET", "/devices/" + kThing + "/status", {}, m_agent).status, 403);
    }

    void onlyTheOwnerGrants()
    {
        QCOMPARE(access("POST", {{"hours", 2}}, m_tokens["ben"]).status, 403);
        QCOMPARE(access("POST", {{"hours", 2}}, m_tokens["eve"]).status, 404);
        QCOMPARE(access("POST", {{"hours", 2}}, m_agent).status, 403);
        QCOMPARE(access("POST", {{"hours", 0}}, m_tokens["ann"]).status, 400);
        QCOMPARE(access("POST", {{"hours", 169}}, m_tokens["ann"]).status, 400);
        QCOMPARE(access("POST", {{"hours", "2"}}, m_tokens["ann"]).status, 400);
        QCOMPARE(access("GET", {}, m_tokens["eve"]).status, 404);
        QVERIFY(access("GET", {}, m_tokens["ben"]).body["active"].isNull());
    }

    void theOwnerGrantsAndTheAgentLooks()
    {
        const auto granted = access("POST", {{"hours", 2}}, m_tokens["ann"]);
        QCOMPARE(granted.status, 201);
        m_code = granted.body["caseCode"].toString();
        QVERIFY(QRegularExpression("^[A-Z2-9]{3}-[A-Z2-9]{3}$").match(m_code).hasMatch());
        const double expires = granted.body["expiresAt"].toDouble();
        QVERIFY(std::abs(expires - double(QDateTime::currentMSecsSinceEpoch() + 2 * 3600'000)) <
                60'000);
        // Granted is not claimed: nothing opens before the agent enters the code.
        QCOMPARE(shadow(m_agent).status, 404);
        // Read out over the phone: any case, spaces.
        const auto opened =
            m_http->api("POST", "/support/cases",
                        {{"caseCode", " " + m_code.toLower().remove('-') + " "}}, m_agent);
        QCOMPARE(opened.status, 200);
        QCOMPARE(opened.body["thingName"].toString(), kThing);
        QCOMPARE(opened.body["allowWrites"].toBool(), false);
        // Another agent cannot take a claimed case.
        QCOMPARE(m_http->api("POST", "/support/cases", {{"caseCode", m_code}}, m_other).status,
                 404);
        QCOMPARE(shadow(m_other).status, 404);
        const auto seen = shadow(m_agent);
        QCOMPARE(seen.status, 200);
        QCOMPARE(seen.body["document"]["state"]["reported"]["mode"].toString(),
                 QStringLiteral("eco"));
        QVERIFY(seen.body["document"]["metadata"]["reported"]["mode"]["timestamp"].toDouble() > 0);
        QVERIFY(seen.body["document"]["version"].toInt() >= 1);
        QCOMPARE(m_http->api("GET", "/support/cases", {}, m_agent).body["cases"].toArray().size(),
                 1);
        // The fridge's record: its certificates (the door tablet not paired), events, commands —
        // nothing of the family.
        const auto record =
            m_http->api("GET", "/support/things/" + kThing + "/record", {}, m_agent);
        QCOMPARE(record.status, 200);
        QVERIFY(!record.body["certificates"].toArray().isEmpty());
        QCOMPARE(record.body["certificates"][0]["role"].toString(), QStringLiteral("appliance"));
        QCOMPARE(record.body["tabletPaired"].toBool(), false);
        QVERIFY(record.body["events"].isArray() && record.body["commands"].isArray());
        // Its certificate's expiry (a year from its making), and its timeline: it connected,
        // and the shadow version its first report made, with what that report changed.
        const double expiresAt = record.body["certificates"][0]["expiresAt"].toDouble();
        QVERIFY(std::abs(expiresAt - double(QDateTime::currentMSecsSinceEpoch()) -
                         365.0 * 86400'000) < 86400'000);
        // (The timeline is written once a second: reading the record again is one look on the
        // family's trail, not one per read.)
        const auto timeline = [&] {
            QStringList kinds;
            for (const QJsonValue &entry :
                 m_http->api("GET", "/support/things/" + kThing + "/record", {}, m_agent)
                     .body["timeline"]
                     .toArray())
                kinds.append(entry["kind"].toString() + ":" + entry["detail"].toString());
            return kinds.join(' ');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(timeline().contains("connected:") &&
                                      timeline().contains(R"(shadow:{"reported":{"firmware")"),
                                  qPrintable(timeline()), 5000);
        const QByteArray all = QJsonDocument(record.body).toJson();
        QVERIFY2(!all.contains("Kitchen") && !all.contains(m_family.toUtf8()), all.constData());
        QCOMPARE(m_http->api("GET", "/support/things/" + kThing + "/record", {}, m_other).status,
                 404);
        // Live, on the broker: the shadow's changes as they happen — read-only, and never the
        // family's feeds.
        QTRY_VERIFY_WITH_TIMEOUT(m_live->subscribe(documents()), 7000);
        QVERIFY(!m_live->subscribe("larder/things/" + kThing + "/ingredients/changes"));
        m_fridge->publish("$aws/things/" + kThing + "/shadow/update",
                          R"({"state":{"reported":{"mode":"normal"}}})");
        QVERIFY(m_live->await(documents(), 8000, [](const QJsonObject &doc) {
            return doc["current"]["state"]["reported"]["mode"] == QStringLiteral("normal");
        }));
        // Read-only consent: a desired write goes nowhere (the broker drops it).
        m_live->publish("$aws/things/" + kThing + "/shadow/update",
                        R"({"state":{"desired":{"mode":"vacation"}}})");
        QTest::qWait(1000);
        const QJsonObject after = shadow(m_agent).body;
        QCOMPARE(after["document"]["state"]["desired"]["mode"].toString(), QString());
    }

    void theFamilySeesEveryStep()
    {
        const auto view = access("GET", {}, m_tokens["ben"]);
        QCOMPARE(view.status, 200);
        QCOMPARE(view.body["active"]["claimed"].toBool(), true);
        QStringList actions;
        for (const QJsonValue &entry : view.body["audit"].toArray())
            actions << entry["actor"].toString() + ":" + entry["action"].toString();
        QCOMPARE(actions, QStringList({"support:viewedShadow", "support:viewedRecord",
                                       "support:viewedShadow", "support:opened", "owner:granted"}));
        QVERIFY(view.body["audit"][0]["at"].toDouble() > 0);
        // Nobody edits it: there is no way to write to the trail.
        for (const QByteArray method : {"PUT", "DELETE", "PATCH"})
            QVERIFY(m_http->api(method, "/devices/" + kThing + "/support-access/audit", {}, m_agent)
                        .status >= 400);
        QCOMPARE(
            m_http->api("DELETE", "/devices/" + kThing + "/support-access", {}, m_agent).status,
            403);
    }

    void theOwnerEndsItAndTheFridgeClosesAtOnce()
    {
        QCOMPARE(access("DELETE", {}, m_tokens["ben"]).status, 403);
        const auto ended = access("DELETE", {}, m_tokens["ann"]);
        QCOMPARE(ended.status, 200);
        QVERIFY(ended.body["active"].isNull());
        QCOMPARE(ended.body["audit"][0]["action"].toString(), QStringLiteral("ended"));
        QCOMPARE(shadow(m_agent).status, 404);
        QCOMPARE(m_http->api("POST", "/support/cases", {{"caseCode", m_code}}, m_agent).status,
                 404);
        QCOMPARE(access("DELETE", {}, m_tokens["ann"]).status, 404);
        // …and the broker stops delivering within seconds.
        QTest::qWait(5500);
        m_live->messages.clear();
        m_fridge->publish("$aws/things/" + kThing + "/shadow/update",
                          R"({"state":{"reported":{"mode":"eco"}}})");
        QVERIFY(!m_live->await(documents(), 3000));
        QVERIFY(!m_live->subscribe(documents()));
    }

    void guessingIsStopped()
    {
        const auto granted = access("POST", {{"hours", 1}}, m_tokens["ann"]);
        QCOMPARE(granted.status, 201);
        int refused = 0;
        for (int i = 0; i < 12; ++i)
            refused += m_http->api("POST", "/support/cases",
                                   {{"caseCode", QStringLiteral("ZZZ-%1").arg(222 + i)}}, m_other)
                                   .status == 429
                           ? 1
                           : 0;
        QVERIFY2(refused >= 2, qPrintable(QString::number(refused)));
        // Even the right code waits now, for that agent.
        QCOMPARE(
            m_http->api("POST", "/support/cases", {{"caseCode", granted.body["caseCode"]}}, m_other)
                .status,
            429);
        // Another agent is not held up.
        QCOMPARE(
            m_http->api("POST", "/support/cases", {{"caseCode", granted.body["caseCode"]}}, m_agent)
                .status,
            200);
    }

    void leavingTheFamilyEndsIt()
    {
        QCOMPARE(shadow(m_agent).status, 200);
        QCOMPARE(m_http->api("DELETE", "/devices/" + kThing, {}, m_tokens["ann"]).status, 204);
        QCOMPARE(shadow(m_agent).status, 404);
        QCOMPARE(m_http->api("GET", "/support/cases", {}, m_agent).body["cases"].toArray().size(),
                 0);
    }

private:
    CloudHttp::Answer access(const QByteArray &method, const QJsonObject &body,
                             const QString &token)
    {
        return m_http->api(method, "/devices/" + kThing + "/support-access", body, token);
    }
    static QString documents() { return "$aws/things/" + kThing + "/shadow/update/documents"; }
    CloudHttp::Answer shadow(const QString &token)
    {
        return m_http->api("GET", "/support/things/" + kThing + "/shadow", {}, token);
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_agent, m_other, m_family, m_code;
    std::unique_ptr<MqttPeer> m_fridge;
    std::unique_ptr<MqttPeer> m_live; ///< the agent's own broker connection
};

QTEST_MAIN(TestSupportAccess)
#include "tst_supportaccess.moc"

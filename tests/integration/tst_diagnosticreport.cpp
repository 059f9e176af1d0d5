// SPDX-License-Identifier: MIT
// Diagnostics from the fridge itself, on a live larder-cloud with a real larder-fridge: a fault
// the fridge finds (its scenario breaks a sensor) becomes a `diagnostic` event the family sees
// and the inspector shows, and clears with the repair; support, with the family's consent, asks
// the fridge for a diagnostic report, which the fridge uploads through a presigned URL and which
// arrives whole (its SHA-256 the one the fridge sent). Only the agent holding the consent opens
// it; a member cannot queue support's command; the owner ending the consent closes the report.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("LRD00000451");
}

class TestDiagnosticReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann", "ben"});
        QVERIFY(!m_tokens.isEmpty());
        m_agent = m_http->signedInStaff("desk@larder.example");
        m_other = m_http->signedInStaff("night@larder.example");
        QVERIFY(!m_agent.isEmpty() && !m_other.isEmpty());
        m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
        QVERIFY(m_cloud.deviceCert(kThing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family,
                                 "--fridge-name", "Kitchen fridge"}));
        QVERIFY(m_cloud.startFridge(kThing, {"--scenario", "2:fault=sensor,6:fault=none"}));
    }

    // The fridge's own fault finding reaches the family as a diagnostic event, raised and then
    // cleared with the repair.
    void aFaultTheFridgeFindsIsADiagnosticEvent()
    {
        QJsonArray events;
        QTRY_VERIFY_WITH_TIMEOUT(
            (events = fridgeEvents(), conditionStates(events).contains("sensorFault-")), 20000);
        const QStringList states = conditionStates(events);
        QVERIFY2(states.contains("sensorFault+"), qPrintable(states.join(' ')));
        for (const QJsonValue &e : events)
            if (e["details"]["condition"] == QStringLiteral("sensorFault") &&
                e["details"]["state"] == QStringLiteral("raised"))
                QCOMPARE(e["type"].toString(), QStringLiteral("diagnostic"));
    }

    void aMemberCannotQueueSupportsCommand()
    {
        const auto refused = m_http->api("POST", "/devices/" + kThing + "/commands",
                                         {{"command", "diagnosticReport"}}, m_tokens["ann"]);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body["error"].toString(), QStringLiteral("UnsupportedCommand"));
    }

    void withoutConsentNoReport()
    {
        QCOMPARE(m_http->api("POST", reports(), {}, m_agent).status, 404);
        QCOMPARE(m_http->api("POST", reports(), {}, m_tokens["ann"]).status, 403);
    }

    void theConsentedAgentAsksAndOpensTheReport()
    {
        const auto granted = m_http->api("POST", "/devices/" + kThing + "/support-access",
                                         {{"hours", 1}}, m_tokens["ann"]);
        QCOMPARE(granted.status, 201);
        QCOMPARE(m_http
                     ->api("POST", "/support/cases",
                           {{"caseCode", granted.body["caseCode"].toString()}}, m_agent)
                     .status,
                 200);
        const auto asked = m_http->api("POST", reports(), {}, m_agent);
        QCOMPARE(asked.status, 201);
        m_report = asked.body["commandId"].toString();
        QCOMPARE(asked.body["command"].toString(), QStringLiteral("diagnosticReport"));
        // Not there yet: the fridge has not answered.
        QJsonObject command;
        QTRY_VERIFY_WITH_TIMEOUT(
            (command = reportCommand(), command["commandStatus"] == QStringLiteral("success")),
            20000);
        const QString sha256 = command.value("statusDetails").toObject().value("sha256").toString();
        QCOMPARE(sha256.size(), qsizetype(64));
        // The family sees it among the fridge's commands, titled for people.
        const auto listed =
            m_http->api("GET", "/devices/" + kThing + "/commands", {}, m_tokens["ben"]);
        QVERIFY(QJsonDocument(listed.body).toJson().contains("Diagnostic report for support"));
        QVERIFY(!listed.body["supported"].toArray().contains(QStringLiteral("diagnosticReport")));

        const auto link = m_http->api("POST", download(), {}, m_agent);
        QCOMPARE(link.status, 200);
        QCOMPARE(link.body["sha256"].toString(), sha256);
        const QByteArray bytes = m_http->raw("GET", link.body["url"].toString()).body;
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 sha256);
        QCOMPARE(qint64(bytes.size()), link.body["size"].toInteger());
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report["format"].toString(), QStringLiteral("larder-diagnostic-report/1"));
        QCOMPARE(report["thingName"].toString(), kThing);
        QVERIFY(report["reported"]["fridge"]["temperature"].isDouble());
        QVERIFY(report["faults"].isArray());
        QVERIFY(report["connection"]["connected"].toBool());
        // The log's tail, with the fault found and repaired in it; nothing of the family.
        const QString log = QJsonDocument(report["log"].toArray()).toJson();
        QVERIFY2(log.contains("fault: sensor") && log.contains("fault: none"), qPrintable(log));
        QVERIFY(!bytes.contains("Kitchen") && !bytes.contains(m_family.toUtf8()));

        // Only the agent holding the consent; only this report's object.
        QCOMPARE(m_http->api("POST", download(), {}, m_other).status, 404);
        QCOMPARE(m_http
                     ->api("POST",
                           "/support/things/" + kThing + "/reports/" +
                               QString(32, QLatin1Char('0')) + "/download",
                           {}, m_agent)
                     .status,
                 404);
        // The family's trail says so.
        const QByteArray trail =
            QJsonDocument(
                m_http->api("GET", "/devices/" + kThing + "/support-access", {}, m_tokens["ben"])
                    .body["audit"]
                    .toArray())
                .toJson();
        QVERIFY2(trail.contains("askedReport") && trail.contains("openedReport"),
                 trail.constData());
    }

    void theInspectorShowsTheDiagnosticEvent()
    {
        const auto record =
            m_http->api("GET", "/support/things/" + kThing + "/record", {}, m_agent);
        QCOMPARE(record.status, 200);
        QVERIFY(QJsonDocument(record.body["events"].toArray()).toJson().contains("\"diagnostic\""));
    }

    void endingTheConsentClosesTheReport()
    {
        QCOMPARE(
            m_http->api("DELETE", "/devices/" + kThing + "/support-access", {}, m_tokens["ann"])
                .status,
            200);
        QCOMPARE(m_http->api("POST", download(), {}, m_agent).status, 404);
        QCOMPARE(m_http->api("POST", reports(), {}, m_agent).status, 404);
    }

private:
    QString reports() const { return "/support/things/" + kThing + "/reports"; }
    QString download() const { return reports() + "/" + m_report + "/download"; }
    QJsonArray fridgeEvents()
    {
        return m_http->api("GET", "/devices/" + kThing + "/events", {}, m_tokens["ben"])
            .body["items"]
            .toArray();
    }
    static QStringList conditionStates(const QJsonArray &events)
    {
        QStringList states;
        for (const QJsonValue &e : events)
            states.append(e["details"]["condition"].toString() +
                          (e["details"]["state"] == QStringLiteral("raised") ? "+" : "-"));
        return states;
    }
    QJsonObject reportCommand()
    {
        return m_http
            ->api("GET", "/devices/" + kThing + "/commands/" + m_report, {}, m_tokens["ann"])
            .body;
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_agent, m_other, m_family, m_report;
};

QTEST_GUILESS_MAIN(TestDiagnosticReport)
#include "tst_diagnosticreport.moc"

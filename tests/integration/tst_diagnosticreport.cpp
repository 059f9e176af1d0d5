// SPDX-License-Identifier: MIT
// Diagnostics from the fridge itself, on a live larder-cloud with a real larder-fridge: a fault
// the fridge finds (its scenario breaks a sensor) becomes a `diagnostic` event the family sees
// and the inspector shows, and clears with the repair; support, with the family's consent, asks
// the fridge for a diagnostic report, which the fridge uploads through a presigned URL and which
// arrives whole (its SHA-256 the one the fridge sent). Only the agent holding the consent opens
// it; a member cannot queue support's command; the owner ending the consent closes the report.
// At the door, the local diagnostics' self-test passes against the live broker, and "Send a
// report to support" uploads the door's report and opens a case whose code an agent claims to
// read it.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "kiosk/DoorDiagnostics.h"
#include "kiosk/DoorTablet.h"

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

    // Remote actions under a look-only consent: the fridge reports everything again; the
    // family's commands are refused; both kinds of request checked, the one sent on the trail.
    void theAgentAsksForAResyncButChangesNothing()
    {
        const QString commands = "/support/things/" + kThing + "/commands";
        QCOMPARE(m_http->api("POST", commands, {{"command", "defrost"}}, m_agent).status, 403);
        QCOMPARE(m_http->api("POST", commands, {{"command", "resyncShadow"}}, m_other).status, 404);
        QCOMPARE(m_http->api("POST", commands, {{"command", 7}}, m_agent).status, 400);
        const auto sent = m_http->api(
            "POST", commands, {{"command", "resyncShadow"}, {"expiresIn", 604800}}, m_agent);
        QCOMPARE(sent.status, 201);
        // Never waiting past the consent (an hour here), whatever was asked.
        QVERIFY(sent.body["expiresAt"].toDouble() <=
                double(QDateTime::currentMSecsSinceEpoch()) + 3600'000 + 5000);
        const QString id = sent.body["commandId"].toString();
        QJsonObject command;
        QTRY_VERIFY_WITH_TIMEOUT(
            (command =
                 m_http->api("GET", "/devices/" + kThing + "/commands/" + id, {}, m_tokens["ann"])
                     .body,
             command["commandStatus"] == QStringLiteral("success")),
            15000);
        QCOMPARE(command["title"].toString(),
                 QStringLiteral("Report everything again (for support)"));
        const QByteArray trail =
            QJsonDocument(
                m_http->api("GET", "/devices/" + kThing + "/support-access", {}, m_tokens["ann"])
                    .body["audit"]
                    .toArray())
                .toJson();
        QVERIFY2(trail.contains("sentCommand") && trail.contains("resyncShadow") &&
                     !trail.contains("defrost"),
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

    void theDoorSendsItsReportAndTheAgentOpensIt()
    {
        const QString door = QStringLiteral("LRD00000452");
        const auto tablet = m_cloud.pairedTablet(*m_http, door, m_family, m_tokens["ann"]);
        QVERIFY2(tablet, qPrintable(m_cloud.log()));
        larder::kiosk::DoorDiagnostics diagnostics(tablet.get());
        diagnostics.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!diagnostics.checking() && !diagnostics.checks().isEmpty(), 10000);
        QStringList passed;
        for (const QVariant &check : diagnostics.checks())
            if (check.toMap().value("ok").toBool())
                passed.append(check.toMap().value("name").toString());
        for (const char *name : {"Certificate", "Broker", "Connection", "Pairing"})
            QVERIFY2(passed.contains(name), qPrintable(passed.join(", ")));
        QVERIFY(diagnostics.brokerRttMs() >= 0);
        QVERIFY(diagnostics.certificateExpires() > QDateTime::currentMSecsSinceEpoch());

        diagnostics.sendReport();
        QTRY_VERIFY_WITH_TIMEOUT(!diagnostics.sending(), 15000);
        QVERIFY2(diagnostics.sent(), qPrintable(diagnostics.sendError()));
        const QString code = diagnostics.caseCode();
        QVERIFY(QRegularExpression("^[A-Z2-9]{3}-[A-Z2-9]{3}$").match(code).hasMatch());
        const auto opened = m_http->api("POST", "/support/cases", {{"caseCode", code}}, m_other);
        QVERIFY2(opened.status == 200, qPrintable(m_cloud.log().right(3000)));
        QCOMPARE(opened.body["thingName"].toString(), door);
        QCOMPARE(opened.body["allowWrites"].toBool(), false);
        const auto record = m_http->api("GET", "/support/things/" + door + "/record", {}, m_other);
        QCOMPARE(record.status, 200);
        QString reportId;
        for (const QJsonValue &report : record.body["reports"].toArray())
            if (report["source"] == QStringLiteral("door"))
                reportId = report["reportId"].toString();
        QVERIFY(!reportId.isEmpty());
        const QString path = "/support/things/" + door + "/reports/" + reportId + "/download";
        const auto link = m_http->api("POST", path, {}, m_other);
        QCOMPARE(link.status, 200);
        const QByteArray bytes = m_http->raw("GET", link.body["url"].toString()).body;
        QCOMPARE(QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                 link.body["sha256"].toString());
        const QJsonObject report = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(report["format"].toString(), QStringLiteral("larder-door-report/1"));
        QCOMPARE(report["thingName"].toString(), door);
        QVERIFY(report["checks"].toArray().size() >= 4);
        // Another agent has no case for it.
        QCOMPARE(m_http->api("POST", path, {}, m_agent).status, 404);
        // The family's trail: the door opened the case and sent the report.
        const QByteArray trail =
            QJsonDocument(
                m_http->api("GET", "/devices/" + door + "/support-access", {}, m_tokens["ben"])
                    .body["audit"]
                    .toArray())
                .toJson();
        QVERIFY2(trail.contains("\"door\"") && trail.contains("sentReport"), trail.constData());
        // Sent again at once: one a minute at most, said in a sentence.
        diagnostics.sendReport();
        QTRY_VERIFY_WITH_TIMEOUT(!diagnostics.sending(), 15000);
        QVERIFY(!diagnostics.sent());
        QVERIFY2(diagnostics.sendError().contains("minute"), qPrintable(diagnostics.sendError()));
        QCOMPARE(m_http->api("POST", path, {}, m_other).status, 200);
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

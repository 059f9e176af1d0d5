// SPDX-License-Identifier: MIT
// Commands against a live larder-cloud and simulated fridges (docs/api.md, "Commands"): a
// member sends one over REST, the fridge takes it over the AWS IoT Jobs topics and reports its
// progress and outcome, which every app of the family hears on the fridge's commands feed.
// Quick-freeze succeeds (and the fridge's mode shows it); a defrost reports its steps; one the
// fridge cannot do now fails with the reason; a fridge that was away takes its command when it
// comes back, unless it expired, which then never runs. The fridge's model decides which
// commands exist; bad parameters, outsiders and floods get clear refusals. The official AWS
// IoT Device SDK's jobs client (tests/conformance/jobs-client.mjs) plays a fridge and
// completes a job, unchanged.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "commands/Commands.h"
#include "commands/JobTopics.h"
#include "mqtt/ClientIds.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("cmd-fridge");
const QString kAway = QStringLiteral("cmd-away");
const QString kSmall = QStringLiteral("cmd-small");
const QString kSdk = QStringLiteral("cmd-sdk");
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quickFreezeRunsAndEveryAppHearsIt();
    void aDefrostReportsItsStepsAndAnOpenDoorFailsIt();
    void aFridgeAwayTakesItsCommandOnReturnUnlessItExpired();
    void theModelDecidesAndBadInputIsRefused();
    void aFloodingFridgeIsThrottled();
    void theAppFollowsACommand();
    void outsidersGetNothing();
    void theAwsDeviceSdkCompletesAJob();

private:
    QJsonObject send(const QString &thing, const QJsonObject &body, int expected = 201);
    /// The command, once its commandStatus is @p status (within @p ms).
    QJsonObject awaitStatus(const QString &thing, const QString &id, const QString &status,
                            int ms = 20000);
    QString assign(const QString &thing, const QString &name);
    /// What @p thing last reported (GET /devices/{id}/status).
    QJsonObject reported(const QString &thing)
    {
        return m_http->api("GET", "/devices/" + thing + "/status", {}, m_tokens["ann"])
            .body.value("state")
            .toObject()
            .value("reported")
            .toObject();
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    std::unique_ptr<MqttPeer> m_bensPhone;
};

QString TestCommands::assign(const QString &thing, const QString &name)
{
    if (!m_cloud.deviceCert(thing) ||
        !m_cloud.runTool(
            {"assign-thing", "--thing", thing, "--family", m_family, "--fridge-name", name}))
        return {};
    return thing;
}

void TestCommands::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    for (const auto &[thing, name] : {std::pair{kThing, "Kitchen"}, std::pair{kAway, "Garage"},
                                      std::pair{kSmall, "Cellar"}, std::pair{kSdk, "Office"}})
        QVERIFY(!assign(thing, name).isEmpty());
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ben"]).value("sub").toString();
    m_bensPhone = std::make_unique<MqttPeer>(
        m_cloud.accountSettings(larder::clientids::app(sub, "commands"), m_tokens["ben"]));
    QVERIFY(m_bensPhone->connect());
    QVERIFY(m_bensPhone->subscribe(larder::commands::topics::changes(kThing)));
    QVERIFY(m_bensPhone->subscribe(larder::commands::topics::changes(kAway)));
    QVERIFY(m_cloud.startFridge(kThing, {"--speed", "600"}));
    QVERIFY(m_cloud.startFridge(kSmall, {"--model", "LF-300"}));
}

QJsonObject TestCommands::send(const QString &thing, const QJsonObject &body, int expected)
{
    const auto answer =
        m_http->api("POST", "/devices/" + thing + "/commands", body, m_tokens["ann"]);
    if (answer.status != expected)
        qWarning("POST %s answered %d: %s", qPrintable(thing), answer.status,
                 QJsonDocument(answer.body).toJson().constData());
    return answer.status == expected ? answer.body : QJsonObject();
}

QJsonObject TestCommands::awaitStatus(const QString &thing, const QString &id,
                                      const QString &status, int ms)
{
    QJsonObject command;
    (void)QTest::qWaitFor(
        [&] {
            command =
                m_http->api("GET", "/devices/" + thing + "/commands/" + id, {}, m_tokens["ben"])
                    .body;
            return command.value("commandStatus").toString() == status;
        },
        ms);
    return command;
}

void TestCommands::quickFreezeRunsAndEveryAppHearsIt()
{
    const QJsonObject sent =
        send(kThing, {{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 6}}}});
    QCOMPARE(sent.value("commandStatus").toString(), QStringLiteral("pending"));
    QCOMPARE(sent.value("jobStatus").toString(), QStringLiteral("QUEUED"));
    QCOMPARE(sent.value("title").toString(), QStringLiteral("Super freeze for 6 hours"));
    const QString id = sent.value("commandId").toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject done = awaitStatus(kThing, id, "success");
    QVERIFY2(!done.isEmpty() && done.value("jobStatus") == "SUCCEEDED",
             qPrintable(QJsonDocument(done).toJson()));
    QVERIFY(done.value("statusDetails")
                .toObject()
                .value("result")
                .toString()
                .contains("full power for 6 hours"));
    // Ben's phone heard it queued and succeeded, as they happened.
    const QString feed = larder::commands::topics::changes(kThing);
    QVERIFY(m_bensPhone->await(feed, 5000, [&](const QJsonObject &c) {
        return c["commandId"] == id && c["jobStatus"] == "QUEUED";
    }));
    QVERIFY(m_bensPhone->await(feed, 5000, [&](const QJsonObject &c) {
        return c["commandId"] == id && c["commandStatus"] == "success";
    }));
    // The fridge really is in super-freeze: its shadow says so.
    QTRY_COMPARE_WITH_TIMEOUT(reported(kThing).value("mode").toString(),
                              QStringLiteral("superFreeze"), 10000);
    // The list has it, newest first, and what this model supports.
    const auto list = m_http->api("GET", "/devices/" + kThing + "/commands", {}, m_tokens["ben"]);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.body.value("items").toArray().at(0).toObject().value("commandId").toString(), id);
    QCOMPARE(list.body.value("supported").toArray().size(), 4);
}

void TestCommands::aDefrostReportsItsStepsAndAnOpenDoorFailsIt()
{
    // At 600× the 20-minute cycle takes 2 s, in four steps.
    const QString id = send(kThing, {{"command", "defrost"}}).value("commandId").toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject done = awaitStatus(kThing, id, "success");
    QCOMPARE(done.value("statusDetails").toObject().value("progress").toString(),
             QStringLiteral("100"));
    const QString feed = larder::commands::topics::changes(kThing);
    QStringList progress;
    for (const auto &[topic, change] : m_bensPhone->messages)
        if (topic == feed && change["commandId"] == id && change["jobStatus"] == "IN_PROGRESS" &&
            change["statusDetails"]["progress"].isString())
            progress.append(change["statusDetails"]["progress"].toString());
    QCOMPARE(progress, QStringList({"0", "25", "50", "75"}));

    // With the door open, the fridge refuses, and says why.
    QProcess *open = m_cloud.startFridge(kAway, {"--scenario", "0:open"});
    QVERIFY(open);
    QTRY_VERIFY_WITH_TIMEOUT(reported(kAway).value("doorOpen").toBool(), 10000);
    const QString refused = send(kAway, {{"command", "defrost"}}).value("commandId").toString();
    const QJsonObject failed = awaitStatus(kAway, refused, "failed");
    QCOMPARE(failed.value("jobStatus").toString(), QStringLiteral("FAILED"));
    QCOMPARE(failed.value("reason").toString(), QStringLiteral("Close the door to defrost."));
    open->terminate();
    QVERIFY(open->waitForFinished(5000));
}

void TestCommands::aFridgeAwayTakesItsCommandOnReturnUnlessItExpired()
{
    // kAway is off (the last slot stopped it): one command that waits a day, one for 5 s.
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_http->api("GET", "/devices/" + kAway + "/status", {}, m_tokens["ann"])
             .body.value("connected")
             .toBool(),
        15000);
    const QString waits =
        send(kAway, {{"command", "resetWaterFilter"}}).value("commandId").toString();
    const QString expires = send(kAway, {{"command", "snoozeAlarms"},
                                         {"params", QJsonObject{{"minutes", 30}}},
                                         {"expiresIn", 5}})
                                .value("commandId")
                                .toString();
    QVERIFY(!waits.isEmpty() && !expires.isEmpty());
    const QJsonObject expired = awaitStatus(kAway, expires, "failed", 10000);
    QCOMPARE(expired.value("jobStatus").toString(), QStringLiteral("TIMED_OUT"));
    QCOMPARE(expired.value("reason").toString(),
             QStringLiteral("expired before the fridge took it"));
    QCOMPARE(awaitStatus(kAway, waits, "pending", 1000).value("jobStatus").toString(),
             QStringLiteral("QUEUED"));
    // Back: it takes the one still waiting, at once.
    QVERIFY(m_cloud.startFridge(kAway));
    const QJsonObject done = awaitStatus(kAway, waits, "success");
    QVERIFY2(done.value("statusDetails")
                 .toObject()
                 .value("result")
                 .toString()
                 .contains("Water filter counter reset"),
             qPrintable(QJsonDocument(done).toJson()));
    // The expired one never ran: still timed out, at the version the timeout gave it.
    QTest::qWait(1000);
    const QJsonObject still = awaitStatus(kAway, expires, "failed", 1000);
    QCOMPARE(still.value("jobStatus").toString(), QStringLiteral("TIMED_OUT"));
    QCOMPARE(still.value("version"), expired.value("version"));
}

void TestCommands::theModelDecidesAndBadInputIsRefused()
{
    // The cellar fridge (an LF-300) has no water filter; it snoozes.
    QTRY_COMPARE_WITH_TIMEOUT(reported(kSmall).value("model").toString(), QStringLiteral("LF-300"),
                              10000);
    const auto noFilter = m_http->api("POST", "/devices/" + kSmall + "/commands",
                                      {{"command", "resetWaterFilter"}}, m_tokens["ann"]);
    QCOMPARE(noFilter.status, 400);
    QCOMPARE(noFilter.body.value("error").toString(), QStringLiteral("UnsupportedCommand"));
    QCOMPARE(noFilter.body.value("message").toString(),
             QStringLiteral("The LF-300 has no water filter."));
    QCOMPARE(m_http->api("GET", "/devices/" + kSmall + "/commands", {}, m_tokens["ann"])
                 .body.value("supported")
                 .toArray()
                 .size(),
             3);
    const QString snooze =
        send(kSmall, {{"command", "snoozeAlarms"}, {"params", QJsonObject{{"minutes", 15}}}})
            .value("commandId")
            .toString();
    QVERIFY(!awaitStatus(kSmall, snooze, "success").isEmpty());

    struct Bad
    {
        QJsonObject body;
        const char *error;
    };
    const QList<Bad> bad{
        {{{"command", "selfDestruct"}}, "UnsupportedCommand"},
        {{{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 0}}}}, "UnsupportedCommand"},
        {{{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", -3}}}},
         "UnsupportedCommand"},
        {{{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 8760}}}},
         "UnsupportedCommand"},
        {{{"command", "snoozeAlarms"}, {"params", QJsonObject{{"minutes", "ten"}}}},
         "UnsupportedCommand"},
        {{{"command", "defrost"}, {"params", QJsonObject{{"hours", 1}}}}, "UnsupportedCommand"},
        {{{"command", 42}}, "BadRequest"},
        {{{"command", "defrost"}, {"params", "now"}}, "BadRequest"},
        {{{"command", "defrost"}, {"expiresIn", 0}}, "BadRequest"},
        {{{"command", "defrost"}, {"expiresIn", 31536000}}, "BadRequest"},
    };
    for (const Bad &each : bad) {
        const auto answer =
            m_http->api("POST", "/devices/" + kSmall + "/commands", each.body, m_tokens["ann"]);
        QCOMPARE(answer.status, 400);
        QCOMPARE(answer.body.value("error").toString(), QLatin1String(each.error));
        QVERIFY(!answer.body.value("message").toString().isEmpty());
    }
    // A fridge that is away collects at most 20 waiting commands; the 21st is refused.
    QVERIFY(m_cloud.deviceCert("cmd-flood"));
    QVERIFY(!assign("cmd-flood", "Shed").isEmpty());
    for (int i = 0; i < 20; ++i)
        QVERIFY(!send("cmd-flood", {{"command", "defrost"}}).isEmpty());
    const auto full = m_http->api("POST", "/devices/cmd-flood/commands", {{"command", "defrost"}},
                                  m_tokens["ann"]);
    QCOMPARE(full.status, 429);
    QCOMPARE(full.body.value("error").toString(), QStringLiteral("TooManyCommands"));
}

void TestCommands::aFloodingFridgeIsThrottled()
{
    // A fridge (its own certificate) floods the Jobs service: 2,000 requests at once. It is
    // served 20 a second, refused with RequestThrottled for 20 more, then not answered; the
    // other fridges' commands run as before.
    MqttPeer flood(m_cloud.deviceSettings("cmd-flood"));
    QVERIFY(flood.connect());
    const QString get = larder::commands::topics::jobsPrefix("cmd-flood") + "get";
    QVERIFY(flood.subscribe(get + "/accepted"));
    QVERIFY(flood.subscribe(get + "/rejected"));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2000; ++i)
        flood.client.publish(get, QByteArrayLiteral("{}"), 0);
    const auto count = [&](const QString &topic, const char *code = nullptr) {
        return std::count_if(flood.messages.cbegin(), flood.messages.cend(), [&](const auto &m) {
            return m.first == topic && (!code || m.second.value("code").toString() == code);
        });
    };
    for (qint64 last = -1; flood.messages.size() != last;) {
        last = flood.messages.size();
        QTest::qWait(1500);
    }
    const auto served = count(get + "/accepted");
    const auto throttled = count(get + "/rejected", "RequestThrottled");
    const qint64 seconds = timer.elapsed() / 1000 + 1;
    qInfo("2,000 Jobs requests from one fridge: %lld served, %lld throttled, %lld unanswered, "
          "over %lld s",
          qint64(served), qint64(throttled), qint64(2000 - served - throttled), seconds);
    QVERIFY(served >= 20 && served <= 20 * seconds);
    QVERIFY(throttled >= 20 && throttled <= 20 * seconds);
    QCOMPARE(flood.messages.size(), served + throttled);
    // Meanwhile the kitchen fridge takes a command as quickly as ever.
    const QString id =
        send(kThing, {{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 1}}}})
            .value("commandId")
            .toString();
    QVERIFY(!awaitStatus(kThing, id, "success", 5000).isEmpty());
}

void TestCommands::theAppFollowsACommand()
{
    // Ben's app, as the owner app makes the commands of the fridge on screen.
    QTemporaryDir dir;
    MemberDevice bens(m_cloud, m_http->profile(), m_tokens["ben"], dir.filePath("ben.sqlite"),
                      "ben-app", kThing);
    larder::commands::Commands commands(&bens.api, &bens.mqtt, kThing);
    QAbstractItemModelTester tester(commands.list(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(&commands, &larder::commands::Commands::finished);
    commands.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!commands.loading() && commands.list()->count() > 0 &&
                                 bens.mqtt.isSubscribed(larder::commands::topics::changes(kThing)),
                             10000);
    QCOMPARE(commands.supported().size(), 4);
    QVERIFY(commands.can().value("defrost").toBool());
    // A defrost from the app: waiting, then the fridge's steps, then done — live.
    const int before = commands.list()->count();
    commands.send("defrost");
    QVERIFY(commands.busy());
    QTRY_COMPARE_WITH_TIMEOUT(commands.list()->count(), before + 1, 10000);
    const auto newest = [&] {
        const auto &rows = commands.list()->rows();
        return *std::max_element(rows.cbegin(), rows.cend(), [](const auto &a, const auto &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.command != "defrost";
        });
    };
    QTRY_COMPARE_WITH_TIMEOUT(newest().phase(), QStringLiteral("running"), 10000);
    QVERIFY(commands.active() >= 1);
    QVERIFY(newest().stateText().startsWith("Defrosting · "));
    QTRY_COMPARE_WITH_TIMEOUT(newest().phase(), QStringLiteral("done"), 15000);
    QCOMPARE(newest().stateText(), QStringLiteral("Defrosted; the freezer is cooling down again."));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Defrost cycle"));
    QCOMPARE(finished.at(0).at(2).toBool(), true);
    QCOMPARE(commands.active(), 0);
    // What the cloud refuses is a sentence in the app.
    commands.send("quickFreeze", {{"hours", 99}});
    QTRY_VERIFY_WITH_TIMEOUT(!commands.error().isEmpty(), 10000);
    QVERIFY2(commands.error().contains("whole number from 1 to 48"), qPrintable(commands.error()));
}

void TestCommands::outsidersGetNothing()
{
    const QString id = m_http->api("GET", "/devices/" + kThing + "/commands", {}, m_tokens["ann"])
                           .body.value("items")
                           .toArray()
                           .at(0)
                           .toObject()
                           .value("commandId")
                           .toString();
    QVERIFY(!id.isEmpty());
    for (const auto &[method, path] :
         {std::pair<QByteArray, QString>{"GET", "/devices/" + kThing + "/commands"},
          {"POST", "/devices/" + kThing + "/commands"},
          {"GET", "/devices/" + kThing + "/commands/" + id},
          {"GET", "/devices/" + kSmall + "/commands/" + id}}) {
        const QString token = path.contains(kSmall) ? m_tokens["ann"] : m_tokens["eve"];
        const auto answer = m_http->api(method, path, {{"command", "defrost"}}, token);
        QVERIFY2(answer.status == 404, qPrintable(method + ' ' + path));
    }
    // Eve's app may not follow the family's fridge, nor take its jobs as the fridge.
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer eve(m_cloud.accountSettings(larder::clientids::app(sub, "snoop"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    QVERIFY(!eve.subscribe(larder::commands::topics::changes(kThing)));
    QVERIFY(!eve.subscribe(larder::commands::topics::notifyNext(kThing)));
    // Another fridge's certificate cannot take this fridge's jobs either.
    MqttPeer other(m_cloud.deviceSettings(kSmall));
    QVERIFY(other.connect());
    QVERIFY(!other.subscribe(larder::commands::topics::notifyNext(kThing)));
}

void TestCommands::theAwsDeviceSdkCompletesAJob()
{
    const QString conformance =
        qEnvironmentVariable("LARDER_SOURCE_DIR") + QStringLiteral("/tests/conformance");
    const QString sdk = conformance + QStringLiteral("/node_modules/aws-iot-device-sdk-v2");
    if (!QFile::exists(sdk))
        QSKIP("tools/setup installs the AWS IoT Device SDK (npm ci in tests/conformance)");
    const QString id =
        send(kSdk, {{"command", "quickFreeze"}, {"params", QJsonObject{{"hours", 2}}}})
            .value("commandId")
            .toString();
    QVERIFY(!id.isEmpty());
    const auto settings = m_cloud.deviceSettings(kSdk);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LARDER_JOBS_PORT", QString::number(settings.port));
    env.insert("LARDER_JOBS_CA", settings.caFile);
    env.insert("LARDER_JOBS_CERT", settings.certFile);
    env.insert("LARDER_JOBS_KEY", settings.keyFile);
    env.insert("LARDER_JOBS_THING", kSdk);
    env.insert("LARDER_JOBS_JOB", id);
    QProcess node;
    node.setProcessEnvironment(env);
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start("node", {conformance + QStringLiteral("/jobs-client.mjs")});
    QVERIFY(node.waitForFinished(60000));
    const QByteArray output = node.readAll();
    qInfo("%s", output.constData());
    QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, output.constData());
    QVERIFY(output.contains("jobs-client done"));
    // The cloud agrees: the SDK's fridge finished it, with its words.
    const QJsonObject done = awaitStatus(kSdk, id, "success", 5000);
    QCOMPARE(done.value("statusDetails").toObject().value("result").toString(),
             QStringLiteral("Done by the AWS IoT Device SDK"));
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"

// SPDX-License-Identifier: MIT
// A command's life as an AWS IoT job execution (commands::JobExecution, pure), table-driven:
// each row is a script of device requests and time passing, and the execution's status,
// version and the error of the last step. Then the topics, and the command catalog's verdicts.
#include "commands/CommandCatalog.h"
#include "commands/JobExecution.h"
#include "commands/JobTopics.h"

#include <QJsonDocument>
#include <QTest>

using namespace larder::commands;

namespace {

struct Step
{
    enum Kind { StartNext, Update, Time } kind;
    qint64 now;
    QByteArray request;
};
using Script = QList<Step>;

Step startNext(qint64 now, const char *json = "{}")
{
    return {Step::StartNext, now, json};
}
Step update(qint64 now, const char *json)
{
    return {Step::Update, now, json};
}
Step at(qint64 now)
{
    return {Step::Time, now, {}};
}

JobExecution queued()
{
    JobExecution execution;
    execution.jobId = QStringLiteral("c1");
    execution.thing = QStringLiteral("fridge-1");
    execution.document = {{QStringLiteral("operation"), QStringLiteral("defrost")}};
    execution.queuedAt = execution.lastUpdatedAt = 100;
    execution.expiresAt = 1000;
    execution.inProgressTimeout = 600;
    return execution;
}

} // namespace

Q_DECLARE_METATYPE(Script)

class TestJobExecution : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("version");
        QTest::addColumn<QString>("error"); ///< the last step's error code, or ""

        QTest::newRow("queued") << Script{} << "QUEUED" << qint64(1) << "";
        QTest::newRow("start-next starts it")
            << Script{startNext(200)} << "IN_PROGRESS" << qint64(2) << "";
        QTest::newRow("start-next twice: the same execution")
            << Script{startNext(200), startNext(210)} << "IN_PROGRESS" << qint64(2) << "";
        QTest::newRow("succeeded")
            << Script{startNext(200), update(300, R"({"status":"SUCCEEDED"})")} << "SUCCEEDED"
            << qint64(3) << "";
        QTest::newRow("failed with a reason")
            << Script{startNext(200),
                      update(300, R"({"status":"FAILED","statusDetails":{"reason":"door"}})")}
            << "FAILED" << qint64(3) << "";
        QTest::newRow("rejected while queued")
            << Script{update(300, R"({"status":"REJECTED"})")} << "REJECTED" << qint64(2) << "";
        QTest::newRow("progress updates")
            << Script{startNext(200),
                      update(210, R"({"status":"IN_PROGRESS","statusDetails":{"progress":"25"}})"),
                      update(220, R"({"status":"IN_PROGRESS","statusDetails":{"progress":"50"}})")}
            << "IN_PROGRESS" << qint64(4) << "";
        QTest::newRow("no update after the end")
            << Script{startNext(200), update(300, R"({"status":"SUCCEEDED"})"),
                      update(310, R"({"status":"IN_PROGRESS"})")}
            << "SUCCEEDED" << qint64(3) << "InvalidStateTransition";
        QTest::newRow("expected version matches")
            << Script{startNext(200), update(300, R"({"status":"SUCCEEDED","expectedVersion":2})")}
            << "SUCCEEDED" << qint64(3) << "";
        QTest::newRow("expected version stale")
            << Script{startNext(200), update(300, R"({"status":"SUCCEEDED","expectedVersion":1})")}
            << "IN_PROGRESS" << qint64(2) << "VersionMismatch";
        QTest::newRow("another execution number")
            << Script{update(300, R"({"status":"SUCCEEDED","executionNumber":7})")} << "QUEUED"
            << qint64(1) << "InvalidRequest";
        QTest::newRow("status missing") << Script{update(300, R"({"statusDetails":{}})")}
                                        << "QUEUED" << qint64(1) << "InvalidRequest";
        QTest::newRow("status a device may not set")
            << Script{update(300, R"({"status":"TIMED_OUT"})")} << "QUEUED" << qint64(1)
            << "InvalidRequest";
        QTest::newRow("statusDetails not strings")
            << Script{startNext(200, R"({"statusDetails":{"progress":50}})")} << "QUEUED"
            << qint64(1) << "InvalidRequest";
        QTest::newRow("statusDetails too many")
            << Script{startNext(
                   200,
                   R"({"statusDetails":{"a":"1","b":"1","c":"1","d":"1","e":"1","f":"1","g":"1","h":"1","i":"1","j":"1","k":"1"}})")}
            << "QUEUED" << qint64(1) << "InvalidRequest";
        // AWS's patterns: no control or formatting characters in values (a bidi override
        // would reorder what the app shows), plain keys.
        QTest::newRow("statusDetails with a bidi override")
            << Script{startNext(200, "{\"statusDetails\":{\"reason\":\"ok\u202Egnp.exe\"}}")}
            << "QUEUED" << qint64(1) << "InvalidRequest";
        QTest::newRow("statusDetails with a control character")
            << Script{startNext(200, "{\"statusDetails\":{\"reason\":\"a\u0007b\"}}")} << "QUEUED"
            << qint64(1) << "InvalidRequest";
        QTest::newRow("statusDetails with a zero-width space")
            << Script{startNext(200, "{\"statusDetails\":{\"reason\":\"a\u200Bb\"}}")} << "QUEUED"
            << qint64(1) << "InvalidRequest";
        QTest::newRow("statusDetails empty value")
            << Script{startNext(200, R"({"statusDetails":{"reason":""}})")} << "QUEUED" << qint64(1)
            << "InvalidRequest";
        QTest::newRow("statusDetails odd key")
            << Script{startNext(200, R"({"statusDetails":{"a b":"1"}})")} << "QUEUED" << qint64(1)
            << "InvalidRequest";
        QTest::newRow("statusDetails in another script")
            << Script{startNext(200, R"({"statusDetails":{"reason":"门没关好 — ok"}})")}
            << "IN_PROGRESS" << qint64(2) << "";
        QTest::newRow("step timeout of 0")
            << Script{startNext(200, R"({"stepTimeoutInMinutes":0})")} << "QUEUED" << qint64(1)
            << "InvalidRequest";
        QTest::newRow("step timeout of a year")
            << Script{startNext(200, R"({"stepTimeoutInMinutes":525600})")} << "QUEUED" << qint64(1)
            << "InvalidRequest";
        QTest::newRow("expired before it was taken")
            << Script{at(999), at(1000)} << "TIMED_OUT" << qint64(2) << "";
        QTest::newRow("an expired one is not started")
            << Script{at(1000), startNext(1001)} << "TIMED_OUT" << qint64(2) << "";
        QTest::newRow("in progress past its timeout")
            << Script{startNext(200), at(799), at(800)} << "TIMED_OUT" << qint64(3) << "";
        QTest::newRow("step timeout comes first")
            << Script{startNext(200, R"({"stepTimeoutInMinutes":1})"), at(259), at(260)}
            << "TIMED_OUT" << qint64(3) << "";
        QTest::newRow("a new step timeout resets the step")
            << Script{startNext(200, R"({"stepTimeoutInMinutes":1})"),
                      update(250, R"({"status":"IN_PROGRESS","stepTimeoutInMinutes":2})"), at(300)}
            << "IN_PROGRESS" << qint64(3) << "";
        QTest::newRow("timed out, then the device reports")
            << Script{startNext(200), at(800), update(801, R"({"status":"SUCCEEDED"})")}
            << "TIMED_OUT" << qint64(3) << "InvalidStateTransition";
    }
    void lifecycle()
    {
        QFETCH(Script, script);
        JobExecution execution = queued();
        QString lastError;
        for (const Step &step : script) {
            lastError.clear();
            const QJsonObject request = QJsonDocument::fromJson(step.request).object();
            std::optional<JobError> failed;
            switch (step.kind) {
            case Step::StartNext: {
                const QList<JobExecution> all{execution};
                if (jobs::next(all))
                    failed = jobs::startNext(execution, request, step.now);
                break;
            }
            case Step::Update:
                failed = jobs::update(execution, request, step.now);
                break;
            case Step::Time:
                jobs::expire(execution, step.now);
                break;
            }
            if (failed) {
                lastError = failed->code;
                QVERIFY(!failed->message.isEmpty());
            }
        }
        QFETCH(QString, status);
        QFETCH(qint64, version);
        QFETCH(QString, error);
        QCOMPARE(statusName(execution.status), status);
        QCOMPARE(execution.versionNumber, version);
        QCOMPARE(lastError, error);
    }

    void nextPrefersInProgressThenOldest()
    {
        JobExecution a = queued(), b = queued(), c = queued();
        a.jobId = QStringLiteral("a");
        a.queuedAt = 300;
        b.jobId = QStringLiteral("b");
        b.queuedAt = 200;
        c.jobId = QStringLiteral("c");
        c.queuedAt = 400;
        QCOMPARE(jobs::next({a, b, c})->jobId, QStringLiteral("b"));
        c.status = JobStatus::InProgress;
        QCOMPARE(jobs::next({a, b, c})->jobId, QStringLiteral("c"));
        a.status = b.status = c.status = JobStatus::Succeeded;
        QCOMPARE(jobs::next({a, b, c}), nullptr);
        QCOMPARE(seedStatus(JobStatus::Queued), QStringLiteral("pending"));
        QCOMPARE(seedStatus(JobStatus::InProgress), QStringLiteral("pending"));
        QCOMPARE(seedStatus(JobStatus::Succeeded), QStringLiteral("success"));
        for (JobStatus failed :
             {JobStatus::Failed, JobStatus::TimedOut, JobStatus::Rejected, JobStatus::Canceled})
            QCOMPARE(seedStatus(failed), QStringLiteral("failed"));
    }

    void executionJson()
    {
        JobExecution execution = queued();
        QVERIFY(!jobs::startNext(execution, {}, 200));
        const QJsonObject json = execution.toJson();
        QCOMPARE(json.value(u"jobId").toString(), QStringLiteral("c1"));
        QCOMPARE(json.value(u"thingName").toString(), QStringLiteral("fridge-1"));
        QCOMPARE(json.value(u"status").toString(), QStringLiteral("IN_PROGRESS"));
        QCOMPARE(json.value(u"startedAt").toInteger(), 200);
        QCOMPARE(json.value(u"jobDocument").toObject().value(u"operation").toString(),
                 QStringLiteral("defrost"));
        QVERIFY(!execution.toJson(false).contains(u"jobDocument"));
        QVERIFY(!execution.summaryJson().contains(u"status"));
        QCOMPARE(execution.stateJson().value(u"versionNumber").toInteger(), 2);
    }

    void topics_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("parsed"); ///< "thing request jobId answer", or "" for none
        QTest::newRow("get") << "$aws/things/f1/jobs/get"
                             << "f1 0  ";
        QTest::newRow("get accepted") << "$aws/things/f1/jobs/get/accepted"
                                      << "f1 0  accepted";
        QTest::newRow("start-next") << "$aws/things/f1/jobs/start-next"
                                    << "f1 1  ";
        QTest::newRow("start-next rejected") << "$aws/things/f1/jobs/start-next/rejected"
                                             << "f1 1  rejected";
        QTest::newRow("describe") << "$aws/things/f1/jobs/j-9/get"
                                  << "f1 2 j-9 ";
        QTest::newRow("describe next") << "$aws/things/f1/jobs/$next/get"
                                       << "f1 2 $next ";
        QTest::newRow("update") << "$aws/things/f1/jobs/j-9/update"
                                << "f1 3 j-9 ";
        QTest::newRow("update accepted") << "$aws/things/f1/jobs/j-9/update/accepted"
                                         << "f1 3 j-9 accepted";
        QTest::newRow("notify-next") << "$aws/things/f1/jobs/notify-next"
                                     << "f1 notify";
        QTest::newRow("update of $next") << "$aws/things/f1/jobs/$next/update"
                                         << "";
        QTest::newRow("wildcard thing") << "$aws/things/+/jobs/get"
                                        << "";
        QTest::newRow("wildcard job") << "$aws/things/f1/jobs/#"
                                      << "";
        QTest::newRow("unknown verb") << "$aws/things/f1/jobs/j-9/cancel"
                                      << "";
        QTest::newRow("shadow") << "$aws/things/f1/shadow/get"
                                << "";
        QTest::newRow("too deep") << "$aws/things/f1/jobs/j-9/get/accepted/x"
                                  << "";
    }
    void topics()
    {
        QFETCH(QString, topic);
        const auto job = topics::JobTopic::parse(topic);
        QString text;
        if (job && job->notification)
            text = job->thing + QStringLiteral(" notify");
        else if (job)
            text = QStringLiteral("%1 %2 %3 %4")
                       .arg(job->thing)
                       .arg(int(job->request))
                       .arg(job->jobId, job->answer);
        QFETCH(QString, parsed);
        QCOMPARE(text, parsed);
        QCOMPARE(topics::thingOfChanges(QStringLiteral("larder/things/f1/commands/changes")),
                 QStringLiteral("f1"));
        QCOMPARE(topics::thingOfChanges(QStringLiteral("larder/things/+/commands/changes")),
                 QString());
    }

    void catalog_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("params");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("result"); ///< the document, or the start of the error

        QTest::newRow("quick-freeze") << "quickFreeze" << QByteArray(R"({"hours":6})") << "LF-500"
                                      << R"({"hours":6,"operation":"quickFreeze"})";
        QTest::newRow("quick-freeze, 0 hours")
            << "quickFreeze" << QByteArray(R"({"hours":0})") << "LF-500"
            << "quickFreeze needs";
        QTest::newRow("quick-freeze, a year")
            << "quickFreeze" << QByteArray(R"({"hours":8760})") << "LF-500"
            << "quickFreeze needs";
        QTest::newRow("quick-freeze, negative")
            << "quickFreeze" << QByteArray(R"({"hours":-2})") << "LF-500"
            << "quickFreeze needs";
        QTest::newRow("quick-freeze, text")
            << "quickFreeze" << QByteArray(R"({"hours":"6"})") << "LF-500"
            << "quickFreeze needs";
        QTest::newRow("quick-freeze, fraction")
            << "quickFreeze" << QByteArray(R"({"hours":1.5})") << "LF-500"
            << "quickFreeze needs";
        QTest::newRow("quick-freeze, missing") << "quickFreeze" << QByteArray("{}") << "LF-500"
                                               << "quickFreeze needs";
        QTest::newRow("defrost") << "defrost" << QByteArray("{}") << "LF-500"
                                 << R"({"operation":"defrost"})";
        QTest::newRow("defrost with a parameter")
            << "defrost" << QByteArray(R"({"hours":1})") << "LF-500"
            << "defrost takes no";
        QTest::newRow("water filter") << "resetWaterFilter" << QByteArray("{}") << "LF-500"
                                      << R"({"operation":"resetWaterFilter"})";
        QTest::newRow("water filter, a model without")
            << "resetWaterFilter" << QByteArray("{}") << "LF-300"
            << "The LF-300 has no water";
        QTest::newRow("snooze") << "snoozeAlarms" << QByteArray(R"({"minutes":30})") << "LF-300"
                                << R"({"minutes":30,"operation":"snoozeAlarms"})";
        QTest::newRow("unknown") << "selfDestruct" << QByteArray("{}") << "LF-500"
                                 << "Larder knows no command \"selfDestruct\"";
        QTest::newRow("hostile name") << QString(5000, u'x') << QByteArray("{}") << "LF-500"
                                      << "Larder knows no command";
    }
    void catalog()
    {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QFETCH(QString, result);
        QFETCH(QByteArray, params);
        const auto made = catalog::document(name, QJsonDocument::fromJson(params).object(), model);
        if (const auto *document = std::get_if<QJsonObject>(&made)) {
            QCOMPARE(QString::fromUtf8(QJsonDocument(*document).toJson(QJsonDocument::Compact)),
                     result);
            QVERIFY(!catalog::titleOf(*document).isEmpty());
        } else {
            const QString error = std::get<QString>(made);
            QVERIFY2(error.startsWith(result), qPrintable(error));
            QVERIFY(error.size() < 200);
        }
        QVERIFY(catalog::supportedBy(QStringLiteral("LF-300")).size() <
                catalog::supportedBy(QStringLiteral("LF-500")).size());
    }
};

QTEST_GUILESS_MAIN(TestJobExecution)
#include "tst_jobexecution.moc"

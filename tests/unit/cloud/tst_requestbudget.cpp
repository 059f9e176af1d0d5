// SPDX-License-Identifier: MIT
// RequestBudget: which device topics are requests to a service, and how many of them a thing
// is served, refused and dropped second by second.
#include "broker-plugin/RequestBudget.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using larder::cloud::DeviceRequest;
using larder::cloud::RequestBudget;

class TestRequestBudget : public QObject
{
    Q_OBJECT
private slots:
    void classifies_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QString>("service"); ///< "" when the topic is no device request
        QTest::addColumn<int>("perSecond");
        QTest::addColumn<QString>("rejected");
        const auto row = [](const char *name, const char *topic, const char *service, int perSecond,
                            const char *rejected) {
            QTest::newRow(name) << topic << service << perSecond << rejected;
        };
        row("media", "larder/things/F1/media/request", "media", 20,
            "larder/things/F1/media/request/rejected");
        row("board", "larder/things/F1/board/request", "board", 20,
            "larder/things/F1/board/request/rejected");
        row("the tablet's list", "larder/things/F1/ingredients/request", "ingredients", 20,
            "larder/things/F1/ingredients/request/rejected");
        row("the family's shopping list", "larder/things/F1/shopping/request", "shopping", 20,
            "larder/things/F1/shopping/request/rejected");
        row("the fridge's temperatures", "larder/things/F1/history/request", "history", 20,
            "larder/things/F1/history/request/rejected");
        row("what the cameras saw", "larder/things/F1/ingredients/recognition", "recognition", 5,
            "");
        row("jobs: pending", "$aws/things/F1/jobs/get", "jobs", 20,
            "$aws/things/F1/jobs/get/rejected");
        row("jobs: start next", "$aws/things/F1/jobs/start-next", "jobs", 20,
            "$aws/things/F1/jobs/start-next/rejected");
        row("jobs: update", "$aws/things/F1/jobs/j-1/update", "jobs", 20,
            "$aws/things/F1/jobs/j-1/update/rejected");
        row("a jobs answer", "$aws/things/F1/jobs/get/accepted", "", 0, "");
        row("a jobs notification", "$aws/things/F1/jobs/notify-next", "", 0, "");
        row("an answer", "larder/things/F1/media/request/accepted", "", 0, "");
        row("a feed", "larder/things/F1/ingredients/changes", "", 0, "");
        row("a shadow (ShadowGate's)", "$aws/things/F1/shadow/update", "", 0, "");
        row("an unknown service", "larder/things/F1/oven/request", "", 0, "");
        row("a bad thing name", "larder/things/F 1/media/request", "", 0, "");
        row("a wildcard", "larder/things/+/media/request", "", 0, "");
        row("deeper", "larder/things/F1/media/request/x", "", 0, "");
        // Fleet provisioning names no thing: the asking certificate counts (here "F1").
        row("a certificate from a CSR", "$aws/certificates/create-from-csr/json", "provisioning",
            20, "");
        row("a fridge registered", "$aws/provisioning-templates/larder-fridge/provision/json",
            "provisioning", 20, "");
        row("a provisioning answer", "$aws/certificates/create-from-csr/json/accepted", "", 0, "");
        row("a provisioning refusal",
            "$aws/provisioning-templates/larder-fridge/provision/json/rejected", "", 0, "");
    }
    void classifies()
    {
        QFETCH(QString, topic);
        QFETCH(QString, service);
        QFETCH(int, perSecond);
        QFETCH(QString, rejected);
        const auto request = DeviceRequest::of(topic, QStringLiteral("F1"));
        QCOMPARE(request.has_value(), !service.isEmpty());
        if (!request)
            return;
        QCOMPARE(request->thing, QStringLiteral("F1"));
        QCOMPARE(request->service, service);
        QCOMPARE(request->perSecond, perSecond);
        QCOMPARE(request->rejectedTopic, rejected);
    }

    void provisioningNeedsItsSender()
    {
        QVERIFY(!DeviceRequest::of(QStringLiteral("$aws/certificates/create-from-csr/json")));
        QVERIFY(DeviceRequest::of(QStringLiteral("larder/things/F1/media/request")));
    }

    void refusals()
    {
        const auto media = DeviceRequest::of(QStringLiteral("larder/things/F1/media/request"));
        QJsonObject body =
            QJsonDocument::fromJson(media->refusal(R"({"op":"reserve","clientToken":"t-1"})", 7))
                .object();
        QCOMPARE(body.value("status").toInt(), 429);
        QCOMPARE(body.value("error").toString(), QStringLiteral("Throttled"));
        QCOMPARE(body.value("clientToken").toString(), QStringLiteral("t-1"));
        QVERIFY(!body.value("message").toString().isEmpty());
        const auto jobs = DeviceRequest::of(QStringLiteral("$aws/things/F1/jobs/get"));
        body = QJsonDocument::fromJson(jobs->refusal("not json", 7)).object();
        QCOMPARE(body.value("code").toString(), QStringLiteral("RequestThrottled"));
        QCOMPARE(body.value("timestamp").toInteger(), 7);
        QVERIFY(!body.contains("clientToken"));
        // A hostile token is not echoed.
        body = QJsonDocument::fromJson(
                   media->refusal("{\"clientToken\":\"" + QByteArray(65, 'x') + "\"}", 7))
                   .object();
        QVERIFY(!body.contains("clientToken"));
    }

    void budget_data()
    {
        QTest::addColumn<QList<int>>("perSecond"); ///< requests from one thing, second by second
        QTest::addColumn<QString>("verdicts");     ///< S served, R refused, D dropped, per second
        QTest::newRow("a calm fridge") << QList<int>{3, 1} << "3S 1S";
        QTest::newRow("at its share") << QList<int>{20} << "20S";
        QTest::newRow("just past it") << QList<int>{21} << "20S 1R";
        QTest::newRow("a flood") << QList<int>{100} << "20S 20R 60D";
        QTest::newRow("a long flood") << QList<int>{100000} << "20S 20R 99960D";
        QTest::newRow("the next second is new") << QList<int>{100, 5} << "20S 20R 60D 5S";
    }
    void budget()
    {
        QFETCH(QList<int>, perSecond);
        QFETCH(QString, verdicts);
        RequestBudget budget;
        QStringList seen;
        qint64 second = 1000;
        for (int requests : perSecond) {
            QString last;
            int run = 0;
            const auto flush = [&] {
                if (run)
                    seen.append(QString::number(run) + last);
            };
            for (int i = 0; i < requests; ++i) {
                const auto verdict = budget.take("flood", "media", 20, second);
                const QString code = verdict == RequestBudget::Verdict::Serve    ? "S"
                                     : verdict == RequestBudget::Verdict::Refuse ? "R"
                                                                                 : "D";
                if (code != last) {
                    flush();
                    last = code;
                    run = 0;
                }
                ++run;
            }
            flush();
            // Shares are per thing and per service: the same second, another thing or another
            // service of the flooding thing is served.
            QCOMPARE(budget.take("calm", "media", 20, second), RequestBudget::Verdict::Serve);
            QCOMPARE(budget.take("flood", "board", 20, second), RequestBudget::Verdict::Serve);
            ++second;
        }
        QCOMPARE(seen.join(' '), verdicts);
        // Past seconds are forgotten: what it keeps is bounded by what is active now.
        QCOMPARE(budget.take("flood", "media", 20, second), RequestBudget::Verdict::Serve);
        QCOMPARE(budget.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"

// SPDX-License-Identifier: MIT
// Each fridge's temperature history on a live larder-cloud: what a fridge reports over MQTT
// becomes minute and quarter-hour buckets (averages, the setpoints last seen, door openings
// counted once however often an open door is re-reported), served to its family's members with
// the alerts of the range; anyone else finds no such fridge, and the history leaves with the
// fridge.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include <QJsonArray>
#include <QTest>
#include <QTime>

namespace {
const QString kThing = QStringLiteral("LRD00000094");
}

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_http = std::make_unique<CloudHttp>(m_cloud);
        m_tokens = m_http->signedInAccounts({"ann", "eve"});
        QVERIFY(!m_tokens.isEmpty());
        m_family = m_http->createFamily("Home", m_tokens["ann"]);
        QVERIFY(m_cloud.deviceCert(kThing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family,
                                 "--fridge-name", "Kitchen fridge"}));
        m_fridge = std::make_unique<MqttPeer>(m_cloud.deviceSettings(kThing));
        QVERIFY(m_fridge->connect());
    }

    void reportsBecomeBuckets()
    {
        // All in one minute's bucket: not in a minute's last ten seconds.
        while (QTime::currentTime().second() >= 50)
            QTest::qWait(500);
        // Three readings and a door opened, re-reported open, closed and opened again; then a
        // report with nothing a fridge could mean.
        for (const char *reported :
             {R"({"fridge":{"temperature":4.0,"setpoint":4.0},"freezer":{"temperature":-18.0}})",
              R"({"fridge":{"temperature":5.0},"doorOpen":true})",
              R"({"fridge":{"temperature":6.0},"doorOpen":true})",
              R"({"doorOpen":false,"freezer":{"temperature":-17.0,"setpoint":-18}})",
              R"({"doorOpen":true})", R"({"fridge":{"temperature":"warm"},"freezer":7})",
              R"({"fridge":{"temperature":1e308}})"})
            report(reported);
        QJsonObject day;
        QTRY_VERIFY_WITH_TIMEOUT(
            (day = history("day", m_tokens["ann"]).body)["points"].toArray().size() == 1 &&
                day["points"][0]["doorOpenings"].toInt() == 2,
            10000);
        QCOMPARE(day["range"].toString(), QStringLiteral("day"));
        QCOMPARE(day["resolution"].toInt(), 60);
        QCOMPARE(day["to"].toInteger() - day["from"].toInteger(), 24 * 3600 * 1000LL);
        const QJsonObject point = day["points"][0].toObject();
        QVERIFY(point["t"].toInteger() % 60000 == 0 &&
                point["t"].toInteger() >= day["from"].toInteger());
        QCOMPARE(point["fridge"].toDouble(), 5.0);    // (4 + 5 + 6) / 3
        QCOMPARE(point["freezer"].toDouble(), -17.5); // (−18 − 17) / 2
        QCOMPARE(point["fridgeSetpoint"].toDouble(), 4.0);
        QCOMPARE(point["freezerSetpoint"].toDouble(), -18.0);
        // The month keeps quarter hours.
        const QJsonObject month = history("month", m_tokens["ann"]).body;
        QCOMPARE(month["resolution"].toInt(), 900);
        QCOMPARE(month["points"].toArray().size(), 1);
        QVERIFY(month["points"][0]["t"].toInteger() % 900000 == 0);
        QCOMPARE(month["points"][0]["doorOpenings"].toInt(), 2);
        QCOMPARE(month["points"][0]["fridge"].toDouble(), 5.0);
    }

    void alertsOfTheRangeAreMarked()
    {
        // A warm fridge for its half hour (the fridge's clock runs 10 days ahead of itself).
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        report(QStringLiteral(R"({"fridge":{"temperature":12.0},"clock":%1})").arg(now).toUtf8());
        report(QStringLiteral(R"({"fridge":{"temperature":12.5},"clock":%1})")
                   .arg(now + 40 * 60)
                   .toUtf8());
        // The door, left open by the test before, is raised in the same tick: the two alerts may
        // come in either order.
        const auto warm = [this]() -> QJsonObject {
            for (const QJsonValue &alert : history("day", m_tokens["ann"]).body["alerts"].toArray())
                if (alert["condition"] == QStringLiteral("fridgeWarm"))
                    return alert.toObject();
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!warm().isEmpty(), 10000);
        QCOMPARE(warm()["type"].toString(), QStringLiteral("error"));
    }

    void othersFindNoSuchFridge()
    {
        QCOMPARE(history("day", m_tokens["eve"]).status, 404);
        QCOMPARE(history("day", {}).status, 401);
        QCOMPARE(
            m_http->api("GET", "/devices/LRD99999999/temperatures", {}, m_tokens["ann"]).status,
            404);
        const auto bad = history("year", m_tokens["ann"]);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.body["message"].toString(), QStringLiteral("range is day or month."));
    }

    void theHistoryLeavesWithTheFridge()
    {
        QCOMPARE(m_http->api("DELETE", "/devices/" + kThing, {}, m_tokens["ann"]).status, 204);
        // Back in the family: nothing of before.
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family,
                                 "--fridge-name", "Kitchen fridge"}));
        QTRY_VERIFY_WITH_TIMEOUT(
            history("day", m_tokens["ann"]).status == 200 &&
                history("day", m_tokens["ann"]).body["points"].toArray().isEmpty(),
            10000);
        QVERIFY(history("month", m_tokens["ann"]).body["points"].toArray().isEmpty());
    }

private:
    void report(const QByteArray &reported)
    {
        m_fridge->publish("$aws/things/" + kThing + "/shadow/update",
                          R"({"state":{"reported":)" + reported + "}}");
    }
    CloudHttp::Answer history(const QString &range, const QString &token)
    {
        return m_http->api("GET", "/devices/" + kThing + "/temperatures?range=" + range, {}, token);
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    std::unique_ptr<MqttPeer> m_fridge;
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"

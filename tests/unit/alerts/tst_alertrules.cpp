// SPDX-License-Identifier: MIT
// The alert rules (alerts::AlertRules, pure), table-driven: each row is a fridge's story —
// reports, presence changes, time passing — and the alerts raised (+) and cleared (−) along it.
// Door and temperatures count in the fridge's own clock (a fast simulator raises them fast);
// being offline counts in the cloud's. One alert per condition episode, however many updates.
#include "alerts/AlertRules.h"
#include "alerts/QuietHours.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace larder::alerts;

namespace {

struct Step
{
    enum Kind { Report, Presence, Tick } kind;
    qint64 now; ///< the cloud's time (s)
    QJsonObject reported;
    bool connected = true;
};
using Script = QList<Step>;

Step report(qint64 now, const char *json)
{
    return {Step::Report, now, QJsonDocument::fromJson(json).object()};
}
Step presence(qint64 now, bool connected)
{
    return {Step::Presence, now, {}, connected};
}
Step tick(qint64 now)
{
    return {Step::Tick, now, {}};
}
QString opened(qint64 at)
{
    return QStringLiteral(R"({"doorOpen":true,"doorOpenedAt":%1})").arg(at);
}

} // namespace

Q_DECLARE_METATYPE(Script)

class TestAlertRules : public QObject
{
    Q_OBJECT
private slots:
    // The ranges the owner's screen offers are the ones the rules accept, at both ends.
    void rangesAreTheOnesTheRulesAccept()
    {
        for (const QString &id : Thresholds::settingIds()) {
            const auto [low, high] = Thresholds::range(id);
            QVERIFY2(low < high, qPrintable(id));
            Thresholds t;
            QString why;
            QVERIFY2(t.set(id, low, &why) && t.set(id, high, &why), qPrintable(why));
            QVERIFY(!t.set(id, low - 1, &why) && !t.set(id, high + 1, &why));
            // The default lies inside.
            const double given = Thresholds{}.value(id).toDouble();
            QVERIFY2(given >= low && given <= high, qPrintable(id));
        }
        QCOMPARE(Thresholds::range(QStringLiteral("colour")), (std::pair<double, double>{0, 0}));
    }
    void stories_data()
    {
        QTest::addColumn<Script>("script");
        QTest::addColumn<qint64>("doorSeconds"); ///< the family's threshold
        QTest::addColumn<QString>("alerts");

        const QByteArray open1000 = opened(1000).toUtf8();
        QTest::newRow("door open, not yet")
            << Script{report(1000, open1000), tick(1599)} << qint64(600) << "";
        QTest::newRow("door open at the threshold")
            << Script{report(1000, open1000), tick(1600)} << qint64(600) << "doorOpen+";
        QTest::newRow("door closed clears")
            << Script{report(1000, open1000), tick(1600), report(1700, R"({"doorOpen":false})")}
            << qint64(600) << "doorOpen+ doorOpen-";
        QTest::newRow("closed before the threshold: nothing")
            << Script{report(1000, open1000), report(1500, R"({"doorOpen":false})"), tick(2000)}
            << qint64(600) << "";
        Script flood{report(1000, open1000)};
        for (int i = 0; i < 1000; ++i)
            flood.append(
                report(1590 + i / 10, R"({"fridge":{"temperature":5.5},"doorOpen":true})"));
        QTest::newRow("a flood of updates: one alert") << flood << qint64(600) << "doorOpen+";
        QTest::newRow("each episode once") << Script{report(1000, open1000),
                                                     tick(1600),
                                                     report(1610, R"({"doorOpen":false})"),
                                                     report(1620, opened(1620).toUtf8()),
                                                     tick(2219),
                                                     tick(2220),
                                                     tick(2300)}
                                           << qint64(600) << "doorOpen+ doorOpen- doorOpen+";
        QTest::newRow("the family's own threshold")
            << Script{report(1000, open1000), tick(1119), tick(1120)} << qint64(120) << "doorOpen+";
        // A simulator at 20×: its clock moves 200 s in 10 s of the cloud's.
        QTest::newRow("a fast fridge, not yet")
            << Script{report(100, R"({"clock":1000})"),
                      report(110, R"({"clock":1200,"doorOpen":true,"doorOpenedAt":1200})"),
                      tick(139)}
            << qint64(600) << "";
        QTest::newRow("a fast fridge at its threshold")
            << Script{report(100, R"({"clock":1000})"),
                      report(110, R"({"clock":1200,"doorOpen":true,"doorOpenedAt":1200})"),
                      tick(140)}
            << qint64(600) << "doorOpen+";
        QTest::newRow("a fast fridge is timed by its clock, not the wall's doorOpenedAt")
            << Script{report(100, R"({"clock":1000})"),
                      report(110, R"({"clock":1200,"doorOpen":true,"doorOpenedAt":110})"),
                      tick(139), tick(140)}
            << qint64(600) << "doorOpen+";
        // Reports close together in whole seconds (0.9 s apart can read as 1 s or 0 s) do
        // not set the rate; a span of five seconds or more does.
        // Door opened at fridge time 1050; from 110 on the clock runs at 20x (1200 at 110), so
        // 600 s of it have passed at 1200 + 20 × 22.5 → at 132.5 of the cloud's.
        const Script fast{report(100, R"({"clock":1000})"), report(101, R"({"clock":1001})"),
                          report(102, R"({"clock":1050,"doorOpen":true})"),
                          report(110, R"({"clock":1200})")};
        QTest::newRow("a fast fridge's rate from a long enough span, not yet")
            << (fast + Script{tick(132)}) << qint64(600) << "";
        QTest::newRow("a fast fridge's rate from a long enough span, at its threshold")
            << (fast + Script{tick(133)}) << qint64(600) << "doorOpen+";
        // A clock set back (restarted) runs at the wall's pace until measured again.
        const Script restarted{report(100, R"({"clock":1000})"), report(110, R"({"clock":1200})"),
                               report(120, R"({"clock":500,"doorOpen":true})")};
        QTest::newRow("a restarted fridge measures afresh, not yet")
            << (restarted + Script{tick(719)}) << qint64(600) << "";
        QTest::newRow("a restarted fridge measures afresh, at its threshold")
            << (restarted + Script{tick(720)}) << qint64(600) << "doorOpen+";
        QTest::newRow("fridge warm for 30 minutes")
            << Script{report(0, R"({"fridge":{"temperature":9.0}})"), tick(1799), tick(1800),
                      report(1900, R"({"fridge":{"temperature":5.0}})")}
            << qint64(600) << "fridgeWarm+ fridgeWarm-";
        QTest::newRow("a dip below the limit starts again")
            << Script{report(0, R"({"fridge":{"temperature":9.0}})"),
                      report(600, R"({"fridge":{"temperature":7.5}})"),
                      report(700, R"({"fridge":{"temperature":9.5}})"), tick(2499), tick(2500)}
            << qint64(600) << "fridgeWarm+";
        QTest::newRow("at the limit is not above it")
            << Script{report(0, R"({"fridge":{"temperature":8.0}})"), tick(5000)} << qint64(600)
            << "";
        QTest::newRow("freezer warm")
            << Script{report(0, R"({"freezer":{"temperature":-10.5}})"), tick(1800),
                      report(1900, R"({"freezer":{"temperature":-18.0}})")}
            << qint64(600) << "freezerWarm+ freezerWarm-";
        QTest::newRow("offline for 30 minutes")
            << Script{presence(0, false), tick(1799), tick(1800), presence(2000, true)}
            << qint64(600) << "offline+ offline-";
        QTest::newRow("a flapping connection counts from the last loss")
            << Script{presence(0, false), presence(100, true), presence(200, false), tick(1999),
                      tick(2000)}
            << qint64(600) << "offline+";
        QTest::newRow("a second goodbye does not restart the count")
            << Script{presence(0, false), presence(900, false), tick(1800)} << qint64(600)
            << "offline+";
        QTest::newRow("conditions are separate")
            << Script{report(0, R"({"doorOpen":true,"doorOpenedAt":0,"fridge":{"temperature":9}})"),
                      tick(600), tick(1800), report(1900, R"({"doorOpen":false})")}
            << qint64(600) << "doorOpen+ fridgeWarm+ doorOpen-";
        // A fridge racing its clock, warm and open an hour then closed and cool, a hundred
        // times in one second of the cloud's: each condition once, not once per cycle.
        Script racing;
        for (int i = 0; i < 100; ++i) {
            const qint64 clock = 1'000'000 + i * 4000;
            const auto at = [](qint64 c, bool open, double celsius) {
                return QStringLiteral(R"({"clock":%1,"doorOpen":%2,"fridge":{"temperature":%3}})")
                    .arg(c)
                    .arg(open ? "true" : "false")
                    .arg(celsius)
                    .toUtf8();
            };
            racing << report(100, at(clock, true, 9)) << report(100, at(clock + 3600, true, 9))
                   << report(100, at(clock + 3601, false, 5));
        }
        QTest::newRow("a fridge racing its clock raises each condition once a minute")
            << (racing + Script{tick(120), tick(200)}) << qint64(600)
            << "doorOpen+ fridgeWarm+ doorOpen- fridgeWarm-";
        QTest::newRow("raised again within a minute: held back until the minute is over")
            << Script{report(100, R"({"clock":1000,"doorOpen":true})"),
                      report(101, R"({"clock":1700,"doorOpen":true})"),
                      report(102, R"({"clock":1701,"doorOpen":false})"),
                      report(103, R"({"clock":1702,"doorOpen":true})"),
                      report(104, R"({"clock":2400,"doorOpen":true})"),
                      tick(160),
                      tick(161)}
            << qint64(600) << "doorOpen+ doorOpen- doorOpen+";
        // Set back, then far ahead (by hand): each a new episode, timed in the new clock.
        QTest::newRow("a clock set back then forward is a new episode, not yet")
            << Script{report(100, R"({"clock":1000,"doorOpen":true})"),
                      report(110, R"({"clock":0,"doorOpen":true})"),
                      report(120, R"({"clock":1800000000,"doorOpen":true})"), tick(719)}
            << qint64(600) << "";
        QTest::newRow("a clock set back then forward is a new episode, at its threshold")
            << Script{report(100, R"({"clock":1000,"doorOpen":true})"),
                      report(110, R"({"clock":0,"doorOpen":true})"),
                      report(120, R"({"clock":1800000000,"doorOpen":true})"), tick(720)}
            << qint64(600) << "doorOpen+";
        // Faults the fridge found in itself (diagnostic events): raised when they appear in
        // `faults`, cleared when they leave it; a partial report without the list changes
        // nothing; unknown codes and non-strings are ignored.
        QTest::newRow("a sensor fault, then fixed")
            << Script{report(0, R"({"faults":["sensorRange"]})"),
                      report(10, R"({"fridge":{"temperature":4}})"), report(20, R"({"faults":[]})")}
            << qint64(600) << "sensorFault+ sensorFault-";
        QTest::newRow("two faults, one ends, a null list ends the other")
            << Script{report(0, R"({"faults":["compressorNoCooling","sensorRange"]})"),
                      report(10, R"({"faults":["compressorNoCooling"]})"),
                      report(20, R"({"faults":null})")}
            << qint64(600) << "sensorFault+ compressorFault+ sensorFault- compressorFault-";
        QTest::newRow("unknown and malformed fault codes are ignored")
            << Script{report(0, R"({"faults":["solarFlare",7,{"a":1},null]})"), tick(1000),
                      report(1001, R"({"faults":"sensorRange"})")}
            << qint64(600) << "";
        QTest::newRow("a flapping fault is raised once a minute")
            << Script{report(100, R"({"faults":["sensorRange"]})"), report(101, R"({"faults":[]})"),
                      report(102, R"({"faults":["sensorRange"]})"), tick(159), tick(160)}
            << qint64(600) << "sensorFault+ sensorFault- sensorFault+";
        QTest::newRow("a malformed report changes nothing")
            << Script{report(0, R"({"doorOpen":"yes","fridge":{"temperature":"hot"},"clock":"x"})"),
                      tick(100000)}
            << qint64(600) << "";
    }
    void stories()
    {
        QFETCH(Script, script);
        QFETCH(qint64, doorSeconds);
        QFETCH(QString, alerts);
        Thresholds thresholds;
        thresholds.doorOpenSeconds = doorSeconds;
        FridgeWatch watch;
        QStringList said;
        for (const Step &step : script) {
            const QList<Change> changes =
                step.kind == Step::Report
                    ? AlertRules::onReported(watch, step.reported, step.now, thresholds)
                : step.kind == Step::Presence
                    ? AlertRules::onPresence(watch, step.connected, step.now, thresholds)
                    : AlertRules::onTick(watch, step.now, thresholds);
            for (const Change &change : changes) {
                QVERIFY(!change.message.isEmpty());
                said.append(conditionName(change.condition) + (change.raised ? "+" : "-"));
            }
        }
        QCOMPARE(said.join(' '), alerts);
    }

    void aDiagnosticCountsAsAWarningForPeople()
    {
        QCOMPARE(alertRank(QStringLiteral("error")), 0);
        QCOMPARE(alertRank(QStringLiteral("warning")), 1);
        QCOMPARE(alertRank(QStringLiteral("diagnostic")), 1);
        QCOMPARE(alertRank(QStringLiteral("info")), 2);
        QCOMPARE(alertRank(QStringLiteral("critical")), -1);
        QVERIFY(!alertLevels().contains(QStringLiteral("diagnostic"))); // no one's level
        for (Condition condition : alertConditions())
            QCOMPARE(faultCondition(faultCode(condition)).has_value(),
                     condition == Condition::SensorFault ||
                         condition == Condition::CompressorFault);
    }

    void theSentencesSayWhatHappened()
    {
        Thresholds thresholds;
        FridgeWatch watch;
        AlertRules::onReported(watch, QJsonDocument::fromJson(opened(0).toUtf8()).object(), 0,
                               thresholds);
        const QList<Change> raised = AlertRules::onTick(watch, 660, thresholds);
        QCOMPARE(raised.size(), 1);
        QCOMPARE(raised.at(0).message, QStringLiteral("The door has been open for 11 minutes."));
        QCOMPARE(raised.at(0).value, 11.0);
        FridgeWatch warm;
        AlertRules::onReported(warm, QJsonObject{{"fridge", QJsonObject{{"temperature", 9.4}}}}, 0,
                               thresholds);
        QCOMPARE(AlertRules::onTick(warm, 1800, thresholds).at(0).message,
                 QStringLiteral("The fridge has been above 8.0 °C for 30 minutes (now 9.4 °C)."));
    }

    void settings_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("why"); ///< "" when accepted
        QTest::newRow("door 15 minutes") << "doorOpenMinutes" << QJsonValue(15) << "";
        QTest::newRow("door 0") << "doorOpenMinutes" << QJsonValue(0)
                                << "doorOpenMinutes is 1 to 120 minutes.";
        QTest::newRow("door negative")
            << "doorOpenMinutes" << QJsonValue(-5) << "doorOpenMinutes is 1 to 120 minutes.";
        QTest::newRow("door a year")
            << "doorOpenMinutes" << QJsonValue(525600) << "doorOpenMinutes is 1 to 120 minutes.";
        QTest::newRow("door as text")
            << "doorOpenMinutes" << QJsonValue("10") << "doorOpenMinutes is 1 to 120 minutes.";
        QTest::newRow("fridge limit 6.5") << "fridgeMaxC" << QJsonValue(6.5) << "";
        QTest::newRow("fridge limit 40")
            << "fridgeMaxC" << QJsonValue(40) << "fridgeMaxC is 2 to 15 °C.";
        QTest::newRow("freezer limit -15") << "freezerMaxC" << QJsonValue(-15) << "";
        QTest::newRow("freezer limit 0")
            << "freezerMaxC" << QJsonValue(0) << "freezerMaxC is -20 to -5 °C.";
        QTest::newRow("warm 60") << "warmMinutes" << QJsonValue(60) << "";
        QTest::newRow("offline a day") << "offlineMinutes" << QJsonValue(1440) << "";
        QTest::newRow("offline a minute") << "offlineMinutes" << QJsonValue(1) << "";
        QTest::newRow("offline at once")
            << "offlineMinutes" << QJsonValue(0) << "offlineMinutes is 1 to 1440 minutes.";
        QTest::newRow("offline a year")
            << "offlineMinutes" << QJsonValue(525600) << "offlineMinutes is 1 to 1440 minutes.";
        QTest::newRow("unknown setting")
            << "doorOpenSeconds" << QJsonValue(600)
            << "There is no setting doorOpenSeconds (doorOpenMinutes, fridgeMaxC, freezerMaxC, "
               "warmMinutes, offlineMinutes).";
    }
    void settings()
    {
        QFETCH(QString, id);
        QFETCH(QJsonValue, value);
        QFETCH(QString, why);
        Thresholds thresholds;
        const Thresholds before = thresholds;
        QString reason;
        QCOMPARE(thresholds.set(id, value, &reason), why.isEmpty());
        QCOMPARE(reason, why);
        if (why.isEmpty())
            QCOMPARE(thresholds.value(id).toDouble(), value.toDouble());
        else // nothing changed
            for (const QString &setting : Thresholds::settingIds())
                QCOMPARE(thresholds.value(setting), before.value(setting));
    }

    void quietHours_data()
    {
        QTest::addColumn<QByteArray>("json");  ///< the setting's value
        QTest::addColumn<QString>("silenced"); ///< the warnings' times it silences, "" if none
        QTest::addColumn<QString>("loud");     ///< times it does not
        QTest::addColumn<bool>("valid");
        QTest::newRow("overnight")
            << QByteArray(R"({"from":"22:00","to":"07:00"})") << "22:00 23:59 00:00 06:59"
            << "07:00 12:00 21:59" << true;
        QTest::newRow("an afternoon nap")
            << QByteArray(R"({"from":"13:30","to":"15:00"})") << "13:30 14:59"
            << "13:29 15:00 23:00" << true;
        QTest::newRow("off") << QByteArray("null") << ""
                             << "00:00 12:00 23:59" << true;
        QTest::newRow("the same time twice") << QByteArray(R"({"from":"07:00","to":"07:00"})") << ""
                                             << "" << false;
        QTest::newRow("25 o'clock") << QByteArray(R"({"from":"25:00","to":"07:00"})") << ""
                                    << "" << false;
        QTest::newRow("no end") << QByteArray(R"({"from":"22:00"})") << ""
                                << "" << false;
        QTest::newRow("numbers") << QByteArray(R"({"from":22,"to":7})") << ""
                                 << "" << false;
        QTest::newRow("seconds") << QByteArray(R"({"from":"22:00:00","to":"07:00:00"})") << ""
                                 << "" << false;
        QTest::newRow("more keys")
            << QByteArray(R"({"from":"22:00","to":"07:00","days":"all"})") << ""
            << "" << false;
        QTest::newRow("text") << QByteArray(R"("nights")") << ""
                              << "" << false;
    }
    void quietHours()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, silenced);
        QFETCH(QString, loud);
        QFETCH(bool, valid);
        const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
        QString why;
        const auto hours = QuietHours::fromJson(value, &why);
        QCOMPARE(hours.has_value(), valid);
        if (!valid) {
            QVERIFY(why.startsWith("quietHours is"));
            return;
        }
        for (const QString &at : silenced.split(' ', Qt::SkipEmptyParts)) {
            QVERIFY2(hours->silences("warning", QTime::fromString(at, "HH:mm")), qPrintable(at));
            QVERIFY(!hours->silences("error", QTime::fromString(at, "HH:mm"))); // food spoils
        }
        for (const QString &at : loud.split(' ', Qt::SkipEmptyParts))
            QVERIFY2(!hours->silences("warning", QTime::fromString(at, "HH:mm")), qPrintable(at));
        // It goes back to the value it came from.
        QCOMPARE(QuietHours::fromJson(hours->toJson())->text(), hours->text());
    }
};

QTEST_GUILESS_MAIN(TestAlertRules)
#include "tst_alertrules.moc"

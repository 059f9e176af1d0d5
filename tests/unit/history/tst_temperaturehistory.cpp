// SPDX-License-Identifier: MIT
// The temperature history's shared rules (what a report contributes, the ranges and their
// buckets) and the app's view of an answer: series thinned to what a chart can show without
// averaging a spike away, minutes above a limit, extremes, door openings.
#include "history/HistoryRules.h"
#include "history/TemperatureHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace larder::history;

class TestTemperatureHistory : public QObject
{
    Q_OBJECT
private slots:
    void samplesTakeOnlyWhatAFridgeCouldMean_data()
    {
        QTest::addColumn<QByteArray>("reported");
        QTest::addColumn<bool>("empty");
        QTest::addColumn<double>("fridge"); ///< NaN: none
        QTest::newRow("full") << QByteArray(R"({"fridge":{"temperature":4.2,"setpoint":4}})")
                              << false << 4.2;
        QTest::newRow("door only") << QByteArray(R"({"doorOpen":true})") << false << qQNaN();
        QTest::newRow("a string") << QByteArray(R"({"fridge":{"temperature":"4"}})") << true
                                  << qQNaN();
        QTest::newRow("absurd") << QByteArray(R"({"fridge":{"temperature":1e300}})") << true
                                << qQNaN();
        QTest::newRow("not an object") << QByteArray(R"({"fridge":7})") << true << qQNaN();
        QTest::newRow("door as a number") << QByteArray(R"({"doorOpen":1})") << true << qQNaN();
        QTest::newRow("nothing") << QByteArray("{}") << true << qQNaN();
    }
    void samplesTakeOnlyWhatAFridgeCouldMean()
    {
        QFETCH(QByteArray, reported);
        QFETCH(bool, empty);
        QFETCH(double, fridge);
        const Sample sample = Sample::fromReported(QJsonDocument::fromJson(reported).object());
        QCOMPARE(sample.isEmpty(), empty);
        QCOMPARE(sample.fridge.has_value(), !qIsNaN(fridge));
        if (sample.fridge)
            QCOMPARE(*sample.fridge, fridge);
    }

    void rangesAndBuckets()
    {
        QCOMPARE(Range::day().bucketOf(3 * 60 + 59), 180);
        QCOMPARE(Range::month().bucketOf(3599), 2700);
        QCOMPARE(Range::named("month")->spanSeconds, 30 * 24 * 3600);
        QVERIFY(!Range::named("year"));
        QVERIFY(!Range::named(""));
    }

    void anAnswerBecomesChartsAndWords()
    {
        // A month: 2880 quarter hours near 4 °C, one of them at 9.5 °C, four door openings.
        QJsonArray points;
        const qint64 from = 1'700'000'000'000;
        for (int i = 0; i < 2880; ++i)
            points.append(Point{from + i * 900'000LL, i == 1000 ? 9.5 : 4.0, -18.0, 4.0, -18.0,
                                i % 720 == 0 ? 1 : 0}
                              .toJson());
        TemperatureHistory history({});
        history.show(
            {{"points", points},
             {"resolution", 900},
             {"from", from},
             {"to", from + 2880 * 900'000LL},
             {"alerts", QJsonArray{QJsonObject{{"t", from}, {"condition", "fridgeWarm"}}}}});
        const QVariantList fridge = history.fridge();
        QVERIFY(fridge.size() <= TemperatureHistory::maxSeries);
        double warmest = 0;
        for (const QVariant &point : fridge)
            warmest = std::max(warmest, point.toMap().value("v").toDouble());
        QCOMPARE(warmest, 9.5); // thinned, the spike is still there
        QCOMPARE(history.minutesAbove("fridge", 8), 15);
        QCOMPARE(history.minutesAbove("freezer", -12), 0);
        QCOMPARE(history.extremes("fridge").value("min").toDouble(), 4.0);
        QCOMPARE(history.extremes("fridge").value("max").toDouble(), 9.5);
        QCOMPARE(history.doorOpeningCount(), 4);
        QCOMPARE(history.doorOpenings().size(), 4);
        QCOMPARE(history.fridgeSetpoint(), 4.0);
        QCOMPARE(history.alerts().size(), 1);
        // An empty range: nothing to draw, no extremes, no setpoint.
        history.show({{"points", QJsonArray{}}, {"resolution", 60}});
        QVERIFY(history.fridge().isEmpty());
        QVERIFY(history.extremes("fridge").isEmpty());
        QVERIFY(qIsNaN(history.fridgeSetpoint()));
    }
};

QTEST_GUILESS_MAIN(TestTemperatureHistory)
#include "tst_temperaturehistory.moc"

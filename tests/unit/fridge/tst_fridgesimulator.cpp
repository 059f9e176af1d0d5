// SPDX-License-Identifier: MIT
#include "fridge/FridgeSpec.h"
#include "larder-fridge/FridgeSimulator.h"
#include "larder-fridge/Scenario.h"

#include <QJsonArray>
#include <QTest>

using namespace larder::fridge;

class TestFridgeSimulator : public QObject
{
    Q_OBJECT
private slots:
    void convergesToSetpointWithADutyCycle()
    {
        FridgeSimulator sim;
        QVERIFY(sim.apply("fridge.setpoint", 3.0, 0));
        int on = 0, steps = 0;
        for (int minute = 0; minute < 600; ++minute) {
            sim.step(60, 0);
            if (minute >= 300) {
                ++steps;
                on += sim.compressorOn();
                QVERIFY2(qAbs(sim.fridgeTemperature() - 3.0) <= 1.2,
                         qPrintable(QString::number(sim.fridgeTemperature())));
                QVERIFY(qAbs(sim.freezerTemperature() + 18.0) <= 2.5);
            }
        }
        // Thermostat cycling: the compressor is neither always on nor always off.
        QVERIFY2(on > 0 && on < steps, qPrintable(QStringLiteral("%1 of %2").arg(on).arg(steps)));
    }
    void doorOpeningWarms()
    {
        FridgeSimulator sim;
        for (int i = 0; i < 200; ++i)
            sim.step(60, 0);
        const double before = sim.fridgeTemperature();
        sim.setDoorOpen(true, 1000);
        sim.step(120, 0);
        QVERIFY(sim.fridgeTemperature() > before + 1.0);
        QCOMPARE(sim.reported().value("doorOpenedAt").toInteger(), 1000);
        sim.setDoorOpen(false, 1200);
        QVERIFY(!sim.reported().contains("doorOpenedAt") ||
                sim.reported().value("doorOpenedAt").isNull());
    }
    void superModesEndByThemselves()
    {
        FridgeSimulator sim({22.0, 100.0, 200.0});
        QVERIFY(sim.apply("mode", "superCool", 0));
        sim.step(50, 0);
        QCOMPARE(sim.mode(), QStringLiteral("superCool"));
        sim.step(60, 0);
        QCOMPARE(sim.mode(), QStringLiteral("normal"));
        QVERIFY(sim.apply("mode", "eco", 0));
        sim.step(100000, 0);
        QCOMPARE(sim.mode(), QStringLiteral("eco")); // only super modes end
    }
    void refusesWhatARealFridgeWould_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("too warm") << "fridge.setpoint" << QJsonValue(9.0);
        QTest::newRow("off step") << "fridge.setpoint" << QJsonValue(3.3);
        QTest::newRow("not a number") << "fridge.setpoint" << QJsonValue("cold");
        QTest::newRow("freezer too cold") << "freezer.setpoint" << QJsonValue(-30);
        QTest::newRow("unknown mode") << "mode" << QJsonValue("turbo");
        QTest::newRow("ice maker string") << "iceMaker" << QJsonValue("yes");
        QTest::newRow("measured field") << "fridge.temperature" << QJsonValue(2.0);
    }
    void refusesWhatARealFridgeWould()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        FridgeSimulator sim;
        const QJsonObject before = sim.reported();
        QVERIFY(!sim.apply(path, value, 0));
        QCOMPARE(sim.reported(), before);
        QVERIFY(FridgeSpec::validate(path, value).has_value());
    }
    void iceMakerNeedsAColdFreezer()
    {
        FridgeSimulator sim;
        QVERIFY(sim.apply("iceMaker", false, 0));
        QVERIFY(sim.apply("freezer.setpoint", -14, 0));
        QVERIFY(!sim.apply("iceMaker", true, 0));
        QVERIFY(sim.apply("freezer.setpoint", -20, 0));
        QVERIFY(sim.apply("iceMaker", true, 0));
    }
    void scenarioParses()
    {
        QString error;
        auto scenario = Scenario::parse(
            "5:open, 20:close,30:mode=eco,40:fridge.setpoint=3.5,50:iceMaker=false", &error);
        QVERIFY2(scenario, qPrintable(error));
        QCOMPARE(scenario->steps().size(), 5);
        QCOMPARE(scenario->steps().at(0).path, QStringLiteral("door"));
        QCOMPARE(scenario->steps().at(0).value.toBool(), true);
        QCOMPARE(scenario->steps().at(2).value.toString(), QStringLiteral("eco"));
        QCOMPARE(scenario->steps().at(3).value.toDouble(), 3.5);
        QCOMPARE(scenario->steps().at(4).value.toBool(), false);
        QVERIFY(Scenario::parse("1:fault=sensor,2:fault=none", &error));
        for (const char *bad : {"open", "x:open", "-1:open", "5:jump", "5:fault=gremlins"}) {
            QVERIFY(!Scenario::parse(bad, &error));
            QVERIFY(!error.isEmpty());
        }
    }
    // The firmware's own fault finding (FaultDetector), through the simulator: a healthy fridge
    // reports no fault over a day, door openings included; a broken sensor is found at once and
    // a compressor that cools nothing within its window; both end with the repair.
    void faultsAreFoundAndEnd()
    {
        FridgeSimulator sim;
        const auto faults = [&sim] { return sim.reported().value("faults").toArray(); };
        for (int hour = 0; hour < 24; ++hour) {
            sim.setDoorOpen(hour % 3 == 0, 0); // open a third of the hours: warm but healthy
            sim.step(3600, 0);
            QCOMPARE(faults(), QJsonArray());
        }
        sim.setDoorOpen(false, 0);
        QVERIFY(!sim.setFault("gremlins"));
        QVERIFY(sim.setFault("sensor"));
        QCOMPARE(faults(), QJsonArray{"sensorRange"});
        QCOMPARE(sim.reported().value("fridge").toObject().value("temperature").toDouble(), -45.0);
        QVERIFY(sim.setFault("none"));
        QCOMPARE(faults(), QJsonArray());
        QVERIFY(sim.setFault("compressor"));
        sim.step(FaultDetector::compressorWindow / 2, 0);
        QCOMPARE(faults(), QJsonArray()); // running, not yet long enough to say
        sim.step(FaultDetector::compressorWindow * 2, 0);
        QCOMPARE(faults(), QJsonArray{"compressorNoCooling"});
        QVERIFY(sim.freezerTemperature() > -16.0); // it warmed meanwhile
        QVERIFY(sim.setFault("none"));
        sim.step(600, 0);
        QCOMPARE(faults(), QJsonArray());
    }
    void dottedPaths()
    {
        const QJsonObject nested = objectAt("fridge.setpoint", 4.5);
        QCOMPARE(valueAt(nested, "fridge.setpoint").toDouble(), 4.5);
        QVERIFY(valueAt(nested, "freezer.setpoint").isUndefined());
    }
};

QTEST_GUILESS_MAIN(TestFridgeSimulator)
#include "tst_fridgesimulator.moc"

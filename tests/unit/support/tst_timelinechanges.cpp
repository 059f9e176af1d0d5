// SPDX-License-Identifier: MIT
// What the inspector's timeline says changed between two shadow versions
// (TimelineRecorder::changes, pure), table-driven: nested fields by their path, removed ones as
// null, arrays whole, the fridge's own clock left out.
#include "larder-cloud/timeline/TimelineRecorder.h"

#include <QJsonDocument>
#include <QTest>

using larder::cloud::TimelineRecorder;

class TestTimelineChanges : public QObject
{
    Q_OBJECT
private slots:
    void changes_data()
    {
        QTest::addColumn<QString>("previous");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("changed");
        QTest::newRow("nothing") << R"({"reported":{"mode":"eco"}})"
                                 << R"({"reported":{"mode":"eco"}})"
                                 << "{}";
        QTest::newRow("the first version: all of it") << "{}"
                                                      << R"({"reported":{"mode":"eco"}})"
                                                      << R"({"reported":{"mode":"eco"}})";
        QTest::newRow("a nested field by its path")
            << R"({"reported":{"fridge":{"setpoint":4,"temperature":4.2}}})"
            << R"({"reported":{"fridge":{"setpoint":4,"temperature":4.6}}})"
            << R"({"reported":{"fridge":{"temperature":4.6}}})";
        QTest::newRow("a removed field is null")
            << R"({"desired":{"mode":"eco"},"reported":{"mode":"normal"}})"
            << R"({"desired":{},"reported":{"mode":"normal"}})"
            << R"({"desired":{"mode":null}})";
        QTest::newRow("an array whole") << R"({"reported":{"faults":[]}})"
                                        << R"({"reported":{"faults":["sensorRange"]}})"
                                        << R"({"reported":{"faults":["sensorRange"]}})";
        QTest::newRow("the clock alone is no change")
            << R"({"reported":{"clock":100,"mode":"eco"}})"
            << R"({"reported":{"clock":160,"mode":"eco"}})"
            << "{}";
        QTest::newRow("desired and reported both")
            << R"({"desired":{"mode":"eco"},"reported":{"mode":"normal"}})"
            << R"({"desired":{"mode":"eco"},"reported":{"mode":"eco","clock":5}})"
            << R"({"reported":{"mode":"eco"}})";
    }
    void changes()
    {
        QFETCH(QString, previous);
        QFETCH(QString, current);
        QFETCH(QString, changed);
        const auto object = [](const QString &json) {
            return QJsonDocument::fromJson(json.toUtf8()).object();
        };
        QCOMPARE(TimelineRecorder::changes(object(previous), object(current)), object(changed));
    }
};

QTEST_GUILESS_MAIN(TestTimelineChanges)
#include "tst_timelinechanges.moc"

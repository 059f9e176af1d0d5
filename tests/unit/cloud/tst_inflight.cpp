// SPDX-License-Identifier: MIT
// The broker's count of shadow requests in flight per thing (AWS's limit of 10).
#include "broker-plugin/InFlight.h"

#include <QTest>

using larder::cloud::InFlight;

class TestInFlight : public QObject
{
    Q_OBJECT
private slots:
    void tenInFlightThenRefused()
    {
        InFlight inFlight;
        for (int i = 0; i < InFlight::limit; ++i)
            QVERIFY(inFlight.admit("fridge-1", 1000));
        QVERIFY(!inFlight.admit("fridge-1", 1000));
        QVERIFY(inFlight.admit("fridge-2", 1000)); // per thing
        inFlight.answered("fridge-1");
        QVERIFY(inFlight.admit("fridge-1", 1001));
        QVERIFY(!inFlight.admit("fridge-1", 1001));
    }
    void theCloudsOwnRequestsAreCountedNeverRefused()
    {
        InFlight inFlight;
        for (int i = 0; i < 2 * InFlight::limit; ++i)
            QVERIFY(inFlight.admit("fridge-1", 1000, true));
        QVERIFY(!inFlight.admit("fridge-1", 1000));
        for (int i = 0; i < 2 * InFlight::limit; ++i)
            inFlight.answered("fridge-1");
        QCOMPARE(inFlight.count("fridge-1"), 0);
    }
    void lostAnswersStopCounting()
    {
        InFlight inFlight;
        for (int i = 0; i < InFlight::limit; ++i)
            QVERIFY(inFlight.admit("fridge-1", 1000));
        QVERIFY(!inFlight.admit("fridge-1", 1000 + InFlight::expiryMs - 1));
        QVERIFY(inFlight.admit("fridge-1", 1000 + InFlight::expiryMs));
    }
    void aNewConnectionStartsWithItsBudget()
    {
        // A flood's answers lost with its connection leave requests "in flight" for 30 s; the
        // fridge connecting again starts afresh, another fridge's count untouched.
        InFlight inFlight;
        for (int i = 0; i < InFlight::limit; ++i) {
            QVERIFY(inFlight.admit("fridge-1", 1000));
            QVERIFY(inFlight.admit("fridge-2", 1000));
        }
        QVERIFY(!inFlight.admit("fridge-1", 2000));
        inFlight.forget("fridge-1");
        QVERIFY(inFlight.admit("fridge-1", 2000));
        QVERIFY(!inFlight.admit("fridge-2", 2000));
    }
    void unexpectedAnswersDoNotGoNegative()
    {
        InFlight inFlight;
        inFlight.answered("fridge-1");
        QCOMPARE(inFlight.count("fridge-1"), 0);
        for (int i = 0; i < InFlight::limit; ++i)
            QVERIFY(inFlight.admit("fridge-1", 1000));
        QVERIFY(!inFlight.admit("fridge-1", 1000));
    }
};

QTEST_GUILESS_MAIN(TestInFlight)
#include "tst_inflight.moc"

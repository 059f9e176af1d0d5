// SPDX-License-Identifier: MIT
#include "mqtt/ReconnectBackoff.h"

#include <QTest>

using larder::mqtt::ReconnectBackoff;

class TestReconnectBackoff : public QObject
{
    Q_OBJECT
private slots:
    void growsExponentiallyAndCaps()
    {
        ReconnectBackoff backoff({100, 1000, 0.0}, [] { return 0.5; });
        QCOMPARE(backoff.nextDelayMs(), 100);
        QCOMPARE(backoff.nextDelayMs(), 200);
        QCOMPARE(backoff.nextDelayMs(), 400);
        QCOMPARE(backoff.nextDelayMs(), 800);
        QCOMPARE(backoff.nextDelayMs(), 1000);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(backoff.nextDelayMs(), 1000); // no overflow after many attempts
        backoff.reset();
        QCOMPARE(backoff.nextDelayMs(), 100);
    }
    void jitterStaysInRange()
    {
        ReconnectBackoff low({1000, 60000, 0.5}, [] { return 0.999; });
        ReconnectBackoff high({1000, 60000, 0.5}, [] { return 0.0; });
        QVERIFY(qAbs(low.nextDelayMs() - 500) <= 1);
        QCOMPARE(high.nextDelayMs(), 1000);
        ReconnectBackoff real({1000, 4000, 0.5});
        for (int i = 0; i < 50; ++i) {
            const int d = real.nextDelayMs();
            QVERIFY(d >= 0 && d <= 4000);
        }
    }
};

QTEST_GUILESS_MAIN(TestReconnectBackoff)
#include "tst_reconnectbackoff.moc"

// SPDX-License-Identifier: MIT
// Presence from the broker's own connection events, and the text the broker logs about
// clients: nobody's client id can fake a connection or a log line.
#include "broker-plugin/LogText.h"
#include "broker-plugin/PresenceTracker.h"

#include <QJsonArray>
#include <QTest>

using larder::cloud::logSafe;
using larder::cloud::PresenceTracker;

class TestPresenceTracker : public QObject
{
    Q_OBJECT
private slots:
    void connectAndDisconnect()
    {
        PresenceTracker presence;
        int a = 0, b = 0;
        QVERIFY(presence.connected(&a, "fridge-1"));
        QCOMPARE(presence.snapshot().value("connected").toArray(), QJsonArray{"fridge-1"});
        QCOMPARE(presence.disconnected(&a), QStringLiteral("fridge-1"));
        QVERIFY(presence.snapshot().value("connected").toArray().isEmpty());
        QVERIFY(presence.disconnected(&b).isEmpty()); // never admitted (refused at CONNECT)
    }
    void reconnectTakingOverIsNoDisconnect()
    {
        // The new connection is admitted before the broker closes the old one.
        PresenceTracker presence;
        int old = 0, fresh = 0;
        QVERIFY(presence.connected(&old, "fridge-1"));
        QVERIFY(!presence.connected(&fresh, "fridge-1")); // already online: no second event
        QVERIFY(presence.disconnected(&old).isEmpty());   // still online through the new one
        QCOMPARE(presence.snapshot().value("connected").toArray(), QJsonArray{"fridge-1"});
        QCOMPARE(presence.disconnected(&fresh), QStringLiteral("fridge-1"));
    }
    void sameConnectionTwice()
    {
        PresenceTracker presence;
        int a = 0;
        QVERIFY(presence.connected(&a, "fridge-1"));
        QVERIFY(!presence.connected(&a, "fridge-1"));
        QCOMPARE(presence.disconnected(&a), QStringLiteral("fridge-1"));
    }
    void logSafe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("logged");
        QTest::newRow("plain") << "fridge-1" << QByteArray("fridge-1");
        QTest::newRow("fake log line")
            << "x\n1700000000: New client connected from 1.2.3.4 as FRIDGEB (p2)"
            << QByteArray("x?1700000000: New client connected from 1.2.3.4 as FRIDGEB (p2)");
        QTest::newRow("carriage return and escape") << "a\r\x1b[2Jb" << QByteArray("a??[2Jb");
        QTest::newRow("bidi override") << QString::fromUtf8("ab\u202Ecd") << QByteArray("ab?cd");
        QTest::newRow("line separator") << QString::fromUtf8("ab\u2028cd") << QByteArray("ab?cd");
        QTest::newRow("long") << QString(500, u'x') << QByteArray(80, 'x') + "…";
    }
    void logSafe()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, logged);
        QCOMPARE(larder::cloud::logSafe(text), logged);
    }
};

QTEST_GUILESS_MAIN(TestPresenceTracker)
#include "tst_presencetracker.moc"

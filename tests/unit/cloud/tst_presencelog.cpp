// SPDX-License-Identifier: MIT
#include "larder-cloud/BrokerConfig.h"
#include "larder-cloud/PresenceService.h"

#include <QTest>

using larder::cloud::BrokerConfig;
using larder::cloud::PresenceService;

class TestPresenceLog : public QObject
{
    Q_OBJECT
private slots:
    void parsesMosquittoConnectionLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("client");
        QTest::addColumn<bool>("connected");
        QTest::newRow("connect") << "1700000000: New client connected from 127.0.0.1:5000 as "
                                    "fridge-1 (p5, c1, k30, u'fridge-1')."
                                 << "fridge-1" << true;
        QTest::newRow("disconnect") << "Client fridge-1 disconnected."
                                    << "fridge-1" << false;
        QTest::newRow("closed") << "Client fridge:2 closed its connection."
                                << "fridge:2" << false;
        QTest::newRow("timeout") << "Client fridge-3 has exceeded timeout, disconnecting."
                                 << "fridge-3" << false;
    }
    void parsesMosquittoConnectionLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, client);
        QFETCH(bool, connected);
        const auto event = PresenceService::parseLogLine(line);
        QVERIFY(event);
        QCOMPARE(event->clientId, client);
        QCOMPARE(event->connected, connected);
    }
    void ignoresOtherLines()
    {
        QVERIFY(!PresenceService::parseLogLine("Opening ipv4 listen socket on port 8883."));
        QVERIFY(!PresenceService::parseLogLine(""));
        QVERIFY(!PresenceService::parseLogLine(QString(100000, 'x')));
    }
    void developmentAclNeverWritesReported()
    {
        // (Devices are confined by the plugin's DeviceAuthorizer, tested on its own.)
        QVERIFY(!BrokerConfig::appAcl().contains("reported"));
    }
};

QTEST_GUILESS_MAIN(TestPresenceLog)
#include "tst_presencelog.moc"

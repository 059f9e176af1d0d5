// SPDX-License-Identifier: MIT
// The TURN relay's credentials (cloud/larder-cloud/camera/TurnRelay): the TURN REST API's user
// name and password, checked against HMAC-SHA1 values computed with `openssl dgst -hmac`; the
// URLs a viewer gets escape what URLs cannot carry; the relay's configuration is its owner's
// alone and makes coturn check those credentials; no relay, no servers.
#include "larder-cloud/camera/TurnRelay.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using larder::cloud::camera::TurnRelay;

class TestTurnRelay : public QObject
{
    Q_OBJECT
private slots:
    void credentials_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("password");
        QTest::newRow("a member") << "ann"
                                  << "9JGkVgvdyZcq+SS7NJr7xZLESfQ=";
        QTest::newRow("a door") << "LRD00000060"
                                << "3tUBK4GoDnuakzncA2yJqYmEAPg=";
    }
    void credentials()
    {
        QFETCH(QString, who);
        QFETCH(QString, password);
        const QString user = TurnRelay::userName(who, 1767225600);
        QCOMPARE(user, "1767225600:" + who);
        QCOMPARE(TurnRelay::password("5ecret", user), password);
    }
    void theRelaysConfigurationAndUrls()
    {
        QTemporaryDir dir;
        TurnRelay relay({dir.path() + "/turn", "127.0.0.1", 3478, 600});
        QString error;
        QVERIFY2(relay.write(&error), qPrintable(error));
        QFile config(dir.path() + "/turn/turnserver.conf");
        QCOMPARE(config.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(config.readAll());
        QVERIFY(text.contains("\nuse-auth-secret\n"));
        QVERIFY(text.contains("listening-port=3478\n"));
        QCOMPARE(relay.url(), "turn://127.0.0.1:3478");
        const QStringList servers = relay.iceServersFor("ann", 1000);
        QCOMPARE(servers.size(), 1);
        const QUrl url(servers.first());
        QVERIFY(url.isValid());
        QCOMPARE(url.port(), 3478);
        // Good for the relay's 600 s, and named by nothing of who asked.
        QVERIFY(url.userName().startsWith("1600:"));
        QVERIFY(!url.userName().contains("ann"));
        QVERIFY(text.contains("no-tcp-relay\n"));
        QVERIFY(text.contains("denied-peer-ip=169.254.0.0-169.254.255.255\n"));
        QVERIFY(!url.password().isEmpty());
        // Each start makes a new secret: yesterday's credentials are worth nothing.
        TurnRelay again({dir.path() + "/turn", "127.0.0.1", 3478, 600});
        QVERIFY(again.write(&error));
        QVERIFY(again.iceServersFor("ann", 1000) != servers);
    }
    void noRelayNoServers()
    {
        const TurnRelay relay({QString(), "127.0.0.1", 0, 600});
        QVERIFY(!relay.enabled());
        QVERIFY(relay.iceServersFor("ann", 1000).isEmpty());
        QVERIFY(relay.url().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTurnRelay)
#include "tst_turnrelay.moc"

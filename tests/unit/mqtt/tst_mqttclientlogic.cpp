// SPDX-License-Identifier: MIT
// MqttClient's own logic on a scripted transport: connect, resubscribe after a reconnect, the
// offline queue (order, bound), refusals and reconnect backoff. The real wire is proven in
// tests/integration/tst_mqttclient.
#include "FakeMqttTransport.h"
#include "mqtt/MqttClient.h"

#include <QSignalSpy>
#include <QTest>

using larder::mqtt::MqttClient;

class TestMqttClientLogic : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeMqttTransport *wire = new FakeMqttTransport;
        MqttClient client{std::unique_ptr<FakeMqttTransport>(wire)};
        Rig()
        {
            larder::mqtt::ConnectionSettings settings;
            settings.offlineQueueLimit = 3;
            client.setSettings(settings);
            client.setBackoff({10, 40, 0.0});
        }
    };

private slots:
    void connectsAndResubscribesAfterEveryReconnect()
    {
        Rig rig;
        rig.client.subscribe("a/b");
        QSignalSpy connected(&rig.client, &MqttClient::connected);
        QSignalSpy granted(&rig.client, &MqttClient::subscribed);
        rig.client.connectToHost();
        QCOMPARE(rig.client.state(), MqttClient::Connecting);
        QVERIFY(connected.wait(1000));
        QTRY_COMPARE(granted.count(), 1);
        QCOMPARE(granted.at(0).at(1).toBool(), true);

        QSignalSpy disconnected(&rig.client, &MqttClient::disconnected);
        rig.wire->drop();
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(rig.client.state(), MqttClient::Disconnected);
        QVERIFY(rig.client.error().contains("reset"));
        QVERIFY(connected.wait(1000)); // the backoff's first delay is 10 ms
        QCOMPARE(rig.wire->subscriptions, (QStringList{"a/b", "a/b"}));
        QVERIFY(rig.client.error().isEmpty());
    }

    void queuesWhileOfflineInOrderAndBounded()
    {
        Rig rig;
        QSignalSpy dropped(&rig.client, &MqttClient::messageDropped);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(rig.client.publish("t", QByteArray::number(i)), 0);
        QCOMPARE(rig.client.queuedCount(), 3);
        QCOMPARE(dropped.count(), 1); // the oldest went
        rig.client.connectToHost();
        QTRY_COMPARE(rig.client.state(), MqttClient::Connected);
        QCOMPARE(rig.wire->takeSent("t"), (QList<QByteArray>{"2", "3", "4"}));
        QCOMPARE(rig.client.queuedCount(), 0);
        QVERIFY(rig.client.publish("t", "5") > 0);
    }

    void refusedAtConnectKeepsTrying()
    {
        Rig rig;
        rig.wire->refuseWith = 135; // not authorised (MQTT 5)
        QSignalSpy refused(&rig.client, &MqttClient::refused);
        rig.client.connectToHost();
        QTRY_VERIFY(refused.count() >= 2);
        QCOMPARE(refused.at(0).at(0).toInt(), 135);
        QVERIFY(rig.client.error().contains("refused"));
        rig.wire->refuseWith = 0;
        QTRY_COMPARE(rig.client.state(), MqttClient::Connected);
    }

    void unreachableThenTimeoutThenStop()
    {
        Rig rig;
        rig.wire->reachable = false;
        rig.client.connectToHost();
        QTRY_VERIFY(rig.wire->attempts >= 3); // backing off 10, 20, 40 ms
        rig.wire->reachable = true;
        rig.wire->acceptConnections = false; // the broker never answers the CONNECT
        larder::mqtt::ConnectionSettings settings = rig.wire->settings;
        settings.connectTimeoutMs = 30;
        rig.client.setSettings(settings);
        const int before = rig.wire->attempts;
        QTRY_VERIFY(rig.wire->attempts >= before + 2);
        QVERIFY(rig.client.error().contains("did not answer in time"));
        rig.client.disconnectFromHost();
        const int stopped = rig.wire->attempts;
        QTest::qWait(100); // nothing may happen after a stop: wait out several backoff periods
        QCOMPARE(rig.wire->attempts, stopped);
        QCOMPARE(rig.client.state(), MqttClient::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestMqttClientLogic)
#include "tst_mqttclientlogic.moc"

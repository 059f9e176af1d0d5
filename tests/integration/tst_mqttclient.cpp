// SPDX-License-Identifier: MIT
// MqttClient against a real Mosquitto run by a real larder-cloud, over TLS.
#include "CloudFixture.h"

#include "common/Pki.h"
#include "mqtt/MqttClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using larder::mqtt::MqttClient;

class TestMqttClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void mutualTlsConnectsAndExchanges_data();
    void mutualTlsConnectsAndExchanges();
    void clientWithoutCertificateIsRefused_data();
    void clientWithoutCertificateIsRefused();
    void certificateFromAnotherCaIsRefused();
    void untrustedServerIsRefused();
    void reconnectsResubscribesAndDeliversQueued();

private:
    static bool waitConnected(MqttClient &client, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return client.state() == MqttClient::Connected; }, ms);
    }
    CloudFixture m_cloud;
};

void TestMqttClient::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(m_cloud.deviceCert("fridge-1"));
}

void TestMqttClient::mutualTlsConnectsAndExchanges_data()
{
    QTest::addColumn<bool>("mqtt5");
    QTest::newRow("MQTT 5") << true;
    QTest::newRow("MQTT 3.1.1") << false;
}

void TestMqttClient::mutualTlsConnectsAndExchanges()
{
    QFETCH(bool, mqtt5);
    MqttClient device;
    auto settings = m_cloud.deviceSettings("fridge-1");
    settings.mqtt5 = mqtt5;
    device.setSettings(settings);
    QSignalSpy granted(&device, &MqttClient::subscribed);
    QSignalSpy received(&device, &MqttClient::messageReceived);
    device.subscribe("$aws/things/fridge-1/shadow/update/accepted");
    device.connectToHost();
    QVERIFY2(waitConnected(device), qPrintable(device.error()));
    QTRY_COMPARE(granted.count(), 1);
    QCOMPARE(granted.at(0).at(1).toBool(), true);

    device.publish("$aws/things/fridge-1/shadow/update",
                   R"({"state":{"reported":{"hello":1}},"clientToken":"c1"})");
    // The answer to our request, recognised by its clientToken (the cloud's own presence
    // update of this thing is answered on the same topic).
    QTRY_VERIFY(std::any_of(received.cbegin(), received.cend(), [](const QList<QVariant> &args) {
        return QJsonDocument::fromJson(args.at(0).toByteArray())
                   .object()
                   .value("clientToken")
                   .toString() == "c1";
    }));
    device.disconnectFromHost();
    QCOMPARE(device.state(), MqttClient::Disconnected);
}

void TestMqttClient::clientWithoutCertificateIsRefused_data()
{
    QTest::addColumn<bool>("appListener");
    QTest::newRow("device listener") << false;
    QTest::newRow("app listener") << true;
}

void TestMqttClient::clientWithoutCertificateIsRefused()
{
    QFETCH(bool, appListener);
    MqttClient client;
    auto settings =
        appListener ? m_cloud.appSettings("intruder") : m_cloud.deviceSettings("fridge-1");
    settings.certFile.clear();
    settings.keyFile.clear();
    settings.clientId = "intruder";
    client.setSettings(settings);
    QSignalSpy states(&client, &MqttClient::stateChanged);
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(!client.error().isEmpty(), 10000);
    QTest::qWait(500);
    QVERIFY(client.state() != MqttClient::Connected);
    for (const auto &args : states)
        QVERIFY(args.at(0).value<MqttClient::ClientState>() != MqttClient::Connected);
    qInfo().noquote() << "refused with:" << client.error();
}

void TestMqttClient::certificateFromAnotherCaIsRefused()
{
    QTemporaryDir rogue;
    larder::cloud::Pki pki(rogue.path());
    QString error;
    QVERIFY(pki.ensure(&error));
    QVERIFY(pki.issueClientCertificate("fridge-1", rogue.path() + "/c.pem", rogue.path() + "/k.pem",
                                       &error));
    MqttClient client;
    auto settings = m_cloud.deviceSettings("fridge-1");
    settings.certFile = rogue.path() + "/c.pem"; // same name, wrong issuer
    settings.keyFile = rogue.path() + "/k.pem";
    client.setSettings(settings);
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(!client.error().isEmpty(), 10000);
    QTest::qWait(500);
    QVERIFY(client.state() != MqttClient::Connected);
}

void TestMqttClient::untrustedServerIsRefused()
{
    QTemporaryDir other;
    larder::cloud::Pki pki(other.path());
    QString error;
    QVERIFY(pki.ensure(&error));
    MqttClient client;
    auto settings = m_cloud.deviceSettings("fridge-1");
    settings.caFile = pki.caCertPath(); // trusts a CA that did not sign the server
    client.setSettings(settings);
    client.connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(!client.error().isEmpty(), 10000);
    QVERIFY(client.state() != MqttClient::Connected);
    QVERIFY2(client.error().contains("secure connection"), qPrintable(client.error()));
}

void TestMqttClient::reconnectsResubscribesAndDeliversQueued()
{
    MqttClient device;
    device.setSettings(m_cloud.deviceSettings("fridge-1"));
    device.setBackoff({100, 1000, 0.2});
    QSignalSpy received(&device, &MqttClient::messageReceived);
    device.subscribe("$aws/things/fridge-1/shadow/update/accepted");
    device.connectToHost();
    QVERIFY(waitConnected(device));
    QSignalSpy lost(&device, &MqttClient::disconnected);
    QSignalSpy connected(&device, &MqttClient::connected);
    // The broker's log is written as things happen (an operator can read it while it runs),
    // and what it wrote is still there after a kill -9.
    const auto brokerLog = [this] {
        QFile log(m_cloud.dataDir() + "/logs/mosquitto.log");
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(brokerLog().contains("as fridge-1"), 5000);

    QVERIFY(m_cloud.killBroker());
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 10000);
    // Published while the broker is down: kept in order and sent after the reconnect.
    for (int i = 1; i <= 3; ++i)
        device.publish("$aws/things/fridge-1/shadow/update",
                       QStringLiteral(R"({"state":{"reported":{"queued":%1}},"clientToken":"q%1"})")
                           .arg(i)
                           .toUtf8());
    QVERIFY(device.queuedCount() == 3);
    QVERIFY2(waitConnected(device, 20000), qPrintable(device.error()));
    QCOMPARE(connected.count(), 1);
    QVERIFY2(brokerLog().count("as fridge-1") >= 2, "both connections are in the log");

    // The subscription came back by itself: the three answers arrive, in order (other
    // updates of this thing, such as its presence, carry no token of ours).
    QStringList tokens;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            tokens.clear();
            for (const auto &args : received) {
                const QString token = QJsonDocument::fromJson(args.at(0).toByteArray())
                                          .object()
                                          .value("clientToken")
                                          .toString();
                if (token.startsWith(u'q'))
                    tokens << token;
            }
            return tokens.size() >= 3;
        }(),
        15000);
    QCOMPARE(device.queuedCount(), 0);
    QCOMPARE(tokens.mid(0, 3), (QStringList{"q1", "q2", "q3"}));
}

QTEST_GUILESS_MAIN(TestMqttClient)
#include "tst_mqttclient.moc"

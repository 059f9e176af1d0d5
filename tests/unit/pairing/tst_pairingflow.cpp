// SPDX-License-Identifier: MIT
// "Add a fridge" (PairingFlow) on both seams: the REST API played by an in-process HTTPS server,
// the new fridge's shadow by a scripted MQTT transport. Every step, the registration request,
// the refusals as sentences, and the wait that ends when the fridge reports. Milliseconds; the
// live path is proven in tests/qml/tst_ownerflow.
#include "FakeHttpsServer.h"
#include "FakeMqttTransport.h"
#include "api/ApiClient.h"
#include "family/FamiliesModel.h"
#include "fridge/FridgeController.h"
#include "fridge/FridgeSelection.h"
#include "mqtt/MqttClient.h"
#include "pairing/PairingFlow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using larder::pairing::PairingFlow;
using Reply = FakeHttpsServer::Reply;

namespace {
const QString kSerial = QStringLiteral("LRD00000042");

QJsonObject family(bool withFridge)
{
    QJsonArray devices;
    if (withFridge)
        devices.append(QJsonObject{{"deviceId", kSerial}, {"deviceName", "Kitchen fridge"}});
    return {{"familyId", "f1"},
            {"name", "Home"},
            {"role", "owner"},
            {"members", QJsonArray{QJsonObject{{"userId", "u-1"}, {"role", "owner"}}}},
            {"devices", devices}};
}
} // namespace

class TestPairingFlow : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeHttpsServer server;
        QNetworkAccessManager network;
        std::unique_ptr<larder::api::ApiClient> api;
        FakeMqttTransport *wire = new FakeMqttTransport;
        larder::mqtt::MqttClient mqtt{std::unique_ptr<FakeMqttTransport>(wire)};
        std::unique_ptr<larder::family::FamiliesModel> families;
        std::unique_ptr<larder::fridge::FridgeSelection> selection;
        std::unique_ptr<PairingFlow> flow;
        bool paired = false;

        bool start()
        {
            QString error;
            if (!server.start(&error))
                return false;
            server.setHandler([this](const FakeHttpsServer::Request &request) -> Reply {
                if (request.method == "POST" && request.path == u"/api/registration") {
                    if (request.json().value("pairingSecret").toString() != u"QUZWP6NUGYMUFKFSOJC3")
                        return FakeHttpsServer::apiError(400, "WrongPairingCode",
                                                         "The pairing code does not match.");
                    paired = true;
                    return {201, {{"registrationId", "r1"}, {"status", "complete"}}};
                }
                if (request.method == "GET" && request.path == u"/api/families")
                    return {200, {{"items", QJsonArray{family(paired)}}, {"count", 1}}};
                return FakeHttpsServer::apiError(404, "NotFound", "Unknown.");
            });
            api = std::make_unique<larder::api::ApiClient>(
                &network, server.baseUrl() + "/api", [] { return QStringLiteral("id-token"); },
                server.caFile());
            families = std::make_unique<larder::family::FamiliesModel>(api.get());
            selection = std::make_unique<larder::fridge::FridgeSelection>(&mqtt, families.get());
            flow = std::make_unique<PairingFlow>(api.get(), families.get(), selection.get());
            mqtt.connectToHost();
            families->reload();
            return QTest::qWaitFor([this] { return families->loaded(); }, 2000);
        }
    };

private slots:
    void init() { QSettings().remove(QLatin1String(larder::fridge::FridgeSelection::settingsKey)); }

    void pairsAndWaitsForTheFridge()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(!rig.selection->fridge());
        QVERIFY(rig.flow->useTyped(kSerial, "LF-500", "QUZW-P6NU-GYMU-FKFS-OJC3"));
        QCOMPARE(rig.flow->serial(), kSerial);
        rig.flow->pair("f1", "  Kitchen fridge ");
        QCOMPARE(rig.flow->step(), PairingFlow::Verifying);
        QTRY_COMPARE(rig.flow->step(), PairingFlow::Waiting);
        const auto registration = rig.server.requests.at(1);
        QCOMPARE(registration.headers.value("authorization"), QByteArray("id-token"));
        QCOMPARE(registration.json().value("deviceName").toString(),
                 QStringLiteral("Kitchen fridge"));
        QCOMPARE(registration.json().value("familyId").toString(), QStringLiteral("f1"));

        // The list reloads, the fridge is selected, its shadow is asked for…
        QTRY_VERIFY(rig.selection->fridge());
        QCOMPARE(rig.selection->fridge()->thing(), kSerial);
        const QString prefix = QStringLiteral("$aws/things/%1/shadow/").arg(kSerial);
        QTRY_VERIFY(rig.wire->hasSent(prefix + "get"));
        const QByteArray get = rig.wire->takeSent(prefix + "get").value(0);
        QCOMPARE(rig.flow->step(), PairingFlow::Waiting); // not reporting yet
        // …and once it reports, the flow is done.
        const QString token = QJsonDocument::fromJson(get).object().value("clientToken").toString();
        rig.wire->deliver(
            prefix + "get/accepted",
            QJsonDocument(
                QJsonObject{
                    {"state",
                     QJsonObject{
                         {"reported", QJsonObject{{"fridge", QJsonObject{{"temperature", 4.5}}}}}}},
                    {"version", 1},
                    {"clientToken", token}})
                .toJson(QJsonDocument::Compact));
        QTRY_COMPARE(rig.flow->step(), PairingFlow::Done);
        QVERIFY(rig.flow->error().isEmpty());
    }

    void refusalsAreSentencesAndLoseTheLabelNot()
    {
        Rig rig;
        QVERIFY(rig.start());
        QVERIFY(rig.flow->useTyped(kSerial, "LF-500", "ABCD-2345-EFGH-6723-ABCD"));
        rig.flow->pair("", "Kitchen fridge");
        QCOMPARE(rig.flow->error(), QStringLiteral("Choose the family the fridge belongs to."));
        rig.flow->pair("f1", "   ");
        QVERIFY(rig.flow->error().startsWith("Give the fridge a name"));
        QCOMPARE(rig.server.requests.size(), 1); // only the families list so far

        rig.flow->pair("f1", "Kitchen fridge");
        QTRY_COMPARE(rig.flow->step(), PairingFlow::ReadLabel);
        QCOMPARE(rig.flow->error(), QStringLiteral("The pairing code does not match."));
        QVERIFY(rig.flow->hasLabel()); // try again without scanning again

        QVERIFY(!rig.flow->useScanned("https://example.com/not-a-label"));
        QVERIFY(!rig.flow->error().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPairingFlow)
#include "tst_pairingflow.moc"

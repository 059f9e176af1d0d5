// SPDX-License-Identifier: MIT
// Fleet provisioning by claim against a live larder-cloud and Mosquitto: the factory's claim
// certificate, a key made on the device, CreateCertificateFromCsr, RegisterThing, and a
// certificate that stays PENDING_ACTIVATION (reaching no device topic) until the fridge is
// paired; answers reach only the connection that asked; every bad request gets AWS's
// rejected shape.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "kiosk/DeviceKey.h"
#include "mqtt/ClientIds.h"
#include "mqtt/MqttClient.h"
#include "pairing/PairingPayload.h"
#include "provisioning/ProvisioningTopics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using larder::mqtt::MqttClient;
namespace topics = larder::provisioning::topics;

namespace {
/// One connection on the device listener with a given certificate.
class Device
{
public:
    Device(const CloudFixture &cloud, const QString &clientId, const QString &cert,
           const QString &key)
    {
        auto settings = cloud.deviceSettings(clientId);
        settings.certFile = cert;
        settings.keyFile = key;
        settings.caFile = cloud.dataDir() + "/pki/ca.pem"; // the trust anchor the factory installs
        client.setSettings(settings);
        QObject::connect(&client, &MqttClient::messageReceived,
                         [this](const QByteArray &payload, const QString &topic) {
                             messages.append({topic, QJsonDocument::fromJson(payload).object()});
                         });
    }
    /// Connects; false if the broker refused it (or did not answer in 8 s).
    bool connect()
    {
        QSignalSpy up(&client, &MqttClient::connected);
        QSignalSpy refused(&client, &MqttClient::refused);
        client.connectToHost();
        (void)QTest::qWaitFor([&] { return !up.isEmpty() || !refused.isEmpty(); }, 8000);
        return !up.isEmpty();
    }
    /// Subscribes and says whether the broker granted it.
    bool subscribe(const QString &filter)
    {
        QSignalSpy answered(&client, &MqttClient::subscribed);
        client.subscribe(filter, 1);
        if (!QTest::qWaitFor([&] { return !answered.isEmpty(); }, 5000))
            return false;
        return answered.last().at(0).toString() == filter && answered.last().at(1).toBool();
    }
    /// Publishes @p body to @p request and waits for its accepted/rejected answer.
    std::optional<std::pair<QString, QJsonObject>> call(const QString &request,
                                                        const QByteArray &body)
    {
        for (const QString &answer : topics::answers(request))
            if (!subscribed.contains(answer) && subscribe(answer))
                subscribed << answer;
        messages.clear();
        client.publish(request, body, 1);
        std::optional<std::pair<QString, QJsonObject>> out;
        (void)QTest::qWaitFor(
            [&] {
                for (const auto &[topic, json] : std::as_const(messages))
                    if (topic.startsWith(request + u'/'))
                        out = std::pair{topic.mid(request.size() + 1), json};
                return out.has_value();
            },
            8000);
        return out;
    }

    MqttClient client;
    QList<std::pair<QString, QJsonObject>> messages;
    QStringList subscribed;
};

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

class TestProvisioning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void claimGetsACertificateForAKeyMadeOnTheDevice();
    void answersReachOnlyTheConnectionThatAsked();
    void registerThingNamesTheFridgeAndLeavesItPending();
    void pendingCertificateIsRefusedAtConnect();
    void pairingErrorsAreSentences();
    void pairingActivatesTheTablet();
    void tabletIsAFamilyMember();
    void deletingTheFridgeRevokesTheTablet();
    void badRequestsAreRejectedInAwsShape();
    void expiredOwnershipTokenIsRejected();
    void claimReachesNothingElse();
    void unpairedCertificatesAreRemovedAfterTheirWindow();
    void oneClaimMintsAFewCertificatesNotThousands();

private:
    QString factoryDir(const QString &serial) const
    {
        return m_cloud.dataDir() + "/factory/" + serial;
    }
    std::unique_ptr<Device> claimDevice(const QString &serial, const QString &clientId);
    QJsonObject createCertificate(Device &device, const QString &keyPath);

    /// What the label of @p serial says (its QR content, parsed).
    larder::pairing::PairingPayload label(const QString &serial) const;
    CloudHttp::Answer pair(const QString &token, const QString &family, const QString &serial,
                           const QString &model, const QString &secret);
    /// The tablet of LRD00000042 with its provisioned certificate, connected.
    std::unique_ptr<Device> tablet();

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QString m_ownerToken, m_otherToken, m_family, m_otherFamily;
    QTemporaryDir m_tablet; ///< the door tablet's own storage
    QJsonObject m_created;  ///< the first certificate (LRD00000042)
};

void TestProvisioning::initTestCase()
{
    m_cloud.setServeOptions({"--ownership-token-lifetime", "4"});
    QVERIFY(m_cloud.start());
    for (const auto &[serial, model] :
         {std::pair{"LRD00000042", "LF-500"}, std::pair{"LRD00000043", "LF-700X"},
          std::pair{"LRD00000044", "LF-700X"}})
        QVERIFY(m_cloud.runTool(
            {"factory", "--serial", serial, "--model", model, "--out", factoryDir(serial)}));
    QVERIFY(QFile::exists(factoryDir("LRD00000042") + "/label.png"));
    m_http = std::make_unique<CloudHttp>(m_cloud);
    for (const auto &[email, token, family] :
         {std::tuple{"owner@pair.larder.test", &m_ownerToken, &m_family},
          std::tuple{"other@pair.larder.test", &m_otherToken, &m_otherFamily}}) {
        QVERIFY(m_http->createAccount(email, "Pairing-pass-1"));
        *token = m_http->signIn(email, "Pairing-pass-1").value("IdToken").toString();
        const auto created = m_http->api("POST", "/families", {{"name", "Home"}}, *token);
        QCOMPARE(created.status, 201);
        *family = created.body.value("familyId").toString();
    }
    QCOMPARE(QFile::permissions(factoryDir("LRD00000042") + "/claim.key.pem") & 0x0077, 0);
}

std::unique_ptr<Device> TestProvisioning::claimDevice(const QString &serial,
                                                      const QString &clientId)
{
    auto device = std::make_unique<Device>(
        m_cloud, larder::clientids::owned(larder::clientids::claim(serial), clientId),
        factoryDir(serial) + "/claim.cert.pem", factoryDir(serial) + "/claim.key.pem");
    return device->connect() ? std::move(device) : nullptr;
}

QJsonObject TestProvisioning::createCertificate(Device &device, const QString &keyPath)
{
    QString error;
    if (!larder::kiosk::DeviceKey::generate(keyPath, &error))
        return {};
    const QByteArray csr = larder::kiosk::DeviceKey::signingRequest(keyPath, "tablet", &error);
    const auto answer =
        device.call(topics::createFromCsr(), json({{"certificateSigningRequest", QString(csr)}}));
    return answer && answer->first == u"accepted" ? answer->second : QJsonObject{};
}

void TestProvisioning::claimGetsACertificateForAKeyMadeOnTheDevice()
{
    auto device = claimDevice("LRD00000042", "tablet-42");
    QVERIFY(device);
    const QString key = m_tablet.filePath("device.key.pem");
    m_created = createCertificate(*device, key);
    QVERIFY(!m_created.isEmpty());
    QCOMPARE(m_created.value("certificateId").toString().size(), 64);
    QVERIFY(m_created.value("certificatePem").toString().startsWith("-----BEGIN CERTIFICATE"));
    QVERIFY(m_created.value("certificateOwnershipToken").toString().size() >= 32);
    QCOMPARE(QFile::permissions(key) & 0x0077, 0); // the key: owner-only, and never sent
}

void TestProvisioning::answersReachOnlyTheConnectionThatAsked()
{
    auto asker = claimDevice("LRD00000043", "tablet-43");
    auto bystander = claimDevice("LRD00000042", "tablet-42-again");
    QVERIFY(asker && bystander);
    // Both listen on the same AWS answer topics…
    for (const QString &topic : topics::answers(topics::createFromCsr()))
        QVERIFY(bystander->subscribe(topic));
    QVERIFY(!createCertificate(*asker, m_tablet.filePath("device-43.key.pem")).isEmpty());
    QTest::qWait(500);
    // …but only the connection that asked hears its certificate and token.
    QVERIFY(bystander->messages.isEmpty());
}

void TestProvisioning::registerThingNamesTheFridgeAndLeavesItPending()
{
    auto device = claimDevice("LRD00000042", "tablet-42");
    QVERIFY(device);
    const auto answer = device->call(
        topics::provision(),
        json({{"certificateOwnershipToken", m_created.value("certificateOwnershipToken")},
              {"parameters",
               QJsonObject{{"SerialNumber", "LRD00000042"}, {"ModelNumber", "LF-500"}}}}));
    QVERIFY(answer);
    QCOMPARE(answer->first, QStringLiteral("accepted"));
    QCOMPARE(answer->second.value("thingName").toString(), QStringLiteral("LRD00000042"));
    QVERIFY(answer->second.value("deviceConfiguration").isObject());

    // The token is single use.
    const auto again = device->call(
        topics::provision(),
        json({{"certificateOwnershipToken", m_created.value("certificateOwnershipToken")},
              {"parameters",
               QJsonObject{{"SerialNumber", "LRD00000042"}, {"ModelNumber", "LF-500"}}}}));
    QVERIFY(again);
    QCOMPARE(again->first, QStringLiteral("rejected"));
    QCOMPARE(again->second.value("errorCode").toString(),
             QStringLiteral("InvalidCertificateOwnershipToken"));
}

void TestProvisioning::pendingCertificateIsRefusedAtConnect()
{
    const QString cert = m_tablet.filePath("device.cert.pem");
    QFile file(cert);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_created.value("certificatePem").toString().toUtf8());
    file.close();
    // Until the fridge is paired the broker refuses the certificate at CONNECT, whatever client
    // id it tries: it can neither reach a topic nor take over anyone's connection.
    for (const char *clientId :
         {"LRD00000042-kiosk", "LRD00000042", "larder.service", "claim-LRD00000042"}) {
        Device tablet(m_cloud, clientId, cert, m_tablet.filePath("device.key.pem"));
        QSignalSpy refused(&tablet.client, &MqttClient::refused);
        tablet.client.connectToHost();
        QVERIFY2(refused.wait(8000), clientId);
        QCOMPARE(tablet.client.state(), MqttClient::Disconnected);
    }
}

larder::pairing::PairingPayload TestProvisioning::label(const QString &serial) const
{
    QString error;
    return larder::pairing::PairingPayload::fromLabelFile(factoryDir(serial) + "/label.txt", &error)
        .value_or(larder::pairing::PairingPayload{});
}

CloudHttp::Answer TestProvisioning::pair(const QString &token, const QString &family,
                                         const QString &serial, const QString &model,
                                         const QString &secret)
{
    return m_http->api("POST", "/registration",
                       {{"familyId", family},
                        {"deviceId", serial},
                        {"deviceName", "Kitchen fridge"},
                        {"modelNumber", model},
                        {"pairingSecret", secret}},
                       token);
}

std::unique_ptr<Device> TestProvisioning::tablet()
{
    auto device =
        std::make_unique<Device>(m_cloud, "LRD00000042-kiosk", m_tablet.filePath("device.cert.pem"),
                                 m_tablet.filePath("device.key.pem"));
    return device->connect() ? std::move(device) : nullptr;
}

void TestProvisioning::pairingErrorsAreSentences()
{
    const auto good = label("LRD00000042");
    QVERIFY(!good.secret.isEmpty());
    struct Case
    {
        const char *name;
        CloudHttp::Answer answer;
        int status;
        const char *error;
    };
    const QList<Case> cases{
        {"unknown serial", pair(m_ownerToken, m_family, "LRD99999999", "LF-500", good.secret), 400,
         "UnknownDevice"},
        {"wrong model", pair(m_ownerToken, m_family, "LRD00000042", "LF-700X", good.secret), 400,
         "WrongModel"},
        {"wrong secret",
         pair(m_ownerToken, m_family, "LRD00000042", "LF-500", "AAAAAAAAAAAAAAAAAAAA"), 400,
         "WrongPairingCode"},
        {"seeded serial without a secret",
         pair(m_ownerToken, m_family, "LRD00000001", "LF-500", good.secret), 400,
         "WrongPairingCode"},
        {"hostile serial",
         pair(m_ownerToken, m_family, "LRD'; DROP TABLE things;--", "LF-500", good.secret), 400,
         "BadRequest"},
        {"not my family", pair(m_ownerToken, m_otherFamily, "LRD00000042", "LF-500", good.secret),
         404, "NotFound"},
        {"no token", pair({}, m_family, "LRD00000042", "LF-500", good.secret), 401, "Unauthorized"},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.answer.status == c.status,
                 qPrintable(QStringLiteral("%1: %2").arg(c.name).arg(c.answer.status)));
        QCOMPARE(c.answer.body.value("error").toString(), QString::fromLatin1(c.error));
        QVERIFY2(!c.answer.body.value("message").toString().isEmpty(), c.name);
    }
    // None of them paired anything: the tablet is still refused at CONNECT.
    QVERIFY(!tablet());
}

void TestProvisioning::pairingActivatesTheTablet()
{
    const auto good = label("LRD00000042");
    // Typed by hand: lower case, with the dashes of the printed code.
    const auto paired =
        pair(m_ownerToken, m_family, "lrd00000042", "LF-500", good.printedSecret().toLower());
    QCOMPARE(paired.status, 201);
    QCOMPARE(paired.body.value("status").toString(), QStringLiteral("complete"));
    QCOMPARE(paired.body.value("deviceId").toString(), QStringLiteral("LRD00000042"));

    auto device = tablet();
    QVERIFY(device);
    QTRY_VERIFY_WITH_TIMEOUT(device->subscribe("$aws/things/LRD00000042/shadow/get/accepted"),
                             5000); // the plugin re-reads the registry within 2 s
    QVERIFY(device->subscribe("$aws/events/presence/connected/LRD00000042"));
    QVERIFY(!device->subscribe("$aws/things/LRD00000043/shadow/get/accepted"));

    // Paired once: a second family gets 409, this family too.
    QCOMPARE(pair(m_otherToken, m_otherFamily, "LRD00000042", "LF-500", good.secret).status, 409);
    QCOMPARE(pair(m_ownerToken, m_family, "LRD00000042", "LF-500", good.secret).status, 409);

    const auto shown = m_http->api("GET", "/devices/LRD00000042", {}, m_ownerToken);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.body.value("kiosk").toString(), QStringLiteral("paired"));
    QCOMPARE(m_http->api("GET", "/devices/LRD00000042", {}, m_otherToken).status, 404);
}

void TestProvisioning::tabletIsAFamilyMember()
{
    const auto family = m_http->api("GET", "/families/" + m_family, {}, m_ownerToken);
    QCOMPARE(family.status, 200);
    QJsonObject tabletMember;
    for (const QJsonValue &member : family.body.value("members").toArray())
        if (member.toObject().value("role") == "tablet")
            tabletMember = member.toObject();
    QVERIFY(!tabletMember.isEmpty());
    QCOMPARE(tabletMember.value("name").toString(),
             QStringLiteral("Kitchen tablet (Kitchen fridge)"));
}

void TestProvisioning::deletingTheFridgeRevokesTheTablet()
{
    auto device = tablet();
    QVERIFY(device);
    QVERIFY(device->subscribe("$aws/things/LRD00000042/shadow/get/accepted"));
    QSignalSpy dropped(&device->client, &MqttClient::disconnected);
    QCOMPARE(m_http->api("DELETE", "/devices/LRD00000042", {}, m_otherToken).status, 404);
    QCOMPARE(m_http->api("DELETE", "/devices/LRD00000042", {}, m_ownerToken).status, 204);
    // Its next message once the broker knows is refused, and the broker disconnects it.
    QTRY_VERIFY_WITH_TIMEOUT(
        (device->client.publish("$aws/things/LRD00000042/shadow/get", {}, 1), !dropped.isEmpty()),
        8000);
    auto again = tablet();
    QVERIFY(!again || !again->subscribe("$aws/things/LRD00000042/shadow/get/accepted"));

    const auto registrations = m_http->api("GET", "/registration", {}, m_ownerToken);
    QCOMPARE(registrations.status, 200);
    QCOMPARE(registrations.body.value("items").toArray().last().toObject().value("status"),
             QJsonValue("deleted"));
    QCOMPARE(m_http->api("GET", "/devices/LRD00000042", {}, m_ownerToken).status, 404);
}

void TestProvisioning::badRequestsAreRejectedInAwsShape()
{
    auto device = claimDevice("LRD00000043", "tablet-43");
    QVERIFY(device);
    const QJsonObject created = createCertificate(*device, m_tablet.filePath("device-43b.key.pem"));
    QVERIFY(!created.isEmpty());
    const QJsonValue token = created.value("certificateOwnershipToken");
    auto provision = [&](const QJsonValue &ownershipToken, const QString &serial,
                         const QString &model,
                         const QString &templateName = topics::templateName()) {
        return device->call(
            topics::provision(templateName),
            json({{"certificateOwnershipToken", ownershipToken},
                  {"parameters", QJsonObject{{"SerialNumber", serial}, {"ModelNumber", model}}}}));
    };
    struct Case
    {
        const char *name;
        std::optional<std::pair<QString, QJsonObject>> answer;
        int status;
        const char *code;
    };
    const QList<Case> cases{
        {"forged token", provision("forged-token-0123456789", "LRD00000043", "LF-700X"), 400,
         "InvalidCertificateOwnershipToken"},
        {"unknown serial", provision(token, "LRD99999999", "LF-700X"), 400, "InvalidParameters"},
        {"wrong model", provision(token, "LRD00000043", "LF-500"), 400, "InvalidParameters"},
        {"another fridge's serial", provision(token, "LRD00000042", "LF-500"), 403, "Forbidden"},
        {"unknown template", provision(token, "LRD00000043", "LF-700X", "other-template"), 404,
         "ResourceNotFound"},
        {"malformed JSON", device->call(topics::createFromCsr(), "{nope"), 400, "InvalidPayload"},
        {"not a CSR",
         device->call(topics::createFromCsr(),
                      json({{"certificateSigningRequest", "-----BEGIN nonsense"}})),
         400, "InvalidCertificateSigningRequest"},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.answer, c.name);
        QCOMPARE(c.answer->first, QStringLiteral("rejected"));
        QCOMPARE(c.answer->second.value("statusCode").toInt(), c.status);
        QCOMPARE(c.answer->second.value("errorCode").toString(), QString::fromLatin1(c.code));
        QVERIFY2(!c.answer->second.value("errorMessage").toString().isEmpty(), c.name);
    }
    // After all those, the right parameters still work.
    const auto ok = provision(token, "LRD00000043", "LF-700X");
    QVERIFY(ok);
    QCOMPARE(ok->first, QStringLiteral("accepted"));
}

void TestProvisioning::expiredOwnershipTokenIsRejected()
{
    auto device = claimDevice("LRD00000042", "tablet-42");
    QVERIFY(device);
    const QJsonObject created =
        createCertificate(*device, m_tablet.filePath("device-late.key.pem"));
    QVERIFY(!created.isEmpty());
    QTest::qWait(5000); // this cloud's tokens live 4 s
    const auto answer = device->call(
        topics::provision(),
        json({{"certificateOwnershipToken", created.value("certificateOwnershipToken")},
              {"parameters",
               QJsonObject{{"SerialNumber", "LRD00000042"}, {"ModelNumber", "LF-500"}}}}));
    QVERIFY(answer);
    QCOMPARE(answer->first, QStringLiteral("rejected"));
    QCOMPARE(answer->second.value("errorCode").toString(),
             QStringLiteral("InvalidCertificateOwnershipToken"));
}

void TestProvisioning::claimReachesNothingElse()
{
    auto device = claimDevice("LRD00000042", "tablet-42");
    QVERIFY(device);
    QVERIFY(!device->subscribe("$aws/things/LRD00000042/shadow/get/accepted"));
    QVERIFY(!device->subscribe("$aws/#"));
    QVERIFY(!device->subscribe("$larder/prov/#"));
    QVERIFY(!device->subscribe("$aws/events/presence/connected/LRD00000042"));
}

void TestProvisioning::unpairedCertificatesAreRemovedAfterTheirWindow()
{
    auto device = claimDevice("LRD00000043", "tablet-43-sweep");
    QVERIFY(device);
    const QJsonObject created =
        createCertificate(*device, m_tablet.filePath("device-sweep.key.pem"));
    QVERIFY(!created.isEmpty());
    const QString id = created.value("certificateId").toString();
    device.reset();

    auto registered = [&] {
        // Read the registry as the broker plugin does.
        const QString connection = QStringLiteral("sweep-check");
        bool found = false;
        {
            QSqlDatabase db = m_cloud.openStore(connection);
            if (db.isOpen()) {
                QSqlQuery query(db);
                query.prepare("SELECT 1 FROM certificates WHERE id = ?");
                query.addBindValue(id);
                found = query.exec() && query.next();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return found;
    };
    QVERIFY(registered());
    // A cloud whose pending window is 1 s sweeps at start: the unpaired certificate is gone.
    QTest::qWait(2100);
    m_cloud.setServeOptions({"--pending-window", "1"});
    QVERIFY(m_cloud.restart());
    QTRY_VERIFY_WITH_TIMEOUT(!registered(), 5000);
    // Paired ones stay: the tablet of LRD00000042 was revoked by the delete above, but the
    // claim certificates are untouched and can provision again.
    auto again = claimDevice("LRD00000042", "tablet-42-after-sweep");
    QVERIFY(again);
    QVERIFY(!createCertificate(*again, m_tablet.filePath("device-again.key.pem")).isEmpty());
}

void TestProvisioning::oneClaimMintsAFewCertificatesNotThousands()
{
    // Before: one claim certificate minted 317 certificates a second, without end.
    auto device = claimDevice("LRD00000044", "flood");
    QVERIFY(device);
    QString error;
    const QString key = m_tablet.filePath("flood.key.pem");
    QVERIFY(larder::kiosk::DeviceKey::generate(key, &error));
    const QString csr =
        QString::fromLatin1(larder::kiosk::DeviceKey::signingRequest(key, "tablet", &error));
    int accepted = 0;
    std::optional<std::pair<QString, QJsonObject>> last;
    for (int i = 0; i < 15; ++i) {
        last = device->call(topics::createFromCsr(), json({{"certificateSigningRequest", csr}}));
        QVERIFY(last);
        accepted += last->first == u"accepted" ? 1 : 0;
    }
    QCOMPARE(accepted, 10);
    QCOMPARE(last->first, QStringLiteral("rejected"));
    QCOMPARE(last->second.value("statusCode").toInt(), 429);
    QCOMPARE(last->second.value("errorCode").toString(), QStringLiteral("ThrottlingException"));
}

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"

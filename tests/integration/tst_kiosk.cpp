// SPDX-License-Identifier: MIT
// The door tablet's whole life against a live larder-cloud, Mosquitto and a simulated fridge:
// factory files → provisioning by claim → waiting (pending: nothing reachable) → a family pairs
// it → it follows and controls its fridge → a restart keeps it paired → the family deletes the
// fridge → it is revoked, provisions itself again and waits to be paired.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "fridge/FridgeController.h"
#include "kiosk/DoorTablet.h"
#include "pairing/PairingPayload.h"
#include "shadow/ShadowControl.h"

#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using larder::kiosk::DoorTablet;

class TestKiosk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void provisionsItselfAndWaitsForPairing();
    void pairingTurnsItIntoTheFridgesKiosk();
    void restartKeepsItPaired();
    void recoversByItselfAfterABrokerCrash();
    void deletingTheFridgeSendsItBackToPairing();

private:
    QString tabletDir() const { return m_cloud.tabletDir(); }
    std::unique_ptr<DoorTablet> newKiosk() { return m_cloud.startTablet(); }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    std::unique_ptr<DoorTablet> m_kiosk;
    QString m_token, m_family;
    QString m_firstCertificate;
};

void TestKiosk::initTestCase()
{
    QVERIFY(m_cloud.start());
    QVERIFY(m_cloud.runTool(
        {"factory", "--serial", "LRD00000050", "--model", "LF-500", "--out", tabletDir()}));
    // The fridge's own controller is running and reporting, as in a real kitchen.
    QVERIFY(m_cloud.startFridge("LRD00000050", {"--speed", "10", "--serial", "LRD00000050"}));
    m_http = std::make_unique<CloudHttp>(m_cloud);
    QVERIFY(m_http->createAccount("owner@kiosk.larder.test", "Kiosk-pass-1"));
    m_token = m_http->signIn("owner@kiosk.larder.test", "Kiosk-pass-1").value("IdToken").toString();
    const auto family = m_http->api("POST", "/families", {{"name", "Home"}}, m_token);
    QCOMPARE(family.status, 201);
    m_family = family.body.value("familyId").toString();
}

void TestKiosk::provisionsItselfAndWaitsForPairing()
{
    m_kiosk = newKiosk();
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::WaitingForPairing, 15000);
    QCOMPARE(m_kiosk->serial(), QStringLiteral("LRD00000050"));
    QVERIFY(m_kiosk->pairingUri().startsWith("larder://pair?v=1&serial=LRD00000050"));
    QVERIFY(QFile::exists(tabletDir() + "/device.cert.pem"));
    QCOMPARE(QFile::permissions(tabletDir() + "/device.key.pem") & 0x0077, 0);
    QFile cert(tabletDir() + "/device.cert.pem");
    QVERIFY(cert.open(QIODevice::ReadOnly));
    m_firstCertificate = QString::fromLatin1(cert.readAll());
    // Still waiting a few polls later: nothing is reachable before pairing.
    QTest::qWait(DoorTablet::pairingPollMs + 500);
    QCOMPARE(m_kiosk->state(), DoorTablet::WaitingForPairing);
    QVERIFY(!m_kiosk->fridge());
}

void TestKiosk::pairingTurnsItIntoTheFridgesKiosk()
{
    QString error;
    const auto label =
        larder::pairing::PairingPayload::parse(m_kiosk->pairingUri().toUtf8(), &error);
    QVERIFY2(label, qPrintable(error));
    const auto paired = m_http->pair(*label, m_family, "Kitchen fridge", m_token);
    QCOMPARE(paired.status, 201);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::Paired,
                              DoorTablet::pairingPollMs * 2 + 3000);
    auto *fridge = m_kiosk->fridge();
    QVERIFY(fridge);
    QTRY_VERIFY_WITH_TIMEOUT(fridge->synced() && fridge->hasReadings() && fridge->fridgeOnline(),
                             10000);
    // The kiosk controls its fridge; the fridge applies it.
    const double target = fridge->fridgeSetpoint()->value().toDouble() == 3.0 ? 3.5 : 3.0;
    QVERIFY(fridge->fridgeSetpoint()->set(target));
    QTRY_VERIFY_WITH_TIMEOUT(!fridge->fridgeSetpoint()->pending() &&
                                 fridge->fridgeSetpoint()->value().toDouble() == target,
                             10000);
    // It is listed as the family's kitchen tablet.
    const auto family = m_http->api("GET", "/families/" + m_family, {}, m_token);
    QVERIFY(
        QJsonDocument(family.body).toJson(QJsonDocument::Compact).contains(R"("role":"tablet")"));
}

void TestKiosk::restartKeepsItPaired()
{
    m_kiosk.reset();
    m_kiosk = newKiosk();
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::Paired, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->fridge()->synced(), 10000);
}

void TestKiosk::recoversByItselfAfterABrokerCrash()
{
    auto *fridge = m_kiosk->fridge();
    QVERIFY(fridge && fridge->synced());
    QVERIFY(m_cloud.killBroker());                             // larder-cloud restarts it
    QTRY_VERIFY_WITH_TIMEOUT(!fridge->cloudConnected(), 5000); // the banner shows meanwhile
    QTRY_VERIFY_WITH_TIMEOUT(fridge->cloudConnected() && fridge->synced(), 30000);
    QCOMPARE(m_kiosk->state(), DoorTablet::Paired);
    QCOMPARE(m_kiosk->fridge(), fridge); // the same screen, no re-provisioning
}

void TestKiosk::deletingTheFridgeSendsItBackToPairing()
{
    QCOMPARE(m_http->api("DELETE", "/devices/LRD00000050", {}, m_token).status, 204);
    // Revoked: disconnected at its next message, refused on reconnect, then it provisions a
    // new identity and shows its pairing code again.
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->state() != DoorTablet::Paired, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->state(), DoorTablet::WaitingForPairing, 20000);
    QFile cert(tabletDir() + "/device.cert.pem");
    QVERIFY(cert.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromLatin1(cert.readAll()) != m_firstCertificate);
}

QTEST_GUILESS_MAIN(TestKiosk)
#include "tst_kiosk.moc"

// SPDX-License-Identifier: MIT
// The door tablet's alarm against a live larder-cloud and a simulated fridge at 60× (ten fridge
// minutes in ten seconds): the door left open sounds the alarm on the door when it has been open
// the family's ten minutes of the fridge's time — not before — while two family phones hear the
// alert on the family's feed. The alarm grows louder; "Silence 5 minutes" silences this tablet
// only (the family's alert stays unacknowledged); a tablet that starts meanwhile sounds at once
// (the cloud's open alerts are retained); closing the door ends it on the door at once, and the
// cloud's clearing empties the open alerts.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "alerts/AlertTopics.h"
#include "alerts/DoorAlarm.h"
#include "auth/AuthTokens.h"
#include "fridge/FridgeController.h"
#include "history/TemperatureHistory.h"
#include "kiosk/DoorTablet.h"
#include "mqtt/ClientIds.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

using larder::alerts::DoorAlarm;

namespace {
const QString kSerial = QStringLiteral("LRD00000097");
}

class TestKioskAlarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theDoorLeftOpenSoundsOnTheDoorAndEveryPhone();
    void muteSilencesOnlyThisDoor();
    void aTabletStartedMeanwhileSoundsAtOnce();
    void closingTheDoorEndsIt();

private:
    std::unique_ptr<MqttPeer> phone(const char *who);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    std::unique_ptr<larder::kiosk::DoorTablet> m_kiosk;
    std::unique_ptr<MqttPeer> m_annsPhone, m_bensPhone;
    QProcess *m_fridge = nullptr;
};

std::unique_ptr<MqttPeer> TestKioskAlarm::phone(const char *who)
{
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens[who]).value("sub").toString();
    auto peer = std::make_unique<MqttPeer>(
        m_cloud.accountSettings(larder::clientids::app(sub, "alarm"), m_tokens[who]));
    if (!peer->connect() || !peer->subscribe(larder::alerts::topics::familyChanges(m_family)))
        return nullptr;
    return peer;
}

void TestKioskAlarm::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    m_kiosk = m_cloud.pairedTablet(*m_http, kSerial, m_family, m_tokens["ann"]);
    QVERIFY2(m_kiosk, qPrintable(m_cloud.log()));
    m_annsPhone = phone("ann");
    m_bensPhone = phone("ben");
    QVERIFY(m_annsPhone && m_bensPhone);
}

void TestKioskAlarm::theDoorLeftOpenSoundsOnTheDoorAndEveryPhone()
{
    m_fridge = m_cloud.startFridge(kSerial, {"--speed", "60", "--serial", kSerial});
    QVERIFY(m_fridge);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->alarm() && m_kiosk->fridge()->hasReadings(), 15000);
    // The door calls the fridge by the name the family gave it at pairing, not its model.
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk->fridge()->displayName(), QStringLiteral("Kitchen fridge"),
                              10000);
    // Its last hours, asked for over the tablet's own connection, for the door's trend lines.
    QVERIFY(m_kiosk->history());
    QTRY_VERIFY_WITH_TIMEOUT(
        (m_kiosk->history()->loading() || (m_kiosk->history()->load(), true)) &&
            !m_kiosk->history()->fridge().isEmpty() && !m_kiosk->history()->freezer().isEmpty(),
        15000);
    QVERIFY(m_kiosk->history()->error().isEmpty());
    QCOMPARE(m_kiosk->history()->range(), QStringLiteral("day"));
    DoorAlarm *alarm = m_kiosk->alarm();
    alarm->setEscalation(1500);
    QVERIFY(!alarm->active());
    // Open the door; time it from when the door shows open on the tablet.
    m_fridge->write("d");
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->fridge()->doorOpen(), 5000);
    QElapsedTimer open;
    open.start();
    QTRY_VERIFY_WITH_TIMEOUT(alarm->active(), 20000);
    // Ten minutes of the fridge's time are ten seconds here: not before (a report's second of
    // slack), and soon after.
    const double fridgeSeconds = open.elapsed() / 1000.0 * 60;
    QVERIFY2(fridgeSeconds >= 600 - 60 && fridgeSeconds <= 600 + 180,
             qPrintable(QString::number(fridgeSeconds)));
    QCOMPARE(alarm->condition(), QStringLiteral("doorOpen"));
    QCOMPARE(alarm->level(), QStringLiteral("warning"));
    QVERIFY(alarm->message().startsWith(QStringLiteral("The door has been open for 1")));
    // Both phones have it.
    for (MqttPeer *peer : {m_annsPhone.get(), m_bensPhone.get()})
        QVERIFY(peer->await(
            larder::alerts::topics::familyChanges(m_family), 5000, [](const QJsonObject &e) {
                return e["details"]["state"] == "raised" && e["details"]["condition"] == "doorOpen";
            }));
    // It sounds, and grows louder.
    QTRY_VERIFY_WITH_TIMEOUT(alarm->beeps() >= 1, 2000);
    QCOMPARE(alarm->stage(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(alarm->stage(), 3, 6000);
}

void TestKioskAlarm::muteSilencesOnlyThisDoor()
{
    DoorAlarm *alarm = m_kiosk->alarm();
    QVERIFY(alarm->active() && !alarm->muted());
    alarm->mute(5);
    QVERIFY(alarm->muted());
    QVERIFY(alarm->active()); // the strip stays
    const QDateTime until = alarm->mutedUntil();
    QVERIFY(qAbs(QDateTime::currentDateTime().secsTo(until) - 300) <= 2);
    const int beeps = alarm->beeps();
    QTest::qWait(2500);
    QCOMPARE(alarm->beeps(), beeps); // silent: stage 3 would have beeped twice
    // The family's alert is untouched: still open and unacknowledged, still counted.
    const auto alerts = m_http->api("GET", "/devices/alerts", {}, m_tokens["ben"]);
    const QJsonObject alert = alerts.body.value("items").toArray().at(0).toObject();
    QCOMPARE(alert.value("ack").toBool(), false);
    QCOMPARE(alert.value("details").toObject().value("open").toBool(), true);
    QCOMPARE(m_http->api("GET", "/devices/alerts/count", {}, m_tokens["ben"])
                 .body.value("count")
                 .toInt(),
             1);
}

void TestKioskAlarm::aTabletStartedMeanwhileSoundsAtOnce()
{
    // The door tablet restarts (a power cut): the open alert is there as soon as it follows.
    m_kiosk.reset();
    QElapsedTimer started;
    started.start();
    m_kiosk = m_cloud.startTablet();
    QVERIFY(m_kiosk);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->alarm() && m_kiosk->alarm()->active(), 15000);
    qInfo("the restarted tablet sounded %lld ms after it started", started.elapsed());
    QCOMPARE(m_kiosk->alarm()->condition(), QStringLiteral("doorOpen"));
}

void TestKioskAlarm::closingTheDoorEndsIt()
{
    DoorAlarm *alarm = m_kiosk->alarm();
    QVERIFY(alarm->active());
    m_fridge->write("d");
    QTRY_VERIFY_WITH_TIMEOUT(!alarm->active(), 5000);
    QCOMPARE(alarm->stage(), 0);
    // The cloud cleared it for everyone: the phones hear it, and nothing is open any more.
    QVERIFY(m_bensPhone->await(
        larder::alerts::topics::familyChanges(m_family), 5000,
        [](const QJsonObject &e) { return e["details"]["state"] == "cleared"; }));
    MqttPeer ann(m_cloud.accountSettings(
        larder::clientids::app(
            larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString(), "open"),
        m_tokens["ann"]));
    QVERIFY(ann.connect());
    QVERIFY(ann.subscribe(larder::alerts::topics::thingOpen(kSerial)));
    const auto open = ann.await(larder::alerts::topics::thingOpen(kSerial), 5000);
    QVERIFY(open);
    QCOMPARE(open->value("alerts").toArray().size(), 0);
}

QTEST_MAIN(TestKioskAlarm)
#include "tst_kioskalarm.moc"

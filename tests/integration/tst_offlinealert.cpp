// SPDX-License-Identifier: MIT
// A fridge gone silent, against a live larder-cloud (the family's offline threshold set to its
// shortest, one minute): a fridge killed without a goodbye raises one offline alert once it has
// been gone a minute of the cloud's time — not before — and coming back clears it. The broker
// killed and restarted by larder-cloud's supervisor: a fridge that reconnects is present again
// and raises nothing; one that died while the broker was down is offline once the broker is
// back, and alerts a minute later.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "alerts/AlertTopics.h"
#include "auth/AuthTokens.h"
#include "mqtt/ClientIds.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

#include <csignal>

namespace {
const QString kGone = QStringLiteral("offline-gone");
const QString kStays = QStringLiteral("offline-stays");
const QString kDies = QStringLiteral("offline-dies");
} // namespace

class TestOfflineAlert : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aFridgeKilledAlertsAfterTheThresholdAndItsReturnClears();
    void aBrokerCrashLeavesPresenceRight();

private:
    bool connected(const QString &thing);
    /// The raised offline events heard for @p thing so far.
    int offlineAlerts(const QString &thing) const;

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    std::unique_ptr<MqttPeer> m_phone;
};

void TestOfflineAlert::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {});
    for (const QString &thing : {kGone, kStays, kDies}) {
        QVERIFY(m_cloud.deviceCert(thing));
        QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", m_family}));
    }
    const auto set = m_http->api("PUT", "/settings/config/offlineMinutes?familyId=" + m_family,
                                 {{"value", 1}}, m_tokens["ann"]);
    QCOMPARE(set.status, 200);
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    m_phone = std::make_unique<MqttPeer>(
        m_cloud.accountSettings(larder::clientids::app(sub, "offline"), m_tokens["ann"]));
    QVERIFY(m_phone->connect());
    QVERIFY(m_phone->subscribe(larder::alerts::topics::familyChanges(m_family)));
}

bool TestOfflineAlert::connected(const QString &thing)
{
    return m_http->api("GET", "/devices/" + thing + "/status", {}, m_tokens["ann"])
        .body.value("connected")
        .toBool();
}

int TestOfflineAlert::offlineAlerts(const QString &thing) const
{
    int count = 0;
    for (const auto &[topic, event] : m_phone->messages)
        count += event["deviceId"] == thing && event["details"]["condition"] == "offline" &&
                         event["details"]["state"] == "raised"
                     ? 1
                     : 0;
    return count;
}

void TestOfflineAlert::aFridgeKilledAlertsAfterTheThresholdAndItsReturnClears()
{
    QProcess *fridge = m_cloud.startFridge(kGone);
    QVERIFY(fridge);
    QTRY_VERIFY_WITH_TIMEOUT(connected(kGone), 10000);
    // Killed: no DISCONNECT, no goodbye of any kind.
    ::kill(pid_t(fridge->processId()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(!connected(kGone), 10000);
    QElapsedTimer gone;
    gone.start();
    const QString feed = larder::alerts::topics::familyChanges(m_family);
    const auto raised = m_phone->await(feed, 90000, [](const QJsonObject &event) {
        return event["deviceId"] == kGone && event["details"]["condition"] == "offline" &&
               event["details"]["state"] == "raised";
    });
    QVERIFY2(raised, qPrintable(m_cloud.log().right(2000)));
    // A minute of the cloud's time after the broker saw it go (a tick of slack each side).
    qInfo("offline alert %lld ms after the fridge was seen gone", gone.elapsed());
    QVERIFY2(gone.elapsed() >= 60000 - 2000 && gone.elapsed() <= 60000 + 5000,
             qPrintable(QString::number(gone.elapsed())));
    QCOMPARE(raised->value("type").toString(), QStringLiteral("warning"));
    QVERIFY(!raised->value("message").toString().isEmpty());
    // Back: cleared, and one alert for the whole episode.
    QVERIFY(m_cloud.startFridge(kGone));
    QVERIFY(m_phone->await(feed, 15000, [](const QJsonObject &event) {
        return event["deviceId"] == kGone && event["details"]["condition"] == "offline" &&
               event["details"]["state"] == "cleared";
    }));
    QCOMPARE(offlineAlerts(kGone), 1);
}

void TestOfflineAlert::aBrokerCrashLeavesPresenceRight()
{
    QVERIFY(m_cloud.startFridge(kStays));
    QProcess *dies = m_cloud.startFridge(kDies);
    QVERIFY(dies);
    QTRY_VERIFY_WITH_TIMEOUT(connected(kStays) && connected(kDies), 10000);
    // The broker crashes (larder-cloud restarts it); one fridge loses power meanwhile.
    QVERIFY(m_cloud.killBroker());
    ::kill(pid_t(dies->processId()), SIGKILL);
    QElapsedTimer crash;
    crash.start();
    // Afterwards: the one that reconnected is present, the dead one is not.
    QTRY_VERIFY_WITH_TIMEOUT(!connected(kDies), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(connected(kStays), 20000);
    const QString feed = larder::alerts::topics::familyChanges(m_family);
    QVERIFY(m_phone->await(feed, 90000, [](const QJsonObject &event) {
        return event["deviceId"] == kDies && event["details"]["condition"] == "offline" &&
               event["details"]["state"] == "raised";
    }));
    qInfo("the fridge that died with the broker alerted %lld ms after the crash", crash.elapsed());
    // The one that stayed raised nothing: the broker's few seconds away are not a minute.
    QTest::qWait(2000);
    QCOMPARE(offlineAlerts(kStays), 0);
    QVERIFY(connected(kStays));
    QCOMPARE(offlineAlerts(kDies), 1);
}

QTEST_GUILESS_MAIN(TestOfflineAlert)
#include "tst_offlinealert.moc"

// SPDX-License-Identifier: MIT
// Alerts against a live larder-cloud and a simulated fridge at 60× (ten fridge minutes pass in
// ten seconds): the door left open raises one alert once it has been open ten minutes of the
// fridge's time, heard at once by a family member's phone, and closing it clears the alert.
// The family lists its alerts and the fridge's events; an outsider gets nothing. One member's
// acknowledgement clears the unread count for the whole family, and the feed tells every app.
// The owner sets the family's thresholds (a second fridge then alerts after two minutes), each
// person their alert level; values out of range are refused with a sentence. Ann's app
// (alerts::Alerts) shows the alert live and follows its acknowledgement. A warm fridge is an
// error, mailed to every member. A flood of 10,000 reports from one fridge raises one alert per
// condition. A fridge that changes families takes none of its first family's alerts along.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "MqttPeer.h"

#include "alerts/AlertTopics.h"
#include "alerts/Alerts.h"
#include "auth/AuthTokens.h"
#include "mqtt/ClientIds.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("alert-fridge");

/// @p device reports @p reported (a JSON object's text) on its classic shadow, at QoS 1.
void report(MqttPeer &device, const QString &thing, const QString &reported)
{
    device.client.publish("$aws/things/" + thing + "/shadow/update",
                          QStringLiteral(R"({"state":{"reported":%1}})").arg(reported).toUtf8(), 1);
}
} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aDoorLeftOpenRaisesOneAlertAndClosingClearsIt();
    void theFamilyListsItsAlertsAndOutsidersNothing();
    void acknowledgingClearsTheBadgeForTheWholeFamily();
    void settingsAreTheFamilysAndAPersonsOwn();
    void aFloodOfReportsRaisesOneAlertPerCondition();
    void suppressHistoryAndQuietHours();
    void everyEventOfTheFamilyPageByPage();
    void aFridgeThatChangesHandsTakesNoAlertAlong();
    void aFridgeRacingItsClockRaisesAHandful();
    void aMorningNoteSaysWhatToUseUp();

private:
    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    std::unique_ptr<MqttPeer> m_phone;
    QTemporaryDir m_dir;
    /// Ann's app, as the owner app wires its alerts.
    std::unique_ptr<MemberDevice> m_annsApp;
    std::unique_ptr<larder::alerts::Alerts> m_annsAlerts;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    /// A fridge of its own in the family, named @p name, connected with its certificate; null
    /// when a step fails.
    std::unique_ptr<MqttPeer> ownFridge(const QString &thing, const QString &name)
    {
        if (!m_cloud.deviceCert(thing) ||
            !m_cloud.runTool(
                {"assign-thing", "--thing", thing, "--family", m_family, "--fridge-name", name}))
            return nullptr;
        auto device = std::make_unique<MqttPeer>(m_cloud.deviceSettings(thing));
        return device->connect() ? std::move(device) : nullptr;
    }
    const larder::alerts::AlertRow *annSees(const QString &condition) const
    {
        for (const auto &row : m_annsAlerts->list()->rows())
            if (row.condition == condition)
                return &row;
        return nullptr;
    }
};

void TestAlerts::initTestCase()
{
    m_cloud.setServeOptions({"--morning-note-hour", "0"}); // due at any hour of the test
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(m_cloud.deviceCert(kThing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family,
                             "--fridge-name", "Kitchen fridge"}));
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    m_phone = std::make_unique<MqttPeer>(
        m_cloud.accountSettings(larder::clientids::app(sub, "alerts"), m_tokens["ann"]));
    QVERIFY(m_phone->connect());
    QVERIFY(m_phone->subscribe(larder::alerts::topics::familyChanges(m_family)));
    m_annsApp = std::make_unique<MemberDevice>(m_cloud, m_http->profile(), m_tokens["ann"],
                                               m_dir.filePath("ann.sqlite"), "ann-app", kThing);
    m_annsAlerts = std::make_unique<larder::alerts::Alerts>(&m_annsApp->api, &m_annsApp->mqtt);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_annsAlerts->list(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_annsAlerts->setFamilies({m_family});
    m_annsAlerts->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_annsAlerts->loading() &&
            m_annsApp->mqtt.isSubscribed(larder::alerts::topics::familyChanges(m_family)),
        10000);
    QCOMPARE(m_annsAlerts->list()->count(), 0);
}

void TestAlerts::aDoorLeftOpenRaisesOneAlertAndClosingClearsIt()
{
    // Open at 2 s, closed at 16 s: fourteen minutes of the fridge's time.
    QVERIFY(m_cloud.startFridge(kThing, {"--speed", "60", "--scenario", "2:open,16:close"}));
    const QString feed = larder::alerts::topics::familyChanges(m_family);
    const auto raised = m_phone->await(feed, 30000, [](const QJsonObject &event) {
        return event["details"]["state"] == "raised";
    });
    QVERIFY2(raised, qPrintable(m_cloud.log().right(2000)));
    QCOMPARE(raised->value("deviceId").toString(), kThing);
    QCOMPARE(raised->value("deviceName").toString(), QStringLiteral("Kitchen fridge"));
    QCOMPARE(raised->value("type").toString(), QStringLiteral("warning"));
    QCOMPARE(raised->value("details").toObject().value("condition").toString(),
             QStringLiteral("doorOpen"));
    // Raised at the threshold in the fridge's time, not before and not much after.
    const double minutesOpen = raised->value("value").toDouble();
    QVERIFY2(minutesOpen >= 10 && minutesOpen < 12, qPrintable(QString::number(minutesOpen)));
    QVERIFY(raised->value("message").toString().startsWith("The door has been open for 1"));
    const auto cleared = m_phone->await(feed, 30000, [](const QJsonObject &event) {
        return event["details"]["state"] == "cleared";
    });
    QVERIFY(cleared);
    QCOMPARE(cleared->value("type").toString(), QStringLiteral("info"));
    QCOMPARE(cleared->value("message").toString(), QStringLiteral("The door is closed."));
    // One alert for the episode, however many reports the open door brought.
    int raisedCount = 0;
    for (const auto &[topic, event] : m_phone->messages)
        raisedCount += topic == feed && event["details"]["state"] == "raised" ? 1 : 0;
    QCOMPARE(raisedCount, 1);
    // Ann's app shows it, no longer open, and counts it unread.
    QTRY_VERIFY_WITH_TIMEOUT(annSees("doorOpen") && !annSees("doorOpen")->open, 10000);
    QCOMPARE(annSees("doorOpen")->deviceName, QStringLiteral("Kitchen fridge"));
    QCOMPARE(m_annsAlerts->list()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->unread(), 1, 10000);
}

void TestAlerts::theFamilyListsItsAlertsAndOutsidersNothing()
{
    const auto alerts = m_http->api("GET", "/devices/alerts", {}, m_tokens["ann"]);
    QCOMPARE(alerts.status, 200);
    QCOMPARE(alerts.body.value("count").toInt(), 1);
    const QJsonObject alert = alerts.body.value("items").toArray().at(0).toObject();
    QCOMPARE(alert.value("details").toObject().value("open").toBool(), false); // cleared since
    QCOMPARE(alert.value("ack").toBool(), false);
    const auto events = m_http->api("GET", "/devices/" + kThing + "/events", {}, m_tokens["ann"]);
    QCOMPARE(events.status, 200);
    QCOMPARE(events.body.value("count").toInt(), 2);
    QCOMPARE(events.body.value("items")
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("details")
                 .toObject()
                 .value("state")
                 .toString(),
             QStringLiteral("cleared")); // newest first
    // Eve, of no family with this fridge: nothing, and no feed.
    QCOMPARE(m_http->api("GET", "/devices/alerts", {}, m_tokens["eve"]).body.value("count").toInt(),
             0);
    QCOMPARE(m_http->api("GET", "/devices/" + kThing + "/events", {}, m_tokens["eve"]).status, 404);
    QCOMPARE(m_http->api("GET", "/devices/alerts").status, 401);
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer eve(m_cloud.accountSettings(larder::clientids::app(sub, "peek"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    QVERIFY(!eve.subscribe(larder::alerts::topics::familyChanges(m_family)));
}

void TestAlerts::acknowledgingClearsTheBadgeForTheWholeFamily()
{
    const auto count = [this](const QString &who, const QString &level = {}) {
        return m_http->api("GET",
                           "/devices/alerts/count" + (level.isEmpty() ? "" : "?level=" + level), {},
                           m_tokens[who]);
    };
    QCOMPARE(count("ann").body.value("count").toInt(), 1);
    QCOMPARE(count("ben").body.value("count").toInt(), 1);
    QCOMPARE(count("ben").body.value("byType").toObject().value("warning").toInt(), 1);
    QCOMPARE(count("ann", "error").body.value("count").toInt(), 0); // a warning is below it
    QCOMPARE(count("ann", "loud").status, 400);
    QCOMPARE(count("eve").body.value("count").toInt(), 0);

    const QString id = m_http->api("GET", "/devices/alerts", {}, m_tokens["ann"])
                           .body.value("items")
                           .toArray()
                           .at(0)
                           .toObject()
                           .value("id")
                           .toString();
    const QString path = "/devices/" + kThing + "/events/" + id;
    QCOMPARE(m_http->api("GET", path, {}, m_tokens["ben"]).body.value("id").toString(), id);
    // What may not be sent.
    for (const QJsonObject &bad : {QJsonObject{}, QJsonObject{{"ack", "yes"}},
                                   QJsonObject{{"ack", true}, {"colour", "red"}}})
        QCOMPARE(m_http->api("PUT", path, bad, m_tokens["ben"]).status, 400);
    // Outsiders, and the event under another fridge's path, find nothing.
    QCOMPARE(m_http->api("GET", path, {}, m_tokens["eve"]).status, 404);
    QCOMPARE(m_http->api("PUT", path, {{"ack", true}}, m_tokens["eve"]).status, 404);
    QCOMPARE(m_http->api("GET", "/devices/other-fridge/events/" + id, {}, m_tokens["ann"]).status,
             404);
    QCOMPARE(count("ann").body.value("count").toInt(), 1); // none of that touched it

    // Ben acknowledges: Ann's phone hears it, and the count is 0 for both.
    m_phone->messages.clear();
    const auto acked = m_http->api("PUT", path, {{"ack", true}}, m_tokens["ben"]);
    QCOMPARE(acked.status, 200);
    QVERIFY(acked.body.value("ack").toBool());
    const auto heard = m_phone->await(
        larder::alerts::topics::familyChanges(m_family), 10000,
        [&](const QJsonObject &event) { return event["id"] == id && event["ack"] == true; });
    QVERIFY(heard);
    QCOMPARE(count("ann").body.value("count").toInt(), 0);
    QCOMPARE(count("ben").body.value("count").toInt(), 0);
    // And Ann's app follows: acknowledged, nothing unread.
    QTRY_VERIFY_WITH_TIMEOUT(annSees("doorOpen")->ack && m_annsAlerts->unread() == 0, 10000);
    QVERIFY(m_annsAlerts->error().isEmpty());
}

void TestAlerts::settingsAreTheFamilysAndAPersonsOwn()
{
    const QString door = "/settings/config/doorOpenMinutes?familyId=" + m_family;
    QCOMPARE(m_http->api("GET", door, {}, m_tokens["ben"]).body.value("value").toDouble(), 10.0);
    const auto put = [this](const QString &path, const QJsonValue &value, const QString &who) {
        return m_http->api("PUT", path, {{"value", value}}, m_tokens[who]);
    };
    QCOMPARE(put(door, 5, "ben").status, 403); // a member reads; the owner changes
    for (const QJsonValue &bad :
         {QJsonValue(0), QJsonValue(-3), QJsonValue(525600), QJsonValue("2")}) {
        const auto refused = put(door, bad, "ann");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.body.value("message").toString(),
                 QStringLiteral("doorOpenMinutes is 1 to 120 minutes."));
    }
    QCOMPARE(put(door, 2, "ann").body.value("value").toDouble(), 2.0);
    QCOMPARE(m_http->api("GET", door, {}, m_tokens["eve"]).status, 404);
    QCOMPARE(m_http->api("GET", "/settings/config/doorOpenMinutes", {}, m_tokens["ann"]).status,
             400); // whose family?
    QVERIFY(m_http->api("GET", "/settings/config/sirenVolume", {}, m_tokens["ann"])
                .body.value("message")
                .toString()
                .startsWith("There is no setting sirenVolume"));
    // A person's own alert level.
    QCOMPARE(put("/settings/config/alertLevel", "loud", "ben").status, 400);
    QCOMPARE(put("/settings/config/alertLevel", "error", "ben").body.value("value").toString(),
             QStringLiteral("error"));
    QCOMPARE(m_http->api("GET", "/settings/config/alertLevel", {}, m_tokens["ann"])
                 .body.value("value")
                 .toString(),
             QStringLiteral("warning"));
    QCOMPARE(m_http->api("GET", "/devices/alerts/count", {}, m_tokens["ben"])
                 .body.value("level")
                 .toString(),
             QStringLiteral("error"));

    // The family's two-minute threshold applies: a second fridge's door alerts after two of
    // its minutes (two seconds at 60x).
    const QString second = QStringLiteral("alert-fridge-2");
    QVERIFY(m_cloud.deviceCert(second));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", second, "--family", m_family}));
    QVERIFY(m_cloud.startFridge(second, {"--speed", "60", "--scenario", "2:open,8:close"}));
    const auto raised = m_phone->await(
        larder::alerts::topics::familyChanges(m_family), 30000, [&](const QJsonObject &event) {
            return event["deviceId"] == second && event["details"]["state"] == "raised";
        });
    QVERIFY(raised);
    const double minutesOpen = raised->value("value").toDouble();
    QVERIFY2(minutesOpen >= 2 && minutesOpen < 4, qPrintable(QString::number(minutesOpen)));

    // A fridge warmer than the family's limit for its time is an error, and that is mailed
    // to every member (the cloud's outbox here).
    QCOMPARE(put("/settings/config/fridgeMaxC?familyId=" + m_family, 2, "ann").status, 200);
    QCOMPARE(put("/settings/config/warmMinutes?familyId=" + m_family, 5, "ann").status, 200);
    const auto warm = m_phone->await(larder::alerts::topics::familyChanges(m_family), 30000,
                                     [](const QJsonObject &event) {
                                         return event["details"]["condition"] == "fridgeWarm" &&
                                                event["details"]["state"] == "raised";
                                     });
    QVERIFY(warm);
    QCOMPARE(warm->value("type").toString(), QStringLiteral("error"));
    QVERIFY(warm->value("message").toString().startsWith("The fridge has been above 2.0 °C"));
    const QDir outbox(m_cloud.dataDir() + "/outbox");
    // Both fridges of the family are above 2 °C now: each error goes to Ann and to Ben.
    QTRY_VERIFY_WITH_TIMEOUT(!outbox.entryList({"*-alert-ann*.eml"}).isEmpty() &&
                                 !outbox.entryList({"*-alert-ben*.eml"}).isEmpty(),
                             10000);
    QFile mail(outbox.filePath(outbox.entryList({"*-alert-ann*.eml"}).value(0)));
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mail.readAll());
    QVERIFY2(text.contains("Subject: Larder: ") && text.contains("The fridge has been above 2.0"),
             qPrintable(text));
    // Errors only: a mail to each of the two members per fridge and condition raised (at most
    // once an hour each), none for the warnings.
    const auto errorKeys = [this] {
        QSet<QString> raised;
        for (const auto &[topic, event] : m_phone->messages)
            if (event["details"]["state"] == "raised" && event["type"] == "error")
                raised.insert(event["deviceId"].toString() + u'/' +
                              event["details"]["condition"].toString());
        return raised;
    };
    // (What a failure reports: every alert mail and every error the family's feed carried.)
    const auto mailsAndErrors = [&] {
        QStringList mails;
        for (const QString &name : outbox.entryList({"*-alert-*.eml"})) {
            QFile file(outbox.filePath(name));
            mails << name + ": " +
                         (file.open(QIODevice::ReadOnly)
                              ? QString::fromUtf8(file.readAll()).section(u'\n', -3).simplified()
                              : QStringLiteral("(unreadable)"));
        }
        return QStringLiteral("mails:\n  %1\nerrors: %2")
            .arg(mails.join(QStringLiteral("\n  ")), QStringList(errorKeys().values()).join(u' '));
    };
    QTRY_VERIFY2_WITH_TIMEOUT(int(outbox.entryList({"*-alert-*.eml"}).size()) ==
                                  2 * int(errorKeys().size()),
                              qPrintable(mailsAndErrors()), 10000);
}

void TestAlerts::aFloodOfReportsRaisesOneAlertPerCondition()
{
    // A fridge of its own (no simulator) floods its shadow with reports, its door open and its
    // clock racing: one alert for the episode, and the cloud keeps answering.
    const QString thing = QStringLiteral("flood-fridge");
    QVERIFY(m_cloud.deviceCert(thing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", m_family}));
    MqttPeer device(m_cloud.deviceSettings(thing));
    QVERIFY(device.connect());
    m_phone->messages.clear();
    // Ten thousand at QoS 0, as fast as one connection sends them (a hostile fridge); the shadow
    // service answers what the broker passes on (accepted, or 429 while too many are in
    // flight).
    constexpr int kReports = 10000;
    const QString update = "$aws/things/" + thing + "/shadow/update";
    QVERIFY(device.subscribe(update + "/accepted"));
    QVERIFY(device.subscribe(update + "/rejected"));
    const auto answers = [&] {
        return std::count_if(device.messages.cbegin(), device.messages.cend(),
                             [&](const auto &message) { return message.first.startsWith(update); });
    };
    QElapsedTimer flood;
    flood.start();
    for (int i = 0; i < kReports; ++i)
        device.client.publish(
            update,
            QStringLiteral(R"({"state":{"reported":{"clock":%1,"doorOpen":true,)"
                           R"("doorOpenedAt":1000,"fridge":{"temperature":%2}}}})")
                .arg(1'000'000 + i)
                .arg(3.0 + (i % 10) * 0.1, 0, 'f', 1)
                .toUtf8(),
            0);
    const qint64 queued = flood.elapsed();
    // At QoS 0 the broker may drop what it cannot queue: wait until the answers stop coming.
    for (qint64 last = -1; answers() != last && answers() < kReports;) {
        last = answers();
        QTest::qWait(2000);
    }
    qInfo("%d reports queued in %lld ms; %lld answered within %lld ms (%.0f a second)", kReports,
          queued, qint64(answers()), flood.elapsed(),
          answers() * 1000.0 / std::max<qint64>(1, flood.elapsed()));
    const QString feed = larder::alerts::topics::familyChanges(m_family);
    const auto raised = m_phone->await(feed, 30000, [&](const QJsonObject &event) {
        return event["deviceId"] == thing && event["details"]["state"] == "raised";
    });
    QVERIFY(raised);
    QTest::qWait(2000); // whatever else the flood would bring
    // One per condition: the door, and (above the family's 2 °C limit for five of its minutes)
    // the warm fridge.
    QHash<QString, int> raisedFor;
    for (const auto &[topic, event] : m_phone->messages)
        if (event["deviceId"] == thing && event["details"]["state"] == "raised")
            ++raisedFor[event["details"]["condition"].toString()];
    QCOMPARE(raisedFor.value("doorOpen"), 1);
    QCOMPARE(raisedFor.value("fridgeWarm"), 1);
    QCOMPARE(raisedFor.size(), 2);
    // The cloud still answers, the fridge's own requests included.
    const QString get = "$aws/things/" + thing + "/shadow/get";
    QVERIFY(device.subscribe(get + "/accepted"));
    const auto answer = device.request(get, {});
    QVERIFY(answer && answer->first == "accepted");
    QCOMPARE(m_http->api("GET", "/devices/" + thing + "/events", {}, m_tokens["ann"])
                 .body.value("count")
                 .toInt(),
             2);
}

void TestAlerts::suppressHistoryAndQuietHours()
{
    // The flood left two open alerts on the flood fridge; Ann's app counts them for it.
    const QString thing = QStringLiteral("flood-fridge");
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->unreadByFridge().value(thing).toInt(), 2, 10000);
    const int before = m_annsAlerts->unread();
    // Ben suppresses the door alert (over REST, as his app does): it counts for nobody, and
    // Ann's app hears it on the feed.
    const auto door = std::find_if(
        m_annsAlerts->list()->rows().cbegin(), m_annsAlerts->list()->rows().cend(),
        [&](const auto &row) { return row.deviceId == thing && row.condition == "doorOpen"; });
    QVERIFY(door != m_annsAlerts->list()->rows().cend());
    const QString doorId = door->id;
    const auto suppressed = m_http->api("PUT", "/devices/" + thing + "/events/" + doorId,
                                        {{"suppress", true}}, m_tokens["ben"]);
    QCOMPARE(suppressed.status, 200);
    QCOMPARE(suppressed.body.value("suppress").toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->unreadByFridge().value(thing).toInt(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->unread(), before - 1, 10000);
    // Ann restores it from her app, then suppresses the other one herself.
    m_annsAlerts->suppress(doorId, false);
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->unreadByFridge().value(thing).toInt(), 2, 10000);
    // An outsider cannot.
    QCOMPARE(m_http
                 ->api("PUT", "/devices/" + thing + "/events/" + doorId, {{"suppress", true}},
                       m_tokens["eve"])
                 .status,
             404);

    // The fridge's history: every event, raised and cleared, newest first, live.
    m_annsAlerts->loadHistory(kThing);
    QTRY_VERIFY_WITH_TIMEOUT(m_annsAlerts->history()->count() >= 2, 10000);
    QCOMPARE(m_annsAlerts->historyFridge(), kThing);
    const auto &events = m_annsAlerts->history()->rows();
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const auto &e) { return !e.raised; }));
    QVERIFY(std::all_of(events.cbegin(), events.cend(),
                        [](const auto &e) { return e.deviceId == kThing; }));

    // Quiet hours: a person's own, checked, and what the app reads back.
    const QString quiet = "/settings/config/quietHours";
    for (const QJsonValue &bad : {QJsonValue("nights"), QJsonValue(QJsonObject{{"from", "22:00"}}),
                                  QJsonValue(QJsonObject{{"from", "22:00"}, {"to", "22:00"}}),
                                  QJsonValue(QJsonObject{{"from", "24:30"}, {"to", "07:00"}})}) {
        const auto refused = m_http->api("PUT", quiet, {{"value", bad}}, m_tokens["ben"]);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.value("message").toString().startsWith("quietHours is"));
    }
    m_annsAlerts->setQuietHours("22:00", "07:00");
    QTRY_COMPARE_WITH_TIMEOUT(m_annsAlerts->quietHours().text(), QStringLiteral("22:00–07:00"),
                              10000);
    QCOMPARE(m_http->api("GET", quiet, {}, m_tokens["ann"]).body.value("value").toObject(),
             QJsonObject({{"from", "22:00"}, {"to", "07:00"}}));
    QVERIFY(m_annsAlerts->quietHours().silences("warning", QTime(23, 30)));
    QVERIFY(!m_annsAlerts->quietHours().silences("error", QTime(23, 30)));
    // Ben's are his own: none.
    QVERIFY(m_http->api("GET", quiet, {}, m_tokens["ben"]).body.value("value").isNull());
    m_annsAlerts->setQuietHours("", "");
    QTRY_VERIFY_WITH_TIMEOUT(!m_annsAlerts->quietHours().isOn(), 10000);
    QVERIFY(m_http->api("GET", quiet, {}, m_tokens["ann"]).body.value("value").isNull());
}

void TestAlerts::everyEventOfTheFamilyPageByPage()
{
    // GET /devices/events: every fridge's events, raised and cleared, newest first.
    const auto all = m_http->api("GET", "/devices/events", {}, m_tokens["ben"]);
    QCOMPARE(all.status, 200);
    const QJsonArray items = all.body.value("items").toArray();
    QVERIFY(items.size() >= 4);
    QVERIFY(!all.body.contains("nextToken")); // fewer than a page
    QSet<QString> fridges, states;
    for (const QJsonValue &item : items) {
        fridges.insert(item["deviceId"].toString());
        states.insert(item["details"]["state"].toString());
    }
    QVERIFY(fridges.size() >= 2);
    QCOMPARE(states, QSet<QString>({"raised", "cleared"}));
    // Page by page, two at a time: the same events, in the same order, none twice.
    QStringList paged;
    QString token;
    for (int pages = 0; pages < 100; ++pages) {
        const auto page = m_http->api("GET",
                                      "/devices/events?limit=2" +
                                          (token.isEmpty() ? QString() : "&nextToken=" + token),
                                      {}, m_tokens["ben"]);
        QCOMPARE(page.status, 200);
        for (const QJsonValue &item : page.body.value("items").toArray())
            paged.append(item["id"].toString());
        token = page.body.value("nextToken").toString();
        if (token.isEmpty())
            break;
    }
    QStringList unpaged;
    for (const QJsonValue &item : items)
        unpaged.append(item["id"].toString());
    QCOMPARE(paged, unpaged);
    // The alerts page the same way; bad asks are refused with a sentence.
    const auto firstAlert = m_http->api("GET", "/devices/alerts?limit=1", {}, m_tokens["ann"]);
    QCOMPARE(firstAlert.body.value("count").toInt(), 1);
    QVERIFY(firstAlert.body.contains("nextToken"));
    for (const char *bad : {"?limit=0", "?limit=500", "?limit=x", "?nextToken=garbage"}) {
        const auto refused =
            m_http->api("GET", QStringLiteral("/devices/events") + bad, {}, m_tokens["ann"]);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.body.value("message").toString().startsWith("limit is 1 to 200"));
    }
    // An outsider's families have no events.
    QCOMPARE(m_http->api("GET", "/devices/events", {}, m_tokens["eve"]).body.value("count").toInt(),
             0);
}

void TestAlerts::aFridgeThatChangesHandsTakesNoAlertAlong()
{
    // Before: after Home removed a fridge and Next door paired it, Next door listed Home's
    // events for it, read, acknowledged and suppressed them (published on Home's feed), and its
    // retained open alerts were Home's, with Home's name for the fridge.
    const QString thing = QStringLiteral("moving-fridge");
    const auto fridge = ownFridge(thing, "Cellar");
    QVERIFY(fridge);
    MqttPeer &device = *fridge;
    qint64 clock = 2'000'000;
    // Its door open, and an hour later (its clock) still open.
    const auto doorOpenAnHour = [&] {
        for (const qint64 step : {60, 3600}) {
            clock += step;
            report(device, thing,
                   QStringLiteral(R"({"clock":%1,"doorOpen":true,"fridge":{"temperature":4.0}})")
                       .arg(clock));
        }
    };
    const QString homeFeed = larder::alerts::topics::familyChanges(m_family);
    const auto isRaisedFor = [&](const QJsonObject &event) {
        return event["deviceId"] == thing && event["details"]["state"] == "raised";
    };
    doorOpenAnHour();
    const auto homeAlert = m_phone->await(homeFeed, 20000, isRaisedFor);
    QVERIFY2(homeAlert, qPrintable(m_cloud.log().right(2000)));
    const QString homeEvent = homeAlert->value("id").toString();

    // Ann removes it; Eve's family takes it.
    QCOMPARE(m_http->api("DELETE", "/devices/" + thing, {}, m_tokens["ann"]).status, 204);
    m_phone->messages.clear();
    const QString nextDoor = m_http->createFamily("Next door", m_tokens["eve"]);
    QVERIFY(!nextDoor.isEmpty());
    QVERIFY(m_cloud.runTool(
        {"assign-thing", "--thing", thing, "--family", nextDoor, "--fridge-name", "Eve's fridge"}));
    const QString eve = larder::auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer evesPhone(
        m_cloud.accountSettings(larder::clientids::app(eve, "moving"), m_tokens["eve"]));
    QVERIFY(evesPhone.connect());
    const QString open = larder::alerts::topics::thingOpen(thing);
    const QString eveFeed = larder::alerts::topics::familyChanges(nextDoor);
    QVERIFY(evesPhone.subscribe(open));
    QVERIFY(evesPhone.subscribe(eveFeed));
    QTest::qWait(1000); // a retained message would have come by now
    for (const auto &[topic, body] : std::as_const(evesPhone.messages))
        QVERIFY2(topic != open || body.value("alerts").toArray().isEmpty(),
                 qPrintable(QJsonDocument(body).toJson()));

    // Nothing of Home's is Eve's: not listed, not readable, not markable.
    const auto events = m_http->api("GET", "/devices/" + thing + "/events", {}, m_tokens["eve"]);
    QCOMPARE(events.status, 200);
    QCOMPARE(events.body.value("count").toInt(), 0);
    const QString path = "/devices/" + thing + "/events/" + homeEvent;
    QCOMPARE(m_http->api("GET", path, {}, m_tokens["eve"]).status, 404);
    QCOMPARE(m_http->api("PUT", path, {{"ack", true}, {"suppress", true}}, m_tokens["eve"]).status,
             404);
    QCOMPARE(m_http->api("GET", "/devices/alerts", {}, m_tokens["eve"]).body.value("count").toInt(),
             0);
    // And Home's records of it left with it.
    for (const QJsonValue &event :
         m_http->api("GET", "/devices/events", {}, m_tokens["ann"]).body.value("items").toArray())
        QVERIFY(event["deviceId"] != thing);

    // Its door is still open: a new alert, in Eve's family, with her name for it; Home hears
    // nothing.
    doorOpenAnHour();
    const auto eveAlert = evesPhone.await(eveFeed, 20000, isRaisedFor);
    QVERIFY(eveAlert);
    QCOMPARE(eveAlert->value("deviceName").toString(), QStringLiteral("Eve's fridge"));
    QVERIFY(eveAlert->value("id").toString() != homeEvent);
    const auto retained = evesPhone.await(open, 5000, [](const QJsonObject &body) {
        return !body.value("alerts").toArray().isEmpty();
    });
    QVERIFY(retained);
    QCOMPARE(retained->value("alerts").toArray().at(0)["deviceName"].toString(),
             QStringLiteral("Eve's fridge"));
    QTest::qWait(500);
    for (const auto &[topic, body] : std::as_const(m_phone->messages))
        QVERIFY2(body["deviceId"] != thing, qPrintable(QJsonDocument(body).toJson()));
}

void TestAlerts::aFridgeRacingItsClockRaisesAHandful()
{
    // Before: a hundred warm-and-open / closed-and-cool cycles in half a second (its clock an
    // hour ahead each time) made 400 events, 400 feed messages and 200 mails.
    const QString thing = QStringLiteral("racing-fridge");
    const auto fridge = ownFridge(thing, "Racer");
    QVERIFY(fridge);
    MqttPeer &device = *fridge;
    m_phone->messages.clear();
    const QDir outbox(m_cloud.dataDir() + "/outbox");
    const auto mailsAboutIt = [&] {
        int count = 0;
        for (const QString &name : outbox.entryList({"*-alert-*.eml"})) {
            QFile mail(outbox.filePath(name));
            count += mail.open(QIODevice::ReadOnly) && mail.readAll().contains("Racer") ? 1 : 0;
        }
        return count;
    };
    const auto at = [&](qint64 clock, bool open, double celsius) {
        report(device, thing,
               QStringLiteral(R"({"clock":%1,"doorOpen":%2,"fridge":{"temperature":%3}})")
                   .arg(clock)
                   .arg(open ? "true" : "false")
                   .arg(celsius));
    };
    for (int i = 0; i < 100; ++i) {
        const qint64 clock = 5'000'000 + i * 4000;
        at(clock, true, 9);
        at(clock + 3600, true, 9);
        at(clock + 3601, false, 1);
    }
    QVERIFY(m_phone->await(larder::alerts::topics::familyChanges(m_family), 20000,
                           [&](const QJsonObject &event) { return event["deviceId"] == thing; }));
    QTest::qWait(3000); // what else the cycles would bring
    int events = 0;
    for (const auto &[topic, event] : std::as_const(m_phone->messages))
        events += event["deviceId"] == thing ? 1 : 0;
    const int mails = mailsAboutIt();
    qInfo("100 cycles: %d events on the family's feed, %d mails", events, mails);
    // The door and the warm fridge, each raised and cleared once; the error mailed once to
    // each of the two members.
    QVERIFY2(events >= 2 && events <= 4, qPrintable(QString::number(events)));
    QVERIFY2(mails <= 2, qPrintable(QString::number(mails)));
    const auto listed = m_http->api("GET", "/devices/" + thing + "/events", {}, m_tokens["ann"]);
    QCOMPARE(listed.body.value("count").toInt(), events);
}

void TestAlerts::aMorningNoteSaysWhatToUseUp()
{
    // A stocked fridge (lasagne due today, chicken tomorrow) reports for the first time.
    const QString thing = QStringLiteral("LRD00000093");
    QVERIFY(m_cloud.deviceCert(thing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", m_family,
                             "--fridge-name", "Cellar fridge", "--stock"}));
    QSignalSpy notified(m_annsAlerts.get(), &larder::alerts::Alerts::raised);
    const int unreadBefore = m_annsAlerts->unread();
    MqttPeer fridge(m_cloud.deviceSettings(thing));
    QVERIFY(fridge.connect());
    fridge.publish("$aws/things/" + thing + "/shadow/update",
                   R"({"state":{"reported":{"fridge":{"temperature":4.1}}}})");
    const auto note = m_phone->await(
        larder::alerts::topics::familyChanges(m_family), 15000, [&](const QJsonObject &event) {
            return event["deviceId"] == thing && event["details"]["condition"] == "useSoon";
        });
    QVERIFY2(note, qPrintable(m_cloud.log().right(2000)));
    QCOMPARE(note->value("type").toString(), QStringLiteral("info"));
    QCOMPARE(note->value("deviceName").toString(), QStringLiteral("Cellar fridge"));
    const QString message = note->value("message").toString();
    QVERIFY2(message.contains("to use by tomorrow") && message.contains("Lasagne"),
             qPrintable(message));
    // Ann's app hears it as an "info" notification; it is no alert and changes no badge.
    QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 10000);
    QCOMPARE(notified.last().at(3).toString(), QStringLiteral("info"));
    QVERIFY(!annSees("useSoon"));
    QCOMPARE(m_annsAlerts->unread(), unreadBefore);
    // At the default level ("warning") it does not notify; at "info" it does.
    QVERIFY(!m_annsAlerts->notifies("info"));
    m_annsAlerts->setAlertLevel("info");
    QTRY_COMPARE(m_annsAlerts->alertLevel(), QStringLiteral("info"));
    QVERIFY(m_annsAlerts->notifies("info") && m_annsAlerts->notifies("error"));
    m_annsAlerts->setAlertLevel("error");
    QTRY_COMPARE(m_annsAlerts->alertLevel(), QStringLiteral("error"));
    QVERIFY(!m_annsAlerts->notifies("warning") && m_annsAlerts->notifies("error"));
    // Once a day: more reports make no second note.
    fridge.publish("$aws/things/" + thing + "/shadow/update",
                   R"({"state":{"reported":{"fridge":{"temperature":4.2}}}})");
    QVERIFY(!m_phone->await(
        larder::alerts::topics::familyChanges(m_family), 2500, [&](const QJsonObject &event) {
            return event["deviceId"] == thing && event["details"]["condition"] == "useSoon" &&
                   event["id"] != note->value("id");
        }));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"

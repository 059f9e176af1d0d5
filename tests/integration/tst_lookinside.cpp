// SPDX-License-Identifier: MIT
// "Look inside" against a live larder-cloud and a simulated fridge: each time the door closes,
// the appliance photographs its shelves, uploads the pictures through presigned URLs it asks
// for with its certificate, and attaches them to what its cameras saw. The family sees the
// latest photo of each shelf (REST and the live feed), can fetch each as a JPEG, and a newer
// close replaces them (the old objects are deleted); Ann's phone (inventory::ShelfPhotos) shows
// each shelf's picture and follows the next close live. Outsiders get nothing; a photo that is not
// this fridge's stored snapshot is ignored; a fridge that leaves its family takes its photos.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MemberDevice.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "inventory/InventoryTopics.h"
#include "inventory/ShelfPhotos.h"
#include "mqtt/ClientIds.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kThing = QStringLiteral("look-fridge");
}

class TestLookInside : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aClosedDoorBringsAPhotoOfEachShelf();
    void theNextCloseReplacesThem();
    void outsidersSeeNothing();
    void aForeignPhotoIsIgnored();
    void aFridgeThatLeavesTakesItsPhotos();

private:
    QJsonArray photos(const QString &who = QStringLiteral("ann"))
    {
        return m_http->api("GET", "/devices/" + kThing + "/photos", {}, m_tokens[who])
            .body.value("photos")
            .toArray();
    }
    QByteArray fetch(const QString &key, int *status = nullptr)
    {
        const auto link = m_http->api("POST", "/families/" + m_family + "/media/download",
                                      {{"key", key}}, m_tokens["ann"]);
        if (status)
            *status = link.status;
        return link.status == 200 ? m_http->raw("GET", link.body.value("url").toString()).body
                                  : QByteArray();
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QProcess *m_fridge = nullptr;
    std::unique_ptr<MqttPeer> m_phone;
    QTemporaryDir m_dir;
    std::unique_ptr<MemberDevice> m_annsPhone;
    std::unique_ptr<larder::inventory::ShelfPhotos> m_shown;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    /// What Ann's phone shows: shelf → the picture's key, once its file is here.
    QMap<QString, QString> shown() const
    {
        QMap<QString, QString> shelves;
        for (int row = 0; row < m_shown->rowCount(); ++row) {
            const QModelIndex index = m_shown->index(row);
            const QString file =
                QUrl(index.data(larder::inventory::ShelfPhotos::LocalFileRole).toString())
                    .toLocalFile();
            QFile picture(file);
            if (!file.isEmpty() && picture.open(QIODevice::ReadOnly) &&
                picture.read(3) == "\xFF\xD8\xFF")
                shelves.insert(index.data(larder::inventory::ShelfPhotos::ShelfRole).toString(),
                               index.data(larder::inventory::ShelfPhotos::KeyRole).toString());
        }
        return shelves;
    }
    QMap<QString, QString> keysOf(const QJsonArray &photos) const
    {
        QMap<QString, QString> shelves;
        for (const QJsonValue &photo : photos)
            shelves.insert(photo.toObject().value("shelf").toString(),
                           photo.toObject().value("key").toString());
        return shelves;
    }
    QJsonArray m_first;
};

void TestLookInside::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {});
    QVERIFY(m_cloud.deviceCert(kThing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family}));
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    m_phone = std::make_unique<MqttPeer>(
        m_cloud.accountSettings(larder::clientids::app(sub, "look"), m_tokens["ann"]));
    QVERIFY(m_phone->connect());
    QVERIFY(m_phone->subscribe(larder::inventory::topics::shelfPhotos(kThing)));
    // Ann's phone, as the owner app wires "Look inside".
    m_annsPhone = std::make_unique<MemberDevice>(m_cloud, m_http->profile(), m_tokens["ann"],
                                                 m_dir.filePath("ann.sqlite"), "ann-look", kThing);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_http->profile().value("caFile").toString()));
    m_shown = std::make_unique<larder::inventory::ShelfPhotos>(
        &m_annsPhone->api, &m_annsPhone->mqtt, tls, m_family, kThing, m_dir.filePath("photos"));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_shown.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_shown->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_shown->loading() &&
            m_annsPhone->mqtt.isSubscribed(larder::inventory::topics::shelfPhotos(kThing)),
        10000);
    QCOMPARE(m_shown->rowCount(), 0);
    QVERIFY(!m_shown->takenAt().isValid());
    // Its door opens and closes twice: at 3 and 4 s, and at 12 and 13 s.
    m_fridge = m_cloud.startFridge(kThing, {"--scenario", "3:open,4:close,12:open,13:close"});
    QVERIFY(m_fridge);
}

void TestLookInside::aClosedDoorBringsAPhotoOfEachShelf()
{
    QCOMPARE(photos().size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(photos().size(), 3, 20000);
    m_first = photos();
    QStringList shelves;
    for (const QJsonValue &entry : m_first) {
        const QJsonObject photo = entry.toObject();
        shelves.append(photo.value("shelf").toString());
        QVERIFY(photo.value("key").toString().startsWith("/media/" + m_family + "/" + kThing +
                                                         "/snapshot/"));
        QVERIFY(qAbs(photo.value("takenAt").toDouble() / 1000 -
                     QDateTime::currentSecsSinceEpoch()) < 60);
        // Each is a real JPEG picture the family can fetch.
        const QByteArray jpeg = fetch(photo.value("key").toString());
        QVERIFY2(jpeg.startsWith("\xFF\xD8\xFF"), jpeg.left(64).toHex().constData());
        QVERIFY(jpeg.size() > 2000);
    }
    QCOMPARE(shelves, QStringList({"top", "middle", "bottom"}));
    // The phone heard of them as they came.
    const auto heard = m_phone->await(larder::inventory::topics::shelfPhotos(kThing), 5000);
    QVERIFY(heard);
    QCOMPARE(heard->value("photos").toArray(), m_first);
    // Ann's phone shows each shelf's picture, with when it was taken.
    QTRY_COMPARE_WITH_TIMEOUT(shown(), keysOf(m_first), 10000);
    QCOMPARE(m_shown->index(0).data(larder::inventory::ShelfPhotos::LabelRole).toString(),
             QStringLiteral("Top shelf"));
    QVERIFY(qAbs(m_shown->takenAt().secsTo(QDateTime::currentDateTime())) < 60);
}

void TestLookInside::theNextCloseReplacesThem()
{
    QTRY_VERIFY_WITH_TIMEOUT(photos().size() == 3 && photos() != m_first, 20000);
    const QJsonArray second = photos();
    // The phone follows, live.
    QTRY_COMPARE_WITH_TIMEOUT(shown(), keysOf(second), 10000);
    for (int i = 0; i < 3; ++i) {
        const QString before = m_first.at(i).toObject().value("key").toString();
        QVERIFY(second.at(i).toObject().value("key").toString() != before);
        // The replaced picture is gone from the store.
        int status = 0;
        fetch(before, &status);
        QCOMPARE(status, 404);
    }
}

void TestLookInside::outsidersSeeNothing()
{
    const auto answer = m_http->api("GET", "/devices/" + kThing + "/photos", {}, m_tokens["eve"]);
    QCOMPARE(answer.status, 404);
    QCOMPARE(m_http->api("GET", "/devices/" + kThing + "/photos").status, 401);
    const auto link =
        m_http->api("POST", "/families/" + m_family + "/media/download",
                    {{"key", photos().at(0).toObject().value("key").toString()}}, m_tokens["eve"]);
    QCOMPARE(link.status, 404);
    // Nor may Eve listen to the fridge's photo feed.
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["eve"]).value("sub").toString();
    MqttPeer eve(m_cloud.accountSettings(larder::clientids::app(sub, "peek"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    QVERIFY(!eve.subscribe(larder::inventory::topics::shelfPhotos(kThing)));
}

void TestLookInside::aForeignPhotoIsIgnored()
{
    // The appliance itself names an object that is not its stored snapshot (a board photo's
    // made-up key, a shelf it does not have): nothing changes.
    const QJsonArray before = photos();
    m_fridge->kill(); // its connection, taken over
    m_fridge->waitForFinished(5000);
    m_phone->messages.clear();
    MqttPeer appliance(m_cloud.deviceSettings(kThing));
    QVERIFY(appliance.connect());
    const QJsonObject forged{
        {"added", QJsonArray{}},
        {"removed", QJsonArray{}},
        {"photos", QJsonArray{QJsonObject{{"shelf", "top"},
                                          {"key", "/media/" + m_family + "/family/photo/abc.jpg"}},
                              QJsonObject{{"shelf", "attic"},
                                          {"key", before.at(0).toObject().value("key").toString()}},
                              QJsonObject{{"shelf", "middle"}, {"key", 42}}}}};
    appliance.publish(larder::inventory::topics::recognition(kThing),
                      QJsonDocument(forged).toJson(QJsonDocument::Compact));
    QVERIFY(!m_phone->await(larder::inventory::topics::shelfPhotos(kThing), 1500));
    QCOMPARE(photos(), before);
}

void TestLookInside::aFridgeThatLeavesTakesItsPhotos()
{
    const QJsonArray last = photos();
    QCOMPARE(last.size(), 3);
    int status = 0;
    QVERIFY(!fetch(last.at(0).toObject().value("key").toString(), &status).isEmpty());
    QCOMPARE(m_http->api("DELETE", "/devices/" + kThing, {}, m_tokens["ann"]).status, 204);
    for (const QJsonValue &photo : last) {
        fetch(photo.toObject().value("key").toString(), &status);
        QCOMPARE(status, 404);
    }
    // Back in the family, it starts with no photos.
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family}));
    QCOMPARE(photos().size(), 0);
}

QTEST_GUILESS_MAIN(TestLookInside)
#include "tst_lookinside.moc"

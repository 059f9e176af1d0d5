// SPDX-License-Identifier: MIT
// Each family's share of the media store, against a live larder-cloud started with a 2 MiB
// quota: photos go up until the family's stored bytes would pass it; the next reservation, and
// an upload that would pass it although reserved while there was room, are refused with a
// sentence (507) and nothing of them stays; deleting a post makes room again. Another family is not
// touched by it. A family cannot hold more than 64 unfinished uploads at once (429). An object is
// written once: an upload still on its way when the object is completed never changes it.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"
#include "MqttPeer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using samples::jpeg;

class TestMediaQuota : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aFamilyStoresUpToItsQuota();
    void unfinishedUploadsAreCapped();
    void aStoredObjectIsWrittenOnce();
    void unfinishedUploadsCountAsTheyArrive();
    void aWriteCountsUntilItLandsWhateverBecameOfItsUpload();
    void aDeviceHasItsOwnFewSlotsAndMembersSeeThem();

private:
    CloudHttp::Answer reserve(const QString &family, const QString &token, qint64 size);
    /// Reserves, uploads and completes a photo of @p size; the completion's answer.
    CloudHttp::Answer store(const QString &family, const QString &token, qint64 size,
                            QString *key = nullptr);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family, m_otherFamily;
};

void TestMediaQuota::initTestCase()
{
    m_cloud.setServeOptions({"--family-media-quota", QString::number(2 * 1024 * 1024)});
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    CloudHttp::Neighbours neighbours;
    QVERIFY(m_http->neighbours(&neighbours));
    m_tokens = neighbours.tokens;
    m_family = neighbours.home;
    m_otherFamily = neighbours.nextDoor;
}

CloudHttp::Answer TestMediaQuota::reserve(const QString &family, const QString &token, qint64 size)
{
    return m_http->api("POST", "/families/" + family + "/media",
                       {{"kind", "photo"}, {"contentType", "image/jpeg"}, {"size", size}}, token);
}

CloudHttp::Answer TestMediaQuota::store(const QString &family, const QString &token, qint64 size,
                                        QString *key)
{
    auto reserved = reserve(family, token, size);
    if (reserved.status != 201)
        return reserved;
    const QString path = reserved.body.value("key").toString();
    if (key)
        *key = path;
    const auto put = m_http->raw("PUT", reserved.body.value("uploadUrl").toString(), jpeg(size),
                                 {{"Content-Type", "image/jpeg"}});
    if (put.status != 201 && put.status != 204) {
        CloudHttp::Answer failed;
        failed.status = put.status;
        return failed;
    }
    return m_http->api("POST", "/families/" + family + "/media/complete", {{"key", path}}, token);
}

void TestMediaQuota::aFamilyStoresUpToItsQuota()
{
    const qint64 mib = 1024 * 1024;
    QString first;
    QCOMPARE(store(m_family, m_tokens["ann"], 900'000, &first).status, 200);
    // Two reserved while there is room (1.8 MiB would fit, 2.7 MiB would not)…
    const auto a = reserve(m_family, m_tokens["ann"], 900'000);
    const auto b = reserve(m_family, m_tokens["ann"], 900'000);
    QCOMPARE(a.status, 201);
    QCOMPARE(b.status, 201);
    // …the first upload fits; the second would pass the quota with what is on disk already,
    // and is refused as it arrives, before its body is written.
    QVERIFY(m_http
                ->raw("PUT", a.body.value("uploadUrl").toString(), jpeg(900'000),
                      {{"Content-Type", "image/jpeg"}})
                .status < 300);
    const auto full = m_http->raw("PUT", b.body.value("uploadUrl").toString(), jpeg(900'000),
                                  {{"Content-Type", "image/jpeg"}});
    QCOMPARE(full.status, 403);
    QVERIFY2(full.body.contains("<Code>QuotaExceeded</Code>"), full.body.constData());
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/complete",
                       {{"key", a.body.value("key")}}, m_tokens["ann"])
                 .status,
             200);
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/complete",
                       {{"key", b.body.value("key")}}, m_tokens["ann"])
                 .status,
             409); // nothing of it arrived
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/abort",
                       {{"key", b.body.value("key")}}, m_tokens["ann"])
                 .status,
             200);
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/download",
                       {{"key", b.body.value("key")}}, m_tokens["ann"])
                 .status,
             404);
    // Full: a new reservation that would pass it is refused at once.
    const auto refused = reserve(m_family, m_tokens["ann"], mib / 2);
    QCOMPARE(refused.status, 507);
    QCOMPARE(refused.body.value("error").toString(), QStringLiteral("QuotaExceeded"));
    // Next door is not affected.
    QCOMPARE(store(m_otherFamily, m_tokens["eve"], 900'000).status, 200);
    // Deleting makes room again: the first photo, posted on the board, goes with its post.
    const auto posted = m_http->api("POST", "/families/" + m_family + "/board",
                                    {{"kind", "photo"}, {"mediaKey", first}}, m_tokens["ann"]);
    QCOMPARE(posted.status, 201);
    QCOMPARE(m_http
                 ->api("DELETE",
                       "/families/" + m_family + "/board/" + posted.body.value("id").toString(), {},
                       m_tokens["ann"])
                 .status,
             200);
    QCOMPARE(reserve(m_family, m_tokens["ann"], mib / 2).status, 201);
}

void TestMediaQuota::unfinishedUploadsAreCapped()
{
    int accepted = 0;
    CloudHttp::Answer last;
    for (int i = 0; i < 70 && last.status != 429; ++i) {
        last = reserve(m_otherFamily, m_tokens["eve"], 1000);
        accepted += last.status == 201 ? 1 : 0;
    }
    QCOMPARE(last.status, 429);
    QCOMPARE(last.body.value("error").toString(), QStringLiteral("TooManyUploads"));
    QCOMPARE(accepted, 64);
    QVERIFY(last.body.value("message").toString().contains("not finished yet"));
}

void TestMediaQuota::aStoredObjectIsWrittenOnce()
{
    // Before: a PUT that started before the completion and ended after it overwrote the stored
    // file (204): checked as 1,000 bytes of JPEG, it then served megabytes of HTML.
    const QString family = m_http->createFamily("Writers", m_tokens["ann"]);
    QVERIFY(!family.isEmpty());
    const auto reserved = reserve(family, m_tokens["ann"], 1000);
    QCOMPARE(reserved.status, 201);
    const QString key = reserved.body.value("key").toString();
    const QString uploadUrl = reserved.body.value("uploadUrl").toString();
    const QByteArray photo = jpeg(1000);
    QVERIFY(m_http->raw("PUT", uploadUrl, photo, {{"Content-Type", "image/jpeg"}}).status < 300);
    // The same URL again, its body held back: headers and a first slice now, the rest later.
    const QByteArray html = "<html>" + QByteArray(500 * 1024, 'x') + "</html>";
    const auto slow = m_http->connectTo(uploadUrl);
    QVERIFY(slow->isEncrypted());
    slow->write(
        CloudHttp::requestHead("PUT", uploadUrl, html.size(), {{"Content-Type", "image/jpeg"}}) +
        html.left(1000));
    QVERIFY(slow->waitForBytesWritten(5000));
    QTest::qWait(500); // the edge has asked the cloud and is taking the body
    const auto completed = m_http->api("POST", "/families/" + family + "/media/complete",
                                       {{"key", key}, {"size", 1000}}, m_tokens["ann"]);
    QCOMPARE(completed.status, 200);
    const QString sha256 = completed.body.value("sha256").toString();
    // The slow upload ends now; whatever the edge answers it, the object is what was checked.
    slow->write(html.mid(1000));
    QVERIFY(QTest::qWaitFor([&] { return slow->bytesToWrite() == 0 && slow->bytesAvailable() > 0; },
                            10000));
    qInfo("the late upload was answered: %s", slow->readLine().trimmed().constData());
    const auto link = m_http->api("POST", "/families/" + family + "/media/download", {{"key", key}},
                                  m_tokens["ann"]);
    QCOMPARE(link.status, 200);
    const auto served = m_http->raw("GET", link.body.value("url").toString());
    QCOMPARE(served.status, 200);
    QCOMPARE(served.body.size(), photo.size());
    QCOMPARE(QString::fromLatin1(
                 QCryptographicHash::hash(served.body, QCryptographicHash::Sha256).toHex()),
             sha256);
    // And no PUT reaches it any more: the URL is refused for a stored object.
    QCOMPARE(m_http->raw("PUT", uploadUrl, html, {{"Content-Type", "image/jpeg"}}).status, 403);
    QCOMPARE(m_http->raw("GET", link.body.value("url").toString()).body, served.body);
}

void TestMediaQuota::unfinishedUploadsCountAsTheyArrive()
{
    // Before: uploads never completed were outside the quota — ten of them put 200 MiB on
    // disk for a family with 4 MiB.
    const QString family = m_http->createFamily("Uploaders", m_tokens["eve"]);
    QVERIFY(!family.isEmpty());
    int written = 0, refused = 0;
    for (int i = 0; i < 10; ++i) {
        const auto reserved = reserve(family, m_tokens["eve"], 600'000);
        if (reserved.status != 201) {
            QCOMPARE(reserved.status, 507); // full by what is on disk
            ++refused;
            continue;
        }
        const auto put = m_http->raw("PUT", reserved.body.value("uploadUrl").toString(),
                                     jpeg(600'000), {{"Content-Type", "image/jpeg"}});
        (put.status < 300 ? written : refused) += 1;
    }
    qint64 onDisk = 0;
    QDirIterator files(m_cloud.dataDir() + "/store/staging/media/" + family, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext())
        onDisk += QFileInfo(files.next()).size();
    qInfo("ten 600,000-byte uploads never completed: %d written (%lld bytes on disk), %d refused",
          written, onDisk, refused);
    QCOMPARE(written, 3);
    QVERIFY(onDisk <= 2 * 1024 * 1024);
}

void TestMediaQuota::aWriteCountsUntilItLandsWhateverBecameOfItsUpload()
{
    // Red team: start a large PUT, abort its upload over REST, keep streaming — the bytes were
    // no one's, outside the quota until the sweep. They count until they land, and what lands
    // for an upload that is over goes at once.
    const QString family = m_http->createFamily("Streamers", m_tokens["eve"]);
    QVERIFY(!family.isEmpty());
    const auto first = reserve(family, m_tokens["eve"], 1'500'000);
    QCOMPARE(first.status, 201);
    const QString url = first.body.value("uploadUrl").toString();
    const QByteArray body = jpeg(1'500'000);
    const auto slow = m_http->connectTo(url);
    QVERIFY(slow->isEncrypted());
    slow->write(CloudHttp::requestHead("PUT", url, body.size(), {{"Content-Type", "image/jpeg"}}) +
                body.left(1000));
    QVERIFY(slow->waitForBytesWritten(5000));
    QTest::qWait(500); // admitted by the edge, on its way
    QCOMPARE(m_http
                 ->api("POST", "/families/" + family + "/media/abort",
                       {{"key", first.body.value("key")}}, m_tokens["eve"])
                 .status,
             200);
    // Still on its way: the family's share holds it.
    QCOMPARE(reserve(family, m_tokens["eve"], 1'000'000).status, 507);
    slow->write(body.mid(1000));
    QVERIFY(QTest::qWaitFor([&] { return slow->bytesToWrite() == 0 && slow->bytesAvailable() > 0; },
                            10000));
    // Landed for an upload that is over: gone, and the room is back.
    QCOMPARE(reserve(family, m_tokens["eve"], 1'000'000).status, 201);
    QDirIterator junk(m_cloud.dataDir() + "/store/staging/media/" + family, QDir::Files,
                      QDirIterator::Subdirectories);
    QVERIFY(!junk.hasNext());
}

void TestMediaQuota::aDeviceHasItsOwnFewSlotsAndMembersSeeThem()
{
    // Before: one fridge could take all 64 of its family's open uploads, and nobody could see
    // them. Now a device holds 8 at most; members list them and abort what blocks them.
    const QString thing = QStringLiteral("upload-fridge");
    QVERIFY(m_cloud.deviceCert(thing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", thing, "--family", m_family}));
    MqttPeer fridge(m_cloud.deviceSettings(thing));
    QVERIFY(fridge.connect());
    const QString topic = "larder/things/" + thing + "/media/request";
    QVERIFY(fridge.subscribe(topic + "/accepted"));
    QVERIFY(fridge.subscribe(topic + "/rejected"));
    int accepted = 0;
    std::optional<QPair<QString, QJsonObject>> last;
    for (int i = 0; i < 12; ++i) {
        last = fridge.request(topic, samples::snapshotReservation(thing));
        QVERIFY(last);
        accepted += last->first == "accepted" ? 1 : 0;
        QTest::qWait(60); // a polite device: within its 20 requests a second
    }
    QCOMPARE(accepted, 8);
    QCOMPARE(last->second.value("status").toInt(), 429);
    QVERIFY(last->second.value("message").toString().startsWith("This device has 8 uploads"));
    const auto listed =
        m_http->api("GET", "/families/" + m_family + "/media/uploads", {}, m_tokens["ann"]);
    QCOMPARE(listed.status, 200);
    QJsonArray mine;
    for (const QJsonValue &upload : listed.body.value("uploads").toArray())
        if (upload["startedBy"] == thing && upload["byDevice"].toBool())
            mine.append(upload);
    QCOMPARE(mine.size(), 8);
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/abort",
                       {{"key", mine.at(0)["key"]}}, m_tokens["ann"])
                 .status,
             200);
    const auto again = fridge.request(topic, samples::snapshotReservation(thing));
    QVERIFY(again && again->first == "accepted");
    // An outsider sees none of them.
    QCOMPARE(
        m_http->api("GET", "/families/" + m_family + "/media/uploads", {}, m_tokens["eve"]).status,
        404);
}

QTEST_GUILESS_MAIN(TestMediaQuota)
#include "tst_mediaquota.moc"

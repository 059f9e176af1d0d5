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

#include <QCryptographicHash>
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
    for (const auto *each : {&a, &b})
        QVERIFY(m_http
                    ->raw("PUT", each->body.value("uploadUrl").toString(), jpeg(900'000),
                          {{"Content-Type", "image/jpeg"}})
                    .status < 300);
    // …the first to finish is kept, the second would pass the quota: refused, and gone.
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/complete",
                       {{"key", a.body.value("key")}}, m_tokens["ann"])
                 .status,
             200);
    const auto over = m_http->api("POST", "/families/" + m_family + "/media/complete",
                                  {{"key", b.body.value("key")}}, m_tokens["ann"]);
    QCOMPARE(over.status, 507);
    QCOMPARE(over.body.value("error").toString(), QStringLiteral("QuotaExceeded"));
    QVERIFY2(over.body.value("message").toString().startsWith("This family's storage is full"),
             qPrintable(over.body.value("message").toString()));
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
    const auto reserved = reserve(m_family, m_tokens["ann"], 1000);
    QCOMPARE(reserved.status, 201);
    const QString key = reserved.body.value("key").toString();
    const QString uploadUrl = reserved.body.value("uploadUrl").toString();
    const QByteArray photo = jpeg(1000);
    QVERIFY(m_http->raw("PUT", uploadUrl, photo, {{"Content-Type", "image/jpeg"}}).status < 300);
    // The same URL again, its body held back: headers and a first slice now, the rest later.
    const QByteArray html = "<html>" + QByteArray(1024 * 1024, 'x') + "</html>";
    const auto slow = m_http->connectTo(uploadUrl);
    QVERIFY(slow->isEncrypted());
    slow->write(
        CloudHttp::requestHead("PUT", uploadUrl, html.size(), {{"Content-Type", "image/jpeg"}}) +
        html.left(1000));
    QVERIFY(slow->waitForBytesWritten(5000));
    QTest::qWait(500); // the edge has asked the cloud and is taking the body
    const auto completed = m_http->api("POST", "/families/" + m_family + "/media/complete",
                                       {{"key", key}, {"size", 1000}}, m_tokens["ann"]);
    QCOMPARE(completed.status, 200);
    const QString sha256 = completed.body.value("sha256").toString();
    // The slow upload ends now; whatever the edge answers it, the object is what was checked.
    slow->write(html.mid(1000));
    QVERIFY(QTest::qWaitFor([&] { return slow->bytesToWrite() == 0 && slow->bytesAvailable() > 0; },
                            10000));
    qInfo("the late upload was answered: %s", slow->readLine().trimmed().constData());
    const auto link = m_http->api("POST", "/families/" + m_family + "/media/download",
                                  {{"key", key}}, m_tokens["ann"]);
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

QTEST_GUILESS_MAIN(TestMediaQuota)
#include "tst_mediaquota.moc"

// SPDX-License-Identifier: MIT
// The media store against a live larder-cloud and its edge: a member asks for an upload URL,
// puts a photo through it (streamed by the edge to disk once the cloud said yes), the cloud
// checks it, and a download URL gives the same bytes back. Every other use of a URL is refused
// with S3's XML error; another family reaches nothing; nothing half-stored is ever served.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"
#include "S3Script.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestMedia : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPhotoGoesUpAndComesBack();
    void aUrlServesOnlyWhatItWasMadeFor_data();
    void aUrlServesOnlyWhatItWasMadeFor();
    void anUploadThatIsNotWhatItSaysIsDropped();
    void anotherFamilyReachesNothing();
    void theAwsSdkUsesTheStoreUnchanged();

private:
    /// A fresh upload URL for a photo of @p family, as @p who.
    QJsonObject reserve(const QString &who = "ann", const QString &family = {})
    {
        return m_http
            ->api("POST", "/families/" + (family.isEmpty() ? m_family : family) + "/media",
                  {{"kind", "photo"}, {"contentType", "image/jpeg"}}, m_tokens[who])
            .body;
    }
    static QByteArray jpeg(int size) { return samples::jpeg(size); }
    static QString codeOf(const QByteArray &xml)
    {
        const qsizetype from = xml.indexOf("<Code>") + 6, to = xml.indexOf("</Code>");
        return from < 6 || to < from ? QString() : QString::fromLatin1(xml.mid(from, to - from));
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family, m_otherFamily;
};

void TestMedia::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    CloudHttp::Neighbours neighbours;
    QVERIFY(m_http->neighbours(&neighbours));
    m_tokens = neighbours.tokens;
    m_family = neighbours.home;
    m_otherFamily = neighbours.nextDoor;
    // The cloud's signing secret is its own: 0600 in its identity folder.
    const QString key = m_cloud.dataDir() + "/identity/media-signing.key";
    QVERIFY(QFile::exists(key));
    QCOMPARE(QFile::permissions(key) & 0x0077, 0);
}

void TestMedia::aPhotoGoesUpAndComesBack()
{
    const QJsonObject upload = reserve();
    const QString key = upload.value("key").toString();
    QVERIFY2(key.startsWith("/media/" + m_family + "/family/photo/"), qPrintable(key));
    QCOMPARE(upload.value("maxBytes").toInteger(), 20 * 1024 * 1024);
    const QByteArray photo = jpeg(300'000);
    const auto put = m_http->raw("PUT", upload.value("uploadUrl").toString(), photo,
                                 {{"Content-Type", "image/jpeg"}});
    QVERIFY2(put.status == 201 || put.status == 204, put.body.constData());
    // Not served before the cloud has checked it.
    const QString early = m_http
                              ->api("POST", "/families/" + m_family + "/media/download",
                                    {{"key", key}}, m_tokens["ann"])
                              .body.value("url")
                              .toString();
    QVERIFY(early.isEmpty());

    const auto done = m_http->api("POST", "/families/" + m_family + "/media/complete",
                                  {{"key", key}}, m_tokens["ann"]);
    QCOMPARE(done.status, 200);
    QCOMPARE(done.body.value("size").toInteger(), photo.size());
    QCOMPARE(
        done.body.value("sha256").toString(),
        QString::fromLatin1(QCryptographicHash::hash(photo, QCryptographicHash::Sha256).toHex()));
    const auto link = m_http->api("POST", "/families/" + m_family + "/media/download",
                                  {{"key", key}}, m_tokens["ann"]);
    QCOMPARE(link.status, 200);
    const auto got = m_http->raw("GET", link.body.value("url").toString());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, QByteArray("image/jpeg"));
    QVERIFY(got.body == photo);
}

void TestMedia::aUrlServesOnlyWhatItWasMadeFor_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("another content type") << QByteArray("PUT") << "" << QByteArray("text/html")
                                          << 1000 << 403 << "SignatureDoesNotMatch";
    QTest::newRow("a longer life claimed")
        << QByteArray("PUT") << "X-Amz-Expires=900>X-Amz-Expires=9000" << QByteArray("image/jpeg")
        << 1000 << 403 << "SignatureDoesNotMatch";
    QTest::newRow("another object")
        << QByteArray("PUT") << "/photo/>/photo/0" << QByteArray("image/jpeg") << 1000 << 403
        << "SignatureDoesNotMatch";
    QTest::newRow("read with an upload URL")
        << QByteArray("GET") << "" << QByteArray() << 0 << 403 << "SignatureDoesNotMatch";
    QTest::newRow("delete with an upload URL")
        << QByteArray("DELETE") << "" << QByteArray() << 0 << 403 << "SignatureDoesNotMatch";
    QTest::newRow("an empty upload")
        << QByteArray("PUT") << "" << QByteArray("image/jpeg") << 0 << 400 << "InvalidArgument";
    QTest::newRow("a photo over 20 MiB") << QByteArray("PUT") << "" << QByteArray("image/jpeg")
                                         << 20 * 1024 * 1024 + 1 << 400 << "EntityTooLarge";
    QTest::newRow("no signature") << QByteArray("PUT")
                                  << "&X-Amz-Signature=>&X-Amz-Nothing=" << QByteArray("image/jpeg")
                                  << 1000 << 400 << "AuthorizationQueryParametersError";
}

void TestMedia::aUrlServesOnlyWhatItWasMadeFor()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, tamper);
    QFETCH(QByteArray, contentType);
    QFETCH(int, size);
    QFETCH(int, status);
    QFETCH(QString, code);
    QString url = reserve().value("uploadUrl").toString();
    if (!tamper.isEmpty())
        url.replace(tamper.section(u'>', 0, 0), tamper.section(u'>', 1));
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const auto answer = m_http->raw(method, url, size > 0 ? jpeg(size) : QByteArray(), headers);
    QVERIFY2(answer.status == status, answer.body.left(400).constData());
    QCOMPARE(codeOf(answer.body), code);
    QVERIFY(answer.contentType.startsWith("application/xml"));
}

void TestMedia::anUploadThatIsNotWhatItSaysIsDropped()
{
    const QJsonObject upload = reserve();
    const QString key = upload.value("key").toString();
    const QByteArray html("<html><script>alert(1)</script></html>");
    const auto put = m_http->raw("PUT", upload.value("uploadUrl").toString(), html,
                                 {{"Content-Type", "image/jpeg"}});
    QVERIFY(put.status == 201 || put.status == 204);
    const auto done = m_http->api("POST", "/families/" + m_family + "/media/complete",
                                  {{"key", key}}, m_tokens["ann"]);
    QCOMPARE(done.status, 400);
    QCOMPARE(done.body.value("message").toString(),
             QStringLiteral("The upload is not image/jpeg."));
    QVERIFY(!QFile::exists(m_cloud.dataDir() + "/store" + key)); // nothing half-stored stays
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/download", {{"key", key}},
                       m_tokens["ann"])
                 .status,
             404);
    // The same URL cannot bring it back: the reservation is gone.
    QCOMPARE(codeOf(m_http
                        ->raw("PUT", upload.value("uploadUrl").toString(), jpeg(100),
                              {{"Content-Type", "image/jpeg"}})
                        .body),
             QStringLiteral("NoSuchKey"));
}

void TestMedia::anotherFamilyReachesNothing()
{
    // Eve asks for a URL in Ann's family, or a link to Ann's photo: nothing there for her.
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media",
                       {{"kind", "photo"}, {"contentType", "image/jpeg"}}, m_tokens["eve"])
                 .status,
             404);
    const QString annsKey = reserve().value("key").toString();
    for (const char *action : {"/media/complete", "/media/download"}) {
        QCOMPARE(
            m_http
                ->api("POST", "/families/" + m_family + action, {{"key", annsKey}}, m_tokens["eve"])
                .status,
            404);
        // Nor through her own family with Ann's key.
        QCOMPARE(m_http
                     ->api("POST", "/families/" + m_otherFamily + action, {{"key", annsKey}},
                           m_tokens["eve"])
                     .status,
                 404);
    }
    // And the edge's question to the cloud is not a door from outside.
    const QString base = m_http->profile().value("apiBaseUrl").toString().section("/api", 0, 0);
    QCOMPARE(m_http->raw("GET", base + "/internal/media/authorize").status, 404);
}

void TestMedia::theAwsSdkUsesTheStoreUnchanged()
{
    // The official AWS SDK for JavaScript (tests/conformance, installed by tools/setup) makes
    // its own presigned URLs with the cloud's key and uses them with plain HTTPS.
    QVERIFY2(S3Script::installed(), "the conformance packages are missing: run tools/setup");
    const QString key = reserve().value("key").toString();
    QTemporaryDir dir;
    QFile photo(dir.filePath("photo.jpg"));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(jpeg(700'000));
    photo.close();
    const S3Script sdk(m_cloud, *m_http);
    const auto run = [&](const char *mode) {
        return sdk.run(QString::fromLatin1(mode), key, "image/jpeg", photo.fileName());
    };
    const QByteArray put = run("put");
    QVERIFY(put.contains("put 201"));
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/complete", {{"key", key}},
                       m_tokens["ann"])
                 .status,
             200);
    const QByteArray read = run("read");
    QVERIFY(read.contains("get 200"));
    QVERIFY(read.contains("head 200"));
    QVERIFY(read.contains("get-other 404"));
    QVERIFY(read.contains("the AWS SDK used the store unchanged"));
}

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"

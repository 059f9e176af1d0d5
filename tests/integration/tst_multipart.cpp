// SPDX-License-Identifier: MIT
// Multipart uploads against a live larder-cloud and its edge: a 20 MiB video goes up in three
// parts through presigned part URLs and comes back whole, with its SHA-256; every completion
// that does not name the parts as they arrived is refused and loses nothing; an aborted upload
// takes its parts with it; another family reaches none of it; and the official AWS SDK for
// JavaScript drives the same operations on S3's wire unchanged.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"
#include "S3Script.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr qint64 kMiB = 1024 * 1024;

using samples::mp4;
} // namespace

class TestMultipart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aVideoGoesUpInPartsAndComesBackWhole();
    void aCompletionMustNameThePartsAsTheyArrived_data();
    void aCompletionMustNameThePartsAsTheyArrived();
    void badAsksAreRefused_data();
    void badAsksAreRefused();
    void anAbortedUploadTakesItsParts();
    void aPartSentAgainReplacesIt();
    void theEdgeAndTheVerifierReadTheSameRequest_data();
    void theEdgeAndTheVerifierReadTheSameRequest();
    void anotherFamilyReachesNoUpload();
    void theAwsSdkUploadsInPartsUnchanged();

private:
    struct Upload
    {
        QString key, uploadId;
        qint64 partSize = 0, partCount = 0;
        QHash<int, QString> urls;
    };
    CloudHttp::Answer ask(const QString &what, const QJsonObject &body, const QString &who = "ann")
    {
        return m_http->api("POST", "/families/" + m_family + "/media" + what, body, m_tokens[who]);
    }
    Upload open(qint64 size)
    {
        const QJsonObject made =
            ask("", {{"kind", "video"}, {"contentType", "video/mp4"}, {"size", size}}).body;
        Upload upload{made.value("key").toString(),
                      made.value("uploadId").toString(),
                      made.value("partSize").toInteger(),
                      made.value("partCount").toInteger(),
                      {}};
        QJsonArray numbers;
        for (int n = 1; n <= upload.partCount; ++n)
            numbers.append(n);
        const QJsonObject urls =
            ask("/parts", {{"key", upload.key}, {"uploadId", upload.uploadId}, {"parts", numbers}})
                .body;
        for (const QJsonValue &url : urls.value("urls").toArray())
            upload.urls.insert(url["partNumber"].toInt(), url["url"].toString());
        return upload;
    }
    /// Sends part @p n of @p bytes; its ETag ("" when refused).
    QString send(const Upload &upload, int n, const QByteArray &bytes)
    {
        const auto put = m_http->raw("PUT", upload.urls.value(n),
                                     bytes.mid((n - 1) * upload.partSize, upload.partSize));
        return put.status == 201 ? QString::fromLatin1(put.etag) : QString();
    }
    static QJsonArray tags(const QList<std::pair<int, QString>> &parts)
    {
        QJsonArray list;
        for (const auto &[n, etag] : parts)
            list.append(QJsonObject{{"partNumber", n}, {"etag", etag}});
        return list;
    }
    QStringList partsOnDisk() const
    {
        return QDir(m_cloud.dataDir() + "/store/parts")
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family, m_otherFamily;
    QByteArray m_video = mp4(20 * kMiB + 12345);
};

void TestMultipart::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    CloudHttp::Neighbours neighbours;
    QVERIFY(m_http->neighbours(&neighbours));
    m_tokens = neighbours.tokens;
    m_family = neighbours.home;
    m_otherFamily = neighbours.nextDoor;
}

void TestMultipart::aVideoGoesUpInPartsAndComesBackWhole()
{
    const Upload upload = open(m_video.size());
    QVERIFY2(upload.uploadId.size() == 32, qPrintable(upload.key));
    QCOMPARE(upload.partSize, 8 * kMiB);
    QCOMPARE(upload.partCount, 3);
    QCOMPARE(upload.urls.size(), 3);
    QList<std::pair<int, QString>> parts;
    for (int n = 1; n <= 3; ++n) {
        const QString etag = send(upload, n, m_video);
        QVERIFY2(etag.size() == 34 && etag.startsWith('"'), qPrintable(etag));
        parts.append({n, etag});
    }
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(m_video, QCryptographicHash::Sha256).toHex());
    const auto done = ask("/complete", {{"key", upload.key},
                                        {"uploadId", upload.uploadId},
                                        {"parts", tags(parts)},
                                        {"size", m_video.size()},
                                        {"sha256", sha256}});
    QCOMPARE(done.status, 200);
    QCOMPARE(done.body.value("size").toInteger(), m_video.size());
    QCOMPARE(done.body.value("sha256").toString(), sha256);
    QVERIFY(!partsOnDisk().contains(upload.uploadId)); // the parts are gone once joined
    const auto link = ask("/download", {{"key", upload.key}});
    const auto got = m_http->raw("GET", link.body.value("url").toString());
    QCOMPARE(got.status, 200);
    QCOMPARE(got.contentType, QByteArray("video/mp4"));
    QVERIFY(got.body == m_video);
    // A part URL of a completed upload writes nothing.
    const auto late = m_http->raw("PUT", upload.urls.value(1), m_video.left(1000));
    QCOMPARE(late.status, 404);
    QVERIFY2(late.body.contains("<Code>NoSuchUpload</Code>"), late.body.constData());
}

void TestMultipart::aCompletionMustNameThePartsAsTheyArrived_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("error");
    QTest::newRow("a part's ETag made up") << "made-up-etag"
                                           << "InvalidPart";
    QTest::newRow("a part left out") << "gap"
                                     << "InvalidPart";
    QTest::newRow("out of order") << "reversed"
                                  << "InvalidPartOrder";
    QTest::newRow("a small part that is not the last") << "small-first"
                                                       << "EntityTooSmall";
    QTest::newRow("no parts") << "none"
                              << "MalformedXML";
    QTest::newRow("another upload's id") << "other-upload"
                                         << "NoSuchUpload";
    QTest::newRow("the declared size is not what arrived") << "short"
                                                           << "BadUpload";
    QTest::newRow("the SHA-256 is not the file's") << "damaged"
                                                   << "BadUpload";
}

void TestMultipart::aCompletionMustNameThePartsAsTheyArrived()
{
    QFETCH(QString, how);
    QFETCH(QString, error);
    const Upload upload = open(m_video.size());
    QList<std::pair<int, QString>> parts;
    for (int n = 1; n <= 3; ++n)
        parts.append({n, send(upload, n, m_video)});
    QJsonObject completion{{"key", upload.key}, {"uploadId", upload.uploadId}};
    if (how == "made-up-etag")
        parts[1].second = '"' + QString(32, u'0') + '"';
    else if (how == "gap")
        parts[2].first = 4;
    else if (how == "reversed")
        std::reverse(parts.begin(), parts.end());
    else if (how == "small-first") // part 3 (the short tail) resent as part 1
        parts[0].second =
            send({upload.key, upload.uploadId, upload.partSize, 3, {{1, upload.urls.value(1)}}}, 1,
                 m_video.right(1000));
    else if (how == "none")
        parts.clear();
    else if (how == "other-upload")
        completion.insert("uploadId", QString(32, u'f'));
    else if (how == "short")
        completion.insert("size", m_video.size() + 1);
    else if (how == "damaged")
        completion.insert("sha256", QString(64, u'0'));
    completion.insert("parts", tags(parts));
    const auto refused = ask("/complete", completion);
    QCOMPARE(refused.body.value("error").toString(), error);
    QVERIFY(refused.status == 400 || refused.status == 404);
    QVERIFY(!refused.body.value("message").toString().isEmpty());
    if (error == "BadUpload") {
        // Checked after joining: the object and its reservation are gone, nothing is served.
        QCOMPARE(ask("/download", {{"key", upload.key}}).status, 404);
        QVERIFY(!QFile::exists(m_cloud.dataDir() + "/store" + upload.key));
        return;
    }
    // Refused before joining: nothing is lost, the parts as they arrived still complete.
    QList<std::pair<int, QString>> right;
    for (int n = 1; n <= 3; ++n)
        right.append({n, send(upload, n, m_video)});
    QCOMPARE(ask("/complete",
                 {{"key", upload.key}, {"uploadId", upload.uploadId}, {"parts", tags(right)}})
                 .status,
             200);
}

void TestMultipart::badAsksAreRefused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QJsonObject video{{"kind", "video"}, {"contentType", "video/mp4"}};
    QJsonObject huge = video;
    huge.insert("size", 2LL * 1024 * kMiB);
    QTest::newRow("2 GB declared") << "" << huge << 400 << "EntityTooLarge";
    QJsonObject empty = video;
    empty.insert("size", 0);
    QTest::newRow("0 bytes declared") << "" << empty << 400 << "EntityTooLarge";
    QJsonObject voice{{"kind", "voice"}, {"contentType", "audio/mp4"}, {"size", 11 * kMiB}};
    QTest::newRow("a voice message past 10 MiB") << "" << voice << 400 << "EntityTooLarge";
    QJsonObject photoAsVideo{{"kind", "video"}, {"contentType", "image/jpeg"}};
    QTest::newRow("a content type the kind does not take")
        << "" << photoAsVideo << 400 << "BadRequest";
    QTest::newRow("part 10001") << "/parts" << QJsonObject{{"parts", QJsonArray{10001}}} << 400
                                << "BadRequest";
    QTest::newRow("part 0") << "/parts" << QJsonObject{{"parts", QJsonArray{0}}} << 400
                            << "BadRequest";
    QJsonArray many;
    for (int n = 1; n <= 1001; ++n)
        many.append(n);
    QTest::newRow("1001 part URLs at once")
        << "/parts" << QJsonObject{{"parts", many}} << 400 << "BadRequest";
    QTest::newRow("parts of no upload")
        << "/parts" << QJsonObject{{"parts", QJsonArray{1}}, {"uploadId", QString(32, u'a')}} << 404
        << "NoSuchUpload";
}

void TestMultipart::badAsksAreRefused()
{
    QFETCH(QString, what);
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    if (what == "/parts") {
        const Upload upload = open(17 * kMiB);
        body.insert("key", upload.key);
        if (!body.contains("uploadId"))
            body.insert("uploadId", upload.uploadId);
    }
    const auto refused = ask(what, body);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.body.value("error").toString(), error);
    QVERIFY(!refused.body.value("message").toString().isEmpty());
}

void TestMultipart::anAbortedUploadTakesItsParts()
{
    const Upload upload = open(m_video.size());
    QVERIFY(!send(upload, 1, m_video).isEmpty());
    QVERIFY(partsOnDisk().contains(upload.uploadId));
    QCOMPARE(ask("/abort", {{"key", upload.key}}).status, 200);
    QVERIFY(!partsOnDisk().contains(upload.uploadId));
    const auto late =
        m_http->raw("PUT", upload.urls.value(2), m_video.mid(upload.partSize, upload.partSize));
    QCOMPARE(late.status, 404);
    QVERIFY(!partsOnDisk().contains(upload.uploadId));
    QCOMPARE(ask("/complete", {{"key", upload.key}, {"uploadId", upload.uploadId}}).status, 404);
}

void TestMultipart::aPartSentAgainReplacesIt()
{
    // Before: each time a part URL was sent again it wrote one more part file (ten sends, ten
    // 8 MiB files). As in S3, a part sent again replaces it.
    const Upload upload = open(m_video.size());
    QString etag;
    for (int i = 0; i < 10; ++i)
        etag = send(upload, 1, m_video);
    QVERIFY(!etag.isEmpty());
    const QStringList files =
        QDir(m_cloud.dataDir() + "/store/parts/" + upload.uploadId).entryList(QDir::Files);
    QCOMPARE(files, QStringList{"1." + etag.mid(1, 32)});
    QCOMPARE(ask("/abort", {{"key", upload.key}}).status, 200);
}

void TestMultipart::theEdgeAndTheVerifierReadTheSameRequest_data()
{
    // A part URL changed in ways SigV4 does not see (it canonicalises names and values) but
    // the edge's routing does. Before: `part%4Eumber` verified as a part and was written as a
    // whole object.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<int>("status");
    QTest::newRow("as signed") << QByteArray() << QByteArray() << 201;
    QTest::newRow("the part's name percent-encoded")
        << QByteArray("partNumber=") << QByteArray("part%4Eumber=") << 400;
    QTest::newRow("the upload's name percent-encoded")
        << QByteArray("uploadId=") << QByteArray("upload%49d=") << 400;
    QTest::newRow("the part number percent-encoded")
        << QByteArray("partNumber=1") << QByteArray("partNumber=%31") << 400;
    QTest::newRow("the name in capitals")
        << QByteArray("partNumber=") << QByteArray("PARTNUMBER=") << 403;
    QTest::newRow("the part number twice")
        << QByteArray("partNumber=1") << QByteArray("partNumber=1&partNumber=2") << 403;
}

void TestMultipart::theEdgeAndTheVerifierReadTheSameRequest()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(int, status);
    const Upload upload = open(m_video.size());
    QString url = upload.urls.value(1);
    QVERIFY(from.isEmpty() || url.contains(QString::fromLatin1(from)));
    url.replace(QString::fromLatin1(from), QString::fromLatin1(to));
    const auto put = m_http->verbatim("PUT", url, m_video.left(int(upload.partSize)));
    QCOMPARE(put.status, status);
    // Whatever was answered, nothing was written but as the verifier read it: a part of this
    // upload, or nothing at all.
    const QString staged = m_cloud.dataDir() + "/store/staging" + upload.key;
    QVERIFY2(!QFileInfo::exists(staged), qPrintable(staged));
    const QStringList parts =
        QDir(m_cloud.dataDir() + "/store/parts/" + upload.uploadId).entryList(QDir::Files);
    QCOMPARE(parts.size(), status == 201 ? 1 : 0);
    QCOMPARE(ask("/abort", {{"key", upload.key}}).status, 200);
}

void TestMultipart::anotherFamilyReachesNoUpload()
{
    const Upload upload = open(m_video.size());
    const QJsonObject parts{
        {"key", upload.key}, {"uploadId", upload.uploadId}, {"parts", QJsonArray{1}}};
    // Eve asks under her own family, and under Ann's: the object is nowhere for her.
    for (const QString &family : {m_otherFamily, m_family})
        for (const char *what : {"/parts", "/complete", "/abort", "/download"})
            QCOMPARE(
                m_http->api("POST", "/families/" + family + "/media" + what, parts, m_tokens["eve"])
                    .status,
                404);
    QVERIFY(partsOnDisk().contains(upload.uploadId)); // and Ann's upload is untouched
    QCOMPARE(ask("/abort", {{"key", upload.key}}).status, 200);
}

void TestMultipart::theAwsSdkUploadsInPartsUnchanged()
{
    QVERIFY2(S3Script::installed(), "the conformance packages are missing: run tools/setup");
    QTemporaryDir dir;
    QFile file(dir.filePath("video.mp4"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray video = mp4(11 * kMiB + 777);
    file.write(video);
    file.close();
    const S3Script sdk(m_cloud, *m_http);
    // A reservation without a size: the SDK itself creates, sends and completes the upload.
    const QString key =
        ask("", {{"kind", "video"}, {"contentType", "video/mp4"}}).body.value("key").toString();
    const QByteArray output = sdk.run("multipart", key, "video/mp4", file.fileName());
    QVERIFY(output.contains("part 3 201"));
    QVERIFY(output.contains("complete-wrong-etag 400"));
    QVERIFY(output.contains("complete 200"));
    const auto done = ask("/complete", {{"key", key}, {"size", video.size()}});
    QCOMPARE(done.status, 200);
    QCOMPARE(
        done.body.value("sha256").toString(),
        QString::fromLatin1(QCryptographicHash::hash(video, QCryptographicHash::Sha256).toHex()));
    const QString other =
        ask("", {{"kind", "video"}, {"contentType", "video/mp4"}}).body.value("key").toString();
    const QByteArray aborted = sdk.run("abort", other, "video/mp4", file.fileName());
    QVERIFY(aborted.contains("abort 204"));
    QVERIFY(aborted.contains("part 2 404"));
}

QTEST_GUILESS_MAIN(TestMultipart)
#include "tst_multipart.moc"

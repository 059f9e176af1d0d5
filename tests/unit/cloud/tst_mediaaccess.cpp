// SPDX-License-Identifier: MIT
// The object store's decider, before a byte of a body is read: S3's answer for every presigned
// request that is not exactly the one the cloud handed out — the wrong verb, another object,
// another family's, a tampered or expired URL, a content type or a size other than asked, an
// empty or oversized upload, an overwrite, a download of what is not stored yet.
#include "larder-cloud/media/MediaAccess.h"

#include <QTest>
#include <QTimeZone>

using namespace larder;
using namespace larder::cloud::media;

namespace {
const media::sigv4::Credentials kCloud{"LARDER-LOCAL", "the-cloud's-own-secret", "local", "s3"};
const QString kPhoto = QStringLiteral("/media/fam-1/LRD00000001/photo/"
                                      "0123456789abcdef0123456789abcdef.jpg");
const QString kVoice = QStringLiteral("/media/fam-1/family/voice/"
                                      "fedcba9876543210fedcba9876543210.m4a");
const QString kVideo = QStringLiteral("/media/fam-1/family/video/"
                                      "00112233445566778899aabbccddeeff.mp4");
const QString kUpload = QStringLiteral("5f0e5f0e5f0e5f0e5f0e5f0e5f0e5f0e");
constexpr qint64 kMiB = 1024 * 1024;
const QString kOther = QStringLiteral("/media/fam-2/family/photo/"
                                      "00000000000000000000000000000000.jpg");

QDateTime signedAt()
{
    QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00"), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

/// A URL as the cloud would hand it out for @p path.
Arrival url(const QByteArray &method, const QString &path, const QByteArray &contentType = {},
            const QList<std::pair<QString, QString>> &query = {})
{
    media::sigv4::Request request;
    request.method = method;
    request.host = QStringLiteral("127.0.0.1:9443");
    request.path = path;
    request.query = query;
    if (!contentType.isEmpty())
        request.headers = {{"content-type", contentType}};
    const QString signedUrl = media::sigv4::presign(request, kCloud, signedAt(), 900);
    const qsizetype start = signedUrl.indexOf(u'/', 8), mark = signedUrl.indexOf(u'?');
    return {method,
            signedUrl.mid(start, mark - start),
            signedUrl.mid(mark + 1).toUtf8(),
            "127.0.0.1:9443",
            contentType,
            -1,
            {}};
}
} // namespace

class TestMediaAccess : public QObject
{
    Q_OBJECT
private slots:
    void objectPaths();
    void decides_data();
    void decides();
};

void TestMediaAccess::objectPaths()
{
    const auto photo = parseObjectPath(kPhoto);
    QVERIFY(photo);
    QCOMPARE(photo->familyId, QStringLiteral("fam-1"));
    QCOMPARE(photo->owner, QStringLiteral("LRD00000001"));
    QCOMPARE(photo->kind, QStringLiteral("photo"));
    QCOMPARE(photo->path(), kPhoto);
    const char *unknownKind = "/media/fam-1/family/pdf/0123456789abcdef0123456789abcdef.pdf";
    for (const char *bad : {"/media/fam-1/family/photo/0123.jpg", unknownKind,
                            "/media/../family/photo/0123456789abcdef0123456789abcdef.jpg",
                            "/media/fam-1/family/photo/0123456789abcdef0123456789abcdef.jpg/x",
                            "/other/fam-1/family/photo/0123456789abcdef0123456789abcdef.jpg"})
        QVERIFY2(!parseObjectPath(QString::fromLatin1(bad)), bad);
    QCOMPARE(kindNamed("voice")->maxBytes, 10 * 1024 * 1024);
    QCOMPARE(extensionFor("audio/mp4"), QStringLiteral(".m4a"));
}

void TestMediaAccess::decides_data()
{
    QTest::addColumn<Arrival>("request");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("operation"); // checked when let through

    Arrival put = url("PUT", kPhoto, "image/jpeg");
    put.contentLength = 2'000'000;
    QTest::newRow("upload as asked") << put << 30 << 0 << "" << -1;
    QTest::newRow("upload too late") << put << 901 << 403 << "AccessDenied" << -1;
    Arrival tampered = put;
    tampered.rawQuery.replace("X-Amz-Expires=900", "X-Amz-Expires=9000");
    QTest::newRow("a longer life claimed")
        << tampered << 30 << 403 << "SignatureDoesNotMatch" << -1;
    Arrival elsewhere = put;
    elsewhere.encodedPath = kOther;
    QTest::newRow("another family's object")
        << elsewhere << 30 << 403 << "SignatureDoesNotMatch" << -1;
    Arrival asHtml = put;
    asHtml.contentType = "text/html";
    QTest::newRow("another content type") << asHtml << 30 << 403 << "SignatureDoesNotMatch" << -1;
    Arrival unsignedType = url("PUT", kPhoto);
    unsignedType.contentType = "text/html";
    unsignedType.contentLength = 10;
    QTest::newRow("content type not as reserved")
        << unsignedType << 30 << 400 << "InvalidArgument" << -1;
    Arrival empty = put;
    empty.contentLength = 0;
    QTest::newRow("an empty upload") << empty << 30 << 400 << "InvalidArgument" << -1;
    Arrival huge = put;
    huge.contentLength = 2LL * 1024 * 1024 * 1024;
    QTest::newRow("2 GB declared for a photo") << huge << 30 << 400 << "EntityTooLarge" << -1;
    Arrival undeclared = put;
    undeclared.contentLength = -1;
    QTest::newRow("no Content-Length") << undeclared << 30 << 411 << "MissingContentLength" << -1;
    Arrival overwrite = url("PUT", kVoice, "audio/mp4");
    overwrite.contentLength = 100;
    QTest::newRow("an upload over a stored object")
        << overwrite << 30 << 403 << "AccessDenied" << -1;
    QTest::newRow("download of what is stored") << url("GET", kVoice) << 30 << 0 << "" << -1;
    QTest::newRow("head of what is stored") << url("HEAD", kVoice) << 30 << 0 << "" << -1;
    QTest::newRow("download before the upload")
        << url("GET", kPhoto) << 30 << 404 << "NoSuchKey" << -1;
    QTest::newRow("a key never handed out") << url("GET", kOther) << 30 << 404 << "NoSuchKey" << -1;
    Arrival asDelete = url("GET", kVoice);
    asDelete.method = "DELETE";
    QTest::newRow("a download URL used to delete")
        << asDelete << 30 << 403 << "SignatureDoesNotMatch" << -1;
    QTest::newRow("delete as signed") << url("DELETE", kVoice) << 30 << 0 << "" << -1;
    Arrival post = url("GET", kVoice);
    post.method = "POST";
    QTest::newRow("a method the store has not") << post << 30 << 405 << "MethodNotAllowed" << -1;
    Arrival noSignature = url("GET", kVoice);
    noSignature.rawQuery = noSignature.rawQuery.left(noSignature.rawQuery.indexOf("&X-Amz-Sig"));
    QTest::newRow("no signature") << noSignature << 30 << 400 << "AuthorizationQueryParametersError"
                                  << -1;

    // Multipart: create, parts, complete and abort, each held to its upload and part.
    const auto op = [](Operation o) { return static_cast<int>(o); };
    QTest::newRow("create a multipart upload")
        << url("POST", kVideo, "video/mp4", {{"uploads", ""}}) << 30 << 0 << ""
        << op(Operation::CreateMultipartUpload);
    QTest::newRow("create over a stored object")
        << url("POST", kVoice, "audio/mp4", {{"uploads", ""}}) << 30 << 403 << "AccessDenied" << -1;
    const auto part = [](const QString &number, const QString &upload, qint64 length) {
        Arrival arrival = url("PUT", kVideo, {}, {{"partNumber", number}, {"uploadId", upload}});
        arrival.contentLength = length;
        return arrival;
    };
    QTest::newRow("a part as signed")
        << part("3", kUpload, 5 * kMiB) << 30 << 0 << "" << op(Operation::UploadPart);
    QTest::newRow("part 0") << part("0", kUpload, 5 * kMiB) << 30 << 400 << "InvalidArgument" << -1;
    QTest::newRow("part 10001") << part("10001", kUpload, 5 * kMiB) << 30 << 400
                                << "InvalidArgument" << -1;
    QTest::newRow("part x") << part("x", kUpload, 5 * kMiB) << 30 << 400 << "InvalidArgument" << -1;
    QTest::newRow("a part of an upload that is not this object's")
        << part("1", QString(32, u'a'), 5 * kMiB) << 30 << 404 << "NoSuchUpload" << -1;
    Arrival renumbered = part("3", kUpload, 5 * kMiB);
    renumbered.rawQuery.replace("partNumber=3", "partNumber=4");
    QTest::newRow("a part URL used for another part")
        << renumbered << 30 << 403 << "SignatureDoesNotMatch" << -1;
    // The edge and the verifier read the same request: a name spelt otherwise, a subresource
    // twice or a route the operation is not are refused, though the signature holds (SigV4
    // canonicalises names and values).
    Arrival encodedName = part("3", kUpload, 5 * kMiB);
    encodedName.rawQuery.replace("partNumber=", "part%4Eumber=");
    QTest::newRow("a part's name percent-encoded")
        << encodedName << 30 << 400 << "InvalidRequest" << -1;
    Arrival encodedUpload = part("3", kUpload, 5 * kMiB);
    encodedUpload.rawQuery.replace("uploadId=", "upload%49d=");
    QTest::newRow("the upload's name percent-encoded")
        << encodedUpload << 30 << 400 << "InvalidRequest" << -1;
    Arrival twice = part("3", kUpload, 5 * kMiB);
    twice.rawQuery += "&partNumber=4";
    QTest::newRow("a part number twice")
        << twice << 30 << 403 << "SignatureDoesNotMatch" << -1; // not what was signed
    Arrival shouting = part("3", kUpload, 5 * kMiB);
    shouting.rawQuery.replace("partNumber=", "PARTNUMBER=");
    QTest::newRow("a name in capitals") << shouting << 30 << 403 << "SignatureDoesNotMatch" << -1;
    Arrival asObject = part("3", kUpload, 5 * kMiB);
    asObject.route = "object";
    QTest::newRow("a part the edge would write as an object")
        << asObject << 30 << 400 << "InvalidRequest" << -1;
    Arrival asPart = part("3", kUpload, 5 * kMiB);
    asPart.route = "part";
    QTest::newRow("a part the edge writes as a part")
        << asPart << 30 << 0 << "" << op(Operation::UploadPart);
    Arrival putAsPart = put;
    putAsPart.route = "part";
    QTest::newRow("an object the edge would write as a part")
        << putAsPart << 30 << 400 << "InvalidRequest" << -1;
    QTest::newRow("a 2 GB part") << part("1", kUpload, 2048 * kMiB) << 30 << 400 << "EntityTooLarge"
                                 << -1;
    QTest::newRow("an empty part") << part("1", kUpload, 0) << 30 << 400 << "InvalidArgument" << -1;
    QTest::newRow("complete as signed") << url("POST", kVideo, {}, {{"uploadId", kUpload}}) << 30
                                        << 0 << "" << op(Operation::CompleteMultipartUpload);
    QTest::newRow("abort as signed") << url("DELETE", kVideo, {}, {{"uploadId", kUpload}}) << 30
                                     << 0 << "" << op(Operation::AbortMultipartUpload);
    QTest::newRow("abort where no upload is open")
        << url("DELETE", kPhoto, {}, {{"uploadId", kUpload}}) << 30 << 404 << "NoSuchUpload" << -1;
    QTest::newRow("list parts") << url("GET", kVideo, {}, {{"uploadId", kUpload}}) << 30 << 405
                                << "MethodNotAllowed" << -1;
}

void TestMediaAccess::decides()
{
    QFETCH(Arrival, request);
    QFETCH(int, secondsLater);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, operation);
    const Lookup lookup = [](const QString &path) -> std::optional<Reserved> {
        if (path == kPhoto)
            return Reserved{"photo", "image/jpeg", 20 * 1024 * 1024, false, {}};
        if (path == kVoice)
            return Reserved{"voice", "audio/mp4", 10 * 1024 * 1024, true, {}};
        if (path == kVideo)
            return Reserved{"video", "video/mp4", 1024 * kMiB, false, kUpload};
        return std::nullopt;
    };
    const auto secretFor = [](const QString &key) -> std::optional<media::sigv4::Credentials> {
        if (key == kCloud.accessKeyId)
            return kCloud;
        return std::nullopt;
    };
    const Decision decision = decide(request, secretFor, lookup, signedAt().addSecs(secondsLater));
    QCOMPARE(decision.status, status);
    QCOMPARE(decision.code, code);
    QCOMPARE(decision.allowed(), status == 0);
    if (status != 0)
        QVERIFY(!decision.message.isEmpty());
    if (operation >= 0)
        QCOMPARE(static_cast<int>(decision.operation), operation);
}

QTEST_GUILESS_MAIN(TestMediaAccess)
#include "tst_mediaaccess.moc"

// SPDX-License-Identifier: MIT
// SigV4 presigned URLs: AWS's published example signs to AWS's signature; a URL we make is
// accepted as made and refused, with S3's error code, whenever any part of it is changed — the
// signature, the object, the verb, a parameter, a signed header — or used too late or too early.
#include "media/SigV4.h"

#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace larder::media;

namespace {
const sigv4::Credentials kExample{"AKIAIOSFODNN7EXAMPLE",
                                  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "us-east-1", "s3"};
const sigv4::Credentials kLarder{"LARDERKEY1", "a-secret-only-the-cloud-holds", "eu-west-1", "s3"};

QDateTime utc(const char *text)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

/// The parts of a URL as a store receives them.
struct Arrived
{
    QString path;
    QByteArray query;
};
Arrived split(const QString &url)
{
    const qsizetype start = url.indexOf(u'/', url.indexOf(QStringLiteral("://")) + 3);
    const qsizetype mark = url.indexOf(u'?');
    return {url.mid(start, mark - start), url.mid(mark + 1).toUtf8()};
}

sigv4::Verdict check(const QByteArray &method, const Arrived &arrived, const QDateTime &now,
                     const QHash<QByteArray, QByteArray> &headers)
{
    return sigv4::verify(
        method, arrived.path, arrived.query,
        [&](const QByteArray &name) { return headers.value(name); },
        [](const QString &key) -> std::optional<sigv4::Credentials> {
            if (key == kLarder.accessKeyId)
                return kLarder;
            return std::nullopt;
        },
        now);
}
} // namespace

class TestSigV4 : public QObject
{
    Q_OBJECT
private slots:
    void awsExampleVector();
    void encodesAsSigV4Wants_data();
    void encodesAsSigV4Wants();
    void aUrlWorksAsMadeAndNotOtherwise_data();
    void aUrlWorksAsMadeAndNotOtherwise();
};

void TestSigV4::awsExampleVector()
{
    sigv4::Request request;
    request.host = QStringLiteral("examplebucket.s3.amazonaws.com");
    request.path = QStringLiteral("/test.txt");
    request.payloadParameter = false; // as the example was written
    const QString url = sigv4::presign(request, kExample, utc("2013-05-24T00:00:00"), 86400);
    QCOMPARE(url,
             QStringLiteral("https://examplebucket.s3.amazonaws.com/test.txt"
                            "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                            "&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3"
                            "%2Faws4_request"
                            "&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400"
                            "&X-Amz-Signature="
                            "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
                            "&X-Amz-SignedHeaders=host"));
    // The canonical request AWS's documentation prints for it.
    QCOMPARE(sigv4::canonicalRequest(
                 "GET", "/test.txt",
                 {{"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
                  {"X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"},
                  {"X-Amz-Date", "20130524T000000Z"},
                  {"X-Amz-Expires", "86400"},
                  {"X-Amz-SignedHeaders", "host"}},
                 {{"host", "examplebucket.s3.amazonaws.com"}}),
             QByteArray("GET\n/test.txt\nX-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
                        "AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-"
                        "Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\nhost:"
                        "examplebucket.s3.amazonaws.com\n\nhost\nUNSIGNED-PAYLOAD"));
}

void TestSigV4::encodesAsSigV4Wants_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepSlash");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("unreserved") << "Az09-._~" << false << "Az09-._~";
    QTest::newRow("space and plus") << "a b+c" << false << "a%20b%2Bc";
    QTest::newRow("slash in a value") << "a/b" << false << "a%2Fb";
    QTest::newRow("slash in a path") << "/fam/fridge/a b.jpg" << true << "/fam/fridge/a%20b.jpg";
    QTest::newRow("utf-8, upper-case hex") << "crème" << false << "cr%C3%A8me";
    QTest::newRow("reserved") << "!*'();:@&=$,?#[]" << false
                              << "%21%2A%27%28%29%3B%3A%40%26%3D%24%2C%3F%23%5B%5D";
}

void TestSigV4::encodesAsSigV4Wants()
{
    QFETCH(QString, text);
    QFETCH(bool, keepSlash);
    QFETCH(QString, encoded);
    QCOMPARE(sigv4::uriEncode(text, keepSlash), encoded);
}

void TestSigV4::aUrlWorksAsMadeAndNotOtherwise_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("tamper"); ///< what is done to the URL before it is checked
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<QString>("code"); ///< "" when accepted

    QTest::newRow("as made") << QByteArray("PUT") << "" << 10 << "";
    QTest::newRow("at the last second") << QByteArray("PUT") << "" << 900 << "";
    QTest::newRow("a second late") << QByteArray("PUT") << "" << 901 << "AccessDenied";
    QTest::newRow("signed 20 minutes ahead") << QByteArray("PUT") << "" << -1200 << "AccessDenied";
    QTest::newRow("signed 10 minutes ahead (skew)") << QByteArray("PUT") << "" << -600 << "";
    QTest::newRow("another verb") << QByteArray("GET") << "" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("another object")
        << QByteArray("PUT") << "path:/fam-1/f-1/other.jpg" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("another family")
        << QByteArray("PUT") << "path:/fam-2/f-1/a%20b.jpg" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("signature changed")
        << QByteArray("PUT") << "signature" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("longer validity claimed")
        << QByteArray("PUT") << "replace:X-Amz-Expires=900>X-Amz-Expires=9000" << 10
        << "SignatureDoesNotMatch";
    QTest::newRow("another part") << QByteArray("PUT") << "replace:partNumber=3>partNumber=4" << 10
                                  << "SignatureDoesNotMatch";
    QTest::newRow("a parameter added")
        << QByteArray("PUT") << "append:&acl=public-read" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("another content type")
        << QByteArray("PUT") << "header:content-type=text/html" << 10 << "SignatureDoesNotMatch";
    QTest::newRow("another host") << QByteArray("PUT") << "header:host=evil.example" << 10
                                  << "SignatureDoesNotMatch";
    QTest::newRow("an unknown key")
        << QByteArray("PUT") << "replace:LARDERKEY1>LARDERKEY2" << 10 << "InvalidAccessKeyId";
    QTest::newRow("no signature") << QByteArray("PUT") << "drop:X-Amz-Signature" << 10
                                  << "AuthorizationQueryParametersError";
    QTest::newRow("no date") << QByteArray("PUT") << "drop:X-Amz-Date" << 10
                             << "AuthorizationQueryParametersError";
    QTest::newRow("validity past seven days")
        << QByteArray("PUT") << "replace:X-Amz-Expires=900>X-Amz-Expires=604801" << 10
        << "AuthorizationQueryParametersError";
    QTest::newRow("another region") << QByteArray("PUT") << "replace:eu-west-1>us-east-1" << 10
                                    << "AuthorizationQueryParametersError";
    QTest::newRow("host not signed") << QByteArray("PUT")
                                     << "replace:X-Amz-SignedHeaders=content-type%3Bhost>"
                                        "X-Amz-SignedHeaders=content-type"
                                     << 10 << "AuthorizationQueryParametersError";
}

void TestSigV4::aUrlWorksAsMadeAndNotOtherwise()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, tamper);
    QFETCH(int, secondsLater);
    QFETCH(QString, code);

    sigv4::Request request;
    request.method = "PUT";
    request.scheme = "https";
    request.host = QStringLiteral("127.0.0.1:9443");
    request.path = QStringLiteral("/fam-1/f-1/a b.jpg");
    request.query = {{"partNumber", "3"}, {"uploadId", "up/1+2"}};
    request.headers = {{"content-type", "image/jpeg"}};
    const QDateTime at = utc("2026-11-27T12:00:00");
    QString url = sigv4::presign(request, kLarder, at, 900);
    QHash<QByteArray, QByteArray> headers{{"host", "127.0.0.1:9443"},
                                          {"content-type", "image/jpeg"}};
    Arrived arrived = split(url);
    const QString how = tamper.section(u':', 0, 0), what = tamper.section(u':', 1);
    if (how == u"path") {
        arrived.path = what;
    } else if (how == u"signature") {
        const qsizetype at = arrived.query.indexOf("X-Amz-Signature=") + 16;
        arrived.query[at] = arrived.query.at(at) == '0' ? '1' : '0';
    } else if (how == u"replace") {
        arrived.query.replace(what.section(u'>', 0, 0).toUtf8(), what.section(u'>', 1).toUtf8());
    } else if (how == u"append") {
        arrived.query += what.toUtf8();
    } else if (how == u"header") {
        headers[what.section(u'=', 0, 0).toUtf8()] = what.section(u'=', 1).toUtf8();
    } else if (how == u"drop") {
        QList<QByteArray> kept;
        for (const QByteArray &pair : arrived.query.split('&'))
            if (!pair.startsWith(what.toUtf8() + '='))
                kept.append(pair);
        arrived.query = kept.join('&');
    }
    const sigv4::Verdict verdict = check(method, arrived, at.addSecs(secondsLater), headers);
    QCOMPARE(verdict.code, code);
    QCOMPARE(verdict.ok(), code.isEmpty());
    if (verdict.ok())
        QCOMPARE(verdict.expires, at.addSecs(900));
    else
        QVERIFY(!verdict.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"

// SPDX-License-Identifier: MIT
// Presigning a media URL in the core (SigV4, query form), against a baseline measured in the
// same run: the signature's cryptographic floor alone — the same five HMAC-SHA256 steps and one
// SHA-256 over inputs of the same sizes, without building any string.
#include "BenchSupport.h"

#include "media/SigV4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

using namespace larder::media;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples() * 10;
    const sigv4::Credentials credentials{"LARDERKEY1", "a-secret-only-the-cloud-holds", "eu-west-1",
                                         "s3"};
    sigv4::Request request;
    request.method = "PUT";
    request.host = QStringLiteral("127.0.0.1:9443");
    request.headers = {{"content-type", "image/jpeg"}};
    QDateTime at = QDateTime::fromString(QStringLiteral("2026-11-27T12:00:00"), Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());

    const QByteArray canonical(420, 'c'), toSign(150, 's');
    QList<double> signing, floor;
    QElapsedTimer timer;
    qsizetype sink = 0;
    for (int i = 0; i < n; ++i) {
        request.path = QStringLiteral("/media/fam-1/fridge-1/photo/%1.jpg").arg(i);
        timer.start();
        sink += sigv4::presign(request, credentials, at, 900).size();
        signing.append(timer.nsecsElapsed() / 1e6);

        timer.start();
        QByteArray key = "AWS4" + credentials.secret + QByteArray::number(i % 10);
        for (const char *step : {"20261127", "eu-west-1", "s3", "aws4_request"})
            key = QMessageAuthenticationCode::hash(step, key, QCryptographicHash::Sha256);
        sink += QMessageAuthenticationCode::hash(
                    toSign + QCryptographicHash::hash(canonical, QCryptographicHash::Sha256), key,
                    QCryptographicHash::Sha256)
                    .size();
        floor.append(timer.nsecsElapsed() / 1e6);
    }
    QJsonObject result =
        comparison("presign_url", signing, floor, {{"n", n}, {"baseline", "hmac_sha256_floor"}});
    result.insert("p50_us", percentile(signing, 50) * 1000);
    result.insert("p99_us", percentile(signing, 99) * 1000);
    result.insert("checksum", double(sink % 1000)); // keeps the work from being optimized away
    printResult(result);
    return 0;
}

// SPDX-License-Identifier: MIT
// Larder's side of the presigning parity test: reads `{"accessKeyId","secret","region","at",
// "cases":[{"method","host","path","query":[[k,v]…],"headers":[[k,v]…],"expires"}…]}` on standard
// input and prints one presigned URL per case (tests/conformance/presign-parity.mjs). With
// --verify it reads `{…,"now","checks":[{"method","url","headers":[[k,v]…]}…]}` and prints, per
// URL, "Valid" or S3's error code, as the cloud's store would decide.
#include "media/SigV4.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace larder::media;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return 2;
    const QJsonObject input = QJsonDocument::fromJson(in.readAll()).object();
    const sigv4::Credentials credentials{input.value("accessKeyId").toString(),
                                         input.value("secret").toString().toUtf8(),
                                         input.value("region").toString(), QStringLiteral("s3")};
    const QDateTime at = QDateTime::fromString(input.value("at").toString(), Qt::ISODateWithMs);
    QTextStream out(stdout);
    if (app.arguments().contains(QStringLiteral("--verify"))) {
        const QDateTime now =
            QDateTime::fromString(input.value("now").toString(), Qt::ISODateWithMs);
        for (const QJsonValue &value : input.value("checks").toArray()) {
            const QJsonObject check = value.toObject();
            const QString url = check.value("url").toString();
            const qsizetype start = url.indexOf(u'/', url.indexOf(QStringLiteral("://")) + 3);
            const qsizetype mark = url.indexOf(u'?');
            QHash<QByteArray, QByteArray> headers;
            for (const QJsonValue &pair : check.value("headers").toArray())
                headers.insert(pair[0].toString().toUtf8(), pair[1].toString().toUtf8());
            const auto verdict = sigv4::verify(
                check.value("method").toString().toLatin1(), url.mid(start, mark - start),
                url.mid(mark + 1).toUtf8(),
                [&](const QByteArray &name) { return headers.value(name); },
                [&](const QString &key) -> std::optional<sigv4::Credentials> {
                    if (key == credentials.accessKeyId)
                        return credentials;
                    return std::nullopt;
                },
                now);
            out << (verdict.ok() ? QStringLiteral("Valid") : verdict.code) << '\n';
        }
        return 0;
    }
    for (const QJsonValue &value : input.value("cases").toArray()) {
        const QJsonObject entry = value.toObject();
        sigv4::Request request;
        request.method = entry.value("method").toString().toLatin1();
        request.host = entry.value("host").toString();
        request.path = entry.value("path").toString();
        for (const QJsonValue &pair : entry.value("query").toArray())
            request.query.append({pair[0].toString(), pair[1].toString()});
        for (const QJsonValue &pair : entry.value("headers").toArray())
            request.headers.append({pair[0].toString().toUtf8(), pair[1].toString().toUtf8()});
        out << sigv4::presign(request, credentials, at, entry.value("expires").toInt()) << '\n';
    }
    return 0;
}

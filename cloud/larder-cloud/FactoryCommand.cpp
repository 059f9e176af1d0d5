// SPDX-License-Identifier: MIT
#include "FactoryCommand.h"
#include "CloudServer.h"
#include "CloudStore.h"
#include "FactoryLabel.h"
#include "provisioning/CertificateStore.h"

#include "common/CommandLine.h"
#include "common/Pki.h"
#include "mqtt/ClientIds.h"
#include "pairing/PairingPayload.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace larder::cloud {

namespace {
/// 20 base32 characters: 100 bits.
QString newSecret()
{
    const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    QString secret;
    for (int i = 0; i < 20; ++i)
        secret += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    return secret;
}

/// The serial @p offset numbers after @p first (its trailing digits counted up, width kept).
QString serialAt(const QString &first, int offset)
{
    qsizetype digits = 0;
    while (digits < first.size() && first.at(first.size() - 1 - digits).isDigit())
        ++digits;
    if (offset == 0 || digits == 0)
        return offset == 0 ? first : QString();
    const qulonglong number = first.right(digits).toULongLong() + qulonglong(offset);
    return first.left(first.size() - digits) + QString::number(number).rightJustified(digits, u'0');
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}
} // namespace

int factoryCommand(const DataPlace &data, const QString &firstSerial, const QString &model,
                   int count, const QString &out)
{
    if (firstSerial.isEmpty() || model.isEmpty() || out.isEmpty())
        return fail(QStringLiteral("--serial, --model and --out are required"));
    if (count < 1 || count > 10000)
        return fail(QStringLiteral("--count must be between 1 and 10000"));
    QString error;
    Pki pki(CloudServer::pkiDir(data.dir));
    CloudStore store(data.store());
    CertificateStore certificates;
    if (!QDir().mkpath(data.dir) || !pki.ensure(&error) || !store.open(&error))
        return fail(error.isEmpty() ? QStringLiteral("Cannot open %1").arg(data.dir) : error);

    for (int i = 0; i < count; ++i) {
        const QString serial = serialAt(firstSerial, i);
        const auto payload = pairing::PairingPayload::fromTyped(serial, model, newSecret(), &error);
        if (!payload)
            return fail(error);
        const QString dir = count == 1 ? out : out + u'/' + payload->serial;
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("Cannot create %1").arg(dir));
        const QString cn = clientids::claim(payload->serial);
        const QString certPath = dir + QStringLiteral("/claim.cert.pem");
        if (!pki.issueClientCertificate(cn, certPath, dir + QStringLiteral("/claim.key.pem"),
                                        &error, 3650))
            return fail(error);
        QFile cert(certPath);
        const QByteArray pem = cert.open(QIODevice::ReadOnly) ? cert.readAll() : QByteArray();
        if (pem.isEmpty() ||
            !certificates.add({Pki::certificateId(pem),
                               cn,
                               QString::fromLatin1(CertificateStore::claim),
                               {},
                               QStringLiteral("claim"),
                               payload->serial,
                               0,
                               Pki::notAfter(pem)}) ||
            !certificates.setPairingSecret(
                payload->serial, payload->model,
                QCryptographicHash::hash(payload->secret.toLatin1(), QCryptographicHash::Sha256)))
            return fail(QStringLiteral("Cannot record %1").arg(payload->serial));
        QFile::remove(dir + QStringLiteral("/ca.pem"));
        if (!QFile::copy(pki.caCertPath(), dir + QStringLiteral("/ca.pem")) ||
            !renderFactoryLabel(*payload).save(dir + QStringLiteral("/label.png")) ||
            !writeText(dir + QStringLiteral("/label.txt"), payload->toLabelText()))
            return fail(
                QStringLiteral("Cannot write the files of %1 into %2").arg(payload->serial, dir));
        std::printf("larder-cloud: %s (%s): %s\n", qPrintable(payload->serial),
                    qPrintable(payload->model), qPrintable(dir));
    }
    return 0;
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "DeviceKey.h"

#include "common/OpenSslPtr.h"

#include <QFile>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace larder::kiosk {

namespace {
using openssl::BioPtr;
using openssl::KeyPtr;
using ReqPtr = openssl::RequestPtr;

QByteArray readAll(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}
} // namespace

bool DeviceKey::generate(const QString &keyPath, QString *error)
{
    KeyPtr key(EVP_EC_gen("P-256"));
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!key ||
        !PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)) {
        *error = QStringLiteral("Cannot generate the device key");
        return false;
    }
    const QByteArray pem = readAll(bio.get());
    const QByteArray path = QFile::encodeName(keyPath);
    ::unlink(path.constData());
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const bool written = fd >= 0 && ::write(fd, pem.constData(), pem.size()) == pem.size();
    if (fd >= 0)
        ::close(fd);
    if (!written)
        *error = QStringLiteral("Cannot write the device key to %1").arg(keyPath);
    return written;
}

QByteArray DeviceKey::signingRequest(const QString &keyPath, const QString &commonName,
                                     QString *error)
{
    QFile file(keyPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the device key %1").arg(keyPath);
        return {};
    }
    const QByteArray pem = file.readAll();
    BioPtr in(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    KeyPtr key(PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr, nullptr));
    ReqPtr request(X509_REQ_new());
    if (!key || !request) {
        *error = QStringLiteral("The device key %1 is unreadable").arg(keyPath);
        return {};
    }
    X509_REQ_set_version(request.get(), 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(X509_REQ_get_subject_name(request.get()), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_REQ_set_pubkey(request.get(), key.get());
    BioPtr out(BIO_new(BIO_s_mem()));
    if (!X509_REQ_sign(request.get(), key.get(), EVP_sha256()) ||
        !PEM_write_bio_X509_REQ(out.get(), request.get())) {
        *error = QStringLiteral("Cannot sign the certificate request");
        return {};
    }
    return readAll(out.get());
}

} // namespace larder::kiosk

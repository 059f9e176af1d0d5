// SPDX-License-Identifier: MIT
#include "Pki.h"

#include "common/OpenSslPtr.h"

#include <QDir>
#include <QFile>
#include <QList>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <ctime>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace larder::cloud {

namespace {

using openssl::BioPtr;
using openssl::CertPtr;
using openssl::KeyPtr;
using ReqPtr = openssl::RequestPtr;

QString opensslError(const QString &what)
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QStringLiteral("%1: %2").arg(what, QString::fromLatin1(buffer));
}

KeyPtr generateKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

/// Writes @p data to @p path, creating it with @p mode from the start (no readable window).
bool writeFile(const QString &path, const QByteArray &data, mode_t mode, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0 || ::write(fd, data.constData(), data.size()) != data.size()) {
        if (fd >= 0)
            ::close(fd);
        *error = QStringLiteral("Cannot write %1").arg(path);
        return false;
    }
    ::close(fd);
    return true;
}

QByteArray pemOf(X509 *cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray pemOf(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

CertPtr readCert(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return CertPtr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

KeyPtr readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return KeyPtr(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

/// A certificate for @p key named @p commonName, valid @p days, ready for extensions.
CertPtr newCertificate(EVP_PKEY *key, const QString &commonName, int days)
{
    CertPtr cert(X509_new());
    X509_set_version(cert.get(), 2);
    openssl::BigNumPtr serial(BN_new());
    BN_rand(serial.get(), 120, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(days) * 86400);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Larder"), -1, -1, 0);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    return cert;
}

struct Extension
{
    int nid;
    const char *value;
};

/// Generates a P-256 key and a certificate for it named @p commonName, signed by @p issuer /
/// @p issuerKey (self-signed when they are null), and writes both (the key owner-only).
bool issue(const QString &commonName, int days, const QList<Extension> &extensions, X509 *issuer,
           EVP_PKEY *issuerKey, const QString &certPath, const QString &keyPath, QString *error)
{
    KeyPtr key = generateKey();
    if (!key) {
        *error = opensslError(QStringLiteral("Cannot generate a key for %1").arg(commonName));
        return false;
    }
    CertPtr cert = newCertificate(key.get(), commonName, days);
    X509 *signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    bool ok = true;
    for (const Extension &extension : extensions)
        ok = ok && addExtension(cert.get(), signer, extension.nid, extension.value);
    if (!ok || !X509_sign(cert.get(), issuerKey ? issuerKey : key.get(), EVP_sha256())) {
        *error = opensslError(QStringLiteral("Cannot issue a certificate for %1").arg(commonName));
        return false;
    }
    return writeFile(keyPath, pemOf(key.get()), 0600, error) &&
           writeFile(certPath, pemOf(cert.get()), 0644, error);
}

const QList<Extension> kClientExtensions{{NID_basic_constraints, "critical,CA:FALSE"},
                                         {NID_ext_key_usage, "clientAuth"},
                                         {NID_authority_key_identifier, "keyid:always"}};

QString idOf(X509 *cert)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!X509_digest(cert, EVP_sha256(), digest, &size))
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), size).toHex());
}

/// issue() signed by @p pki's CA.
bool issueSigned(const Pki &pki, const QString &commonName, int days,
                 const QList<Extension> &extensions, const QString &certPath,
                 const QString &keyPath, QString *error)
{
    CertPtr ca = readCert(pki.caCertPath());
    KeyPtr caKey = readKey(pki.caKeyPath());
    if (!ca || !caKey) {
        *error =
            QStringLiteral(
                "The local CA (%1) is missing or unreadable; run larder-cloud serve once first")
                .arg(pki.caCertPath());
        return false;
    }
    return issue(commonName, days, extensions, ca.get(), caKey.get(), certPath, keyPath, error);
}

} // namespace

Pki::Pki(const QString &directory) : m_dir(directory) {}

bool Pki::ensure(QString *error)
{
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("Cannot create %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!QFile::exists(caCertPath()) || !QFile::exists(caKeyPath())) {
        if (!issue(QStringLiteral("Larder local root CA"), 3650,
                   {{NID_basic_constraints, "critical,CA:TRUE"},
                    {NID_key_usage, "critical,keyCertSign,cRLSign"},
                    {NID_subject_key_identifier, "hash"}},
                   nullptr, nullptr, caCertPath(), caKeyPath(), error))
            return false;
        QFile::remove(serverCertPath()); // a new CA needs a new server certificate
    }
    if (QFile::exists(serverCertPath()) && QFile::exists(serverKeyPath()))
        return true;
    return issueSigned(*this, QStringLiteral("localhost"), 825,
                       {{NID_basic_constraints, "critical,CA:FALSE"},
                        {NID_subject_alt_name, "DNS:localhost,IP:127.0.0.1,IP:::1"},
                        {NID_ext_key_usage, "serverAuth"},
                        {NID_authority_key_identifier, "keyid:always"}},
                       serverCertPath(), serverKeyPath(), error);
}

bool Pki::issueClientCertificate(const QString &commonName, const QString &certPath,
                                 const QString &keyPath, QString *error, int validDays) const
{
    return issueSigned(*this, commonName, validDays, kClientExtensions, certPath, keyPath, error);
}

bool Pki::signRequest(const QByteArray &csrPem, const QString &commonName, QByteArray *certPem,
                      QString *certificateId, QString *error, int validDays) const
{
    if (csrPem.isEmpty() || csrPem.size() > 16 * 1024) {
        *error = QStringLiteral("The certificate signing request is empty or too large");
        return false;
    }
    BioPtr bio(BIO_new_mem_buf(csrPem.constData(), int(csrPem.size())));
    ReqPtr request(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
    EVP_PKEY *publicKey = request ? X509_REQ_get0_pubkey(request.get()) : nullptr;
    if (!publicKey) {
        ERR_clear_error();
        *error = QStringLiteral("The certificate signing request is not a PEM CSR");
        return false;
    }
    if (X509_REQ_verify(request.get(), publicKey) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("The certificate signing request's signature does not verify");
        return false;
    }
    const int type = EVP_PKEY_get_base_id(publicKey);
    if (!(type == EVP_PKEY_EC || (type == EVP_PKEY_RSA && EVP_PKEY_get_bits(publicKey) >= 2048))) {
        *error = QStringLiteral("The key must be EC (P-256 or stronger) or RSA of 2048 bits");
        return false;
    }
    CertPtr ca = readCert(caCertPath());
    KeyPtr caKey = readKey(caKeyPath());
    if (!ca || !caKey) {
        *error = QStringLiteral("The local CA is missing");
        return false;
    }
    CertPtr cert = newCertificate(publicKey, commonName, validDays);
    X509_set_issuer_name(cert.get(), X509_get_subject_name(ca.get()));
    bool ok = true;
    for (const Extension &extension : kClientExtensions)
        ok = ok && addExtension(cert.get(), ca.get(), extension.nid, extension.value);
    if (!ok || !X509_sign(cert.get(), caKey.get(), EVP_sha256())) {
        *error = opensslError(QStringLiteral("Cannot sign the request"));
        return false;
    }
    *certPem = pemOf(cert.get());
    *certificateId = idOf(cert.get());
    return true;
}

QString Pki::certificateId(const QByteArray &certPem)
{
    BioPtr bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    return cert ? idOf(cert.get()) : QString();
}

qint64 Pki::notAfter(const QByteArray &certPem)
{
    BioPtr bio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    CertPtr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    std::tm when{};
    if (!cert || ASN1_TIME_to_tm(X509_get0_notAfter(cert.get()), &when) != 1)
        return 0;
    return qint64(timegm(&when));
}

} // namespace larder::cloud

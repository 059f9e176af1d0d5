// SPDX-License-Identifier: MIT
#include "SupportPin.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace larder::kiosk {

namespace {
const QString kHashKey = QStringLiteral("kiosk/supportPinHash");
const QString kSaltKey = QStringLiteral("kiosk/supportPinSalt");
constexpr int kIterations = 200'000;

QByteArray derive(const QString &pin, const QByteArray &salt)
{
    QByteArray out(32, '\0');
    const QByteArray utf8 = pin.toUtf8();
    PKCS5_PBKDF2_HMAC(utf8.constData(), int(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()),
                      kIterations, EVP_sha256(), int(out.size()),
                      reinterpret_cast<unsigned char *>(out.data()));
    return out;
}
} // namespace

SupportPin::SupportPin(QObject *parent) : QObject(parent) {}

bool SupportPin::configured() const
{
    return QSettings().contains(kHashKey);
}

bool SupportPin::set(const QString &pin, QString *error)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(pin).hasMatch()) {
        *error = tr("The support PIN must be 4 to 8 digits.");
        return false;
    }
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
    QSettings settings;
    settings.setValue(kSaltKey, salt.toBase64());
    settings.setValue(kHashKey, derive(pin, salt).toBase64());
    settings.sync();
    return settings.status() == QSettings::NoError;
}

bool SupportPin::check(const QString &pin)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lockedUntil.isValid() && now < m_lockedUntil) {
        setError(tr("Too many wrong PINs. Try again in %n second(s).", nullptr,
                    int(now.secsTo(m_lockedUntil))));
        return false;
    }
    const QSettings settings;
    if (!settings.contains(kHashKey)) {
        setError(tr("No support PIN is set on this tablet."));
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(settings.value(kSaltKey).toByteArray());
    const QByteArray stored = QByteArray::fromBase64(settings.value(kHashKey).toByteArray());
    const QByteArray given = derive(pin, salt);
    if (stored.size() == given.size() &&
        CRYPTO_memcmp(stored.constData(), given.constData(), size_t(given.size())) == 0) {
        m_failures = 0;
        setError({});
        return true;
    }
    if (++m_failures >= maxTries) {
        m_failures = 0;
        m_lockedUntil = now.addSecs(lockSeconds);
        setError(tr("Too many wrong PINs. Try again in a minute."));
    } else {
        setError(tr("That PIN is not right."));
    }
    return false;
}

void SupportPin::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::kiosk

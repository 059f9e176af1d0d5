// SPDX-License-Identifier: MIT
#include "Passwords.h"

#include <QRandomGenerator>
#include <QSet>

#include <argon2.h>

namespace larder::cloud::passwords {

namespace {
// OWASP's minimum for Argon2id: 19 MiB, 2 passes, 1 lane.
constexpr uint32_t kMemoryKiB = 19 * 1024;
constexpr uint32_t kPasses = 2;
constexpr uint32_t kLanes = 1;
constexpr size_t kSaltBytes = 16;
constexpr size_t kHashBytes = 32;

const QSet<QString> &commonPasswords()
{
    // The most used passwords that would pass the character rules; compared case-insensitively.
    static const QSet<QString> list = {
        QStringLiteral("password1"),   QStringLiteral("password123"), QStringLiteral("passw0rd"),
        QStringLiteral("qwerty123"),   QStringLiteral("welcome1"),    QStringLiteral("welcome123"),
        QStringLiteral("abc12345"),    QStringLiteral("abcd1234"),    QStringLiteral("letmein1"),
        QStringLiteral("iloveyou1"),   QStringLiteral("sunshine1"),   QStringLiteral("princess1"),
        QStringLiteral("football1"),   QStringLiteral("baseball1"),   QStringLiteral("monkey123"),
        QStringLiteral("dragon123"),   QStringLiteral("master123"),   QStringLiteral("superman1"),
        QStringLiteral("trustno1"),    QStringLiteral("changeme1"),   QStringLiteral("admin123"),
        QStringLiteral("qwertyuiop1"), QStringLiteral("zaq12wsx"),    QStringLiteral("1qaz2wsx"),
        QStringLiteral("password12"),  QStringLiteral("summer2024"),  QStringLiteral("summer2025"),
        QStringLiteral("summer2026"),  QStringLiteral("winter2025"),  QStringLiteral("winter2026"),
        QStringLiteral("spring2026"),  QStringLiteral("autumn2026"),  QStringLiteral("larder123"),
        QStringLiteral("fridge123"),   QStringLiteral("kitchen1"),    QStringLiteral("p@ssw0rd"),
        QStringLiteral("p@ssword1"),   QStringLiteral("q1w2e3r4"),    QStringLiteral("a1b2c3d4"),
        QStringLiteral("michael1"),    QStringLiteral("charlie1"),    QStringLiteral("jordan23"),
    };
    return list;
}
} // namespace

QByteArray hash(const QString &secret)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(salt.data()),
                                         reinterpret_cast<quint32 *>(salt.data() + salt.size()));
    const QByteArray utf8 = secret.toUtf8();
    const size_t length = argon2_encodedlen(kPasses, kMemoryKiB, kLanes, uint32_t(kSaltBytes),
                                            uint32_t(kHashBytes), Argon2_id);
    QByteArray encoded(qsizetype(length), '\0');
    if (argon2id_hash_encoded(kPasses, kMemoryKiB, kLanes, utf8.constData(), size_t(utf8.size()),
                              salt.constData(), kSaltBytes, kHashBytes, encoded.data(),
                              length) != ARGON2_OK)
        return {};
    encoded.truncate(encoded.indexOf('\0'));
    return encoded;
}

bool verify(const QString &secret, const QByteArray &encoded)
{
    if (!encoded.startsWith("$argon2id$"))
        return false;
    const QByteArray utf8 = secret.toUtf8();
    return argon2id_verify(encoded.constData(), utf8.constData(), size_t(utf8.size())) == ARGON2_OK;
}

std::optional<QString> policyViolation(const QString &password)
{
    const QString prefix = QStringLiteral("Password did not conform with policy: ");
    if (password.size() < 8)
        return prefix + QStringLiteral("Password not long enough");
    if (password.size() > 256)
        return prefix + QStringLiteral("Password is too long");
    bool lower = false, upper = false, digit = false;
    for (const QChar c : password) {
        lower = lower || c.isLower();
        upper = upper || c.isUpper();
        digit = digit || c.isDigit();
    }
    if (!lower)
        return prefix + QStringLiteral("Password must have lowercase characters");
    if (!upper)
        return prefix + QStringLiteral("Password must have uppercase characters");
    if (!digit)
        return prefix + QStringLiteral("Password must have numeric characters");
    if (commonPasswords().contains(password.toLower()))
        return prefix + QStringLiteral("Password is too common");
    return std::nullopt;
}

QString randomCode(int digits)
{
    QString code;
    for (int i = 0; i < digits; ++i)
        code += QChar(u'0' + QRandomGenerator::system()->bounded(10));
    return code;
}

} // namespace larder::cloud::passwords

// SPDX-License-Identifier: MIT
#include "TurnRelay.h"

#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUrl>

namespace larder::cloud::camera {

TurnRelay::TurnRelay(Options options) : m_options(std::move(options)) {}

bool TurnRelay::write(QString *error)
{
    if (!enabled())
        return true;
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                          secret.size() / 4);
    m_secret = secret.toHex();
    if (!QDir().mkpath(m_options.dir)) {
        *error = QStringLiteral("Cannot create %1").arg(m_options.dir);
        return false;
    }
    const QStringList lines{
        QStringLiteral("listening-ip=") + m_options.host,
        QStringLiteral("listening-port=") + QString::number(m_options.port),
        // Relayed packets leave from here (a loopback address reaches only loopback peers).
        QStringLiteral("relay-ip=") + relayAddress(),
        QStringLiteral("realm=larder"),
        QStringLiteral("use-auth-secret"),
        QStringLiteral("static-auth-secret=") + QString::fromLatin1(m_secret),
        QStringLiteral("fingerprint"),
        QStringLiteral("no-cli"),
        QStringLiteral("no-tls"),
        QStringLiteral("no-dtls"),
        QStringLiteral("no-multicast-peers"),
        // UDP to the fridge only: no TCP relaying, a viewer's stream and a few at once, and
        // never to link-local addresses (169.254.169.254 is a cloud's metadata service).
        QStringLiteral("no-tcp-relay"),
        QStringLiteral("user-quota=4"),
        QStringLiteral("total-quota=200"),
        QStringLiteral("max-bps=4000000"),
        QStringLiteral("denied-peer-ip=0.0.0.0-0.255.255.255"),
        QStringLiteral("denied-peer-ip=169.254.0.0-169.254.255.255"),
        QStringLiteral("denied-peer-ip=fe80::-febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
        QStringLiteral("no-software-attribute"),
        QStringLiteral("simple-log"),
        QStringLiteral("log-file=stdout"),
        QStringLiteral("pidfile=") + m_options.dir + QStringLiteral("/turnserver.pid"),
    };
    // Loopback peers only where the relay itself has nothing else (a machine with no network).
    const QString config = lines.join(u'\n') + (relayAddress() == u"127.0.0.1"
                                                    ? QStringLiteral("\nallow-loopback-peers\n")
                                                    : QStringLiteral("\n"));
    QSaveFile file(m_options.dir + QStringLiteral("/turnserver.conf"));
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(config.toUtf8()) < 0 || !file.commit()) {
        *error = QStringLiteral("Cannot write %1").arg(file.fileName());
        return false;
    }
    return true;
}

QString TurnRelay::relayAddress()
{
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if (!interface.flags().testFlag(QNetworkInterface::IsUp) ||
            !interface.flags().testFlag(QNetworkInterface::IsRunning) ||
            interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries())
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                return entry.ip().toString();
    }
    return QStringLiteral("127.0.0.1");
}

SupervisedProcess::Spec TurnRelay::spec() const
{
    return {QStringLiteral("the TURN relay (coturn)"),
            QStringLiteral("turnserver"),
            {QStringLiteral("-c"), m_options.dir + QStringLiteral("/turnserver.conf")},
            m_options.dir + QStringLiteral("/turnserver.log"),
            m_options.port,
            QStringLiteral("install coturn (tools/setup does)")};
}

QString TurnRelay::url() const
{
    return enabled()
               ? QStringLiteral("turn://") + hostInUrl() + u':' + QString::number(m_options.port)
               : QString();
}

QString TurnRelay::hostInUrl() const
{
    return m_options.host.contains(u':') ? u'[' + m_options.host + u']' : m_options.host;
}

QString TurnRelay::userName(const QString &who, qint64 expirySecs)
{
    return QStringLiteral("%1:%2").arg(expirySecs).arg(who);
}

QString TurnRelay::password(const QByteArray &secret, const QString &userName)
{
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(userName.toUtf8(), secret, QCryptographicHash::Sha1)
            .toBase64());
}

QStringList TurnRelay::iceServersFor(const QString &who, qint64 nowSecs) const
{
    if (!enabled())
        return {};
    // Named by a number of no meaning rather than by who asked: the relay's log and the wire
    // say nothing of the member.
    Q_UNUSED(who);
    const QString user = userName(QString::number(QRandomGenerator::system()->generate64(), 16),
                                  nowSecs + m_options.lifetime);
    const auto escape = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    // Concatenated, not arg()ed: the escaped password has '%' in it.
    return {QStringLiteral("turn://") + escape(user) + u':' + escape(password(m_secret, user)) +
            u'@' + hostInUrl() + u':' + QString::number(m_options.port)};
}

} // namespace larder::cloud::camera

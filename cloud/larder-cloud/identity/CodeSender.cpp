// SPDX-License-Identifier: MIT
#include "CodeSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>

#include <atomic>
#include <cstdio>

namespace larder::cloud {

OutboxSender::OutboxSender(const QString &directory) : m_dir(directory) {}

bool OutboxSender::send(const QString &email, const QString &purpose, const QString &code)
{
    const bool signup = purpose == u"signup";
    const QString subject = signup ? QStringLiteral("Your Larder verification code")
                                   : QStringLiteral("Reset your Larder password");
    const QString body =
        signup ? QStringLiteral("Welcome to Larder!\r\n\r\nYour verification code is %1.\r\n")
                     .arg(code)
               : QStringLiteral("Your password reset code is %1.\r\n\r\nIf you did not ask for it, "
                                "you can ignore this message.\r\n")
                     .arg(code);
    return write(m_dir, email, purpose, subject, body);
}

bool OutboxSender::write(const QString &directory, const QString &email, const QString &purpose,
                         const QString &subject, const QString &body)
{
    if (!QDir().mkpath(directory))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString safe = email;
    for (QChar &c : safe)
        if (!c.isLetterOrNumber() && c != u'@' && c != u'.' && c != u'-' && c != u'_')
            c = u'_';
    // Two messages of the same millisecond (an alert mailed for two fridges in one tick) must
    // not share a name: the process and its running count follow the time, so names sort in
    // the order they were written and no process overwrites another's.
    static std::atomic<quint32> written{0};
    const QString path = QStringLiteral("%1/%2-%3-%4-%5-%6.eml")
                             .arg(directory, now.toString(QStringLiteral("yyyyMMddTHHmmsszzz")))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++written, 6, 10, QChar(u'0'))
                             .arg(purpose, safe.left(100));
    const QString message =
        QStringLiteral(
            "From: Larder <no-reply@larder.local>\r\nTo: <%1>\r\nSubject: %2\r\nDate: %3\r\n"
            "Message-ID: <%4@larder.local>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n%5")
            .arg(email, subject,
                 QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")),
                 QUuid::createUuid().toString(QUuid::WithoutBraces), body);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(message.toUtf8()) < 0 || !file.commit())
        return false;
    std::printf("larder-cloud: %s message for %s written to %s\n", qPrintable(purpose),
                qPrintable(email), qPrintable(path));
    std::fflush(stdout);
    return true;
}

} // namespace larder::cloud

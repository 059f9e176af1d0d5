// SPDX-License-Identifier: MIT
#include "LogTail.h"

#include <QDateTime>
#include <QMutex>
#include <QMutexLocker>

#include <atomic>

namespace larder::diagnostics::logtail {

namespace {
QMutex mutex;
QStringList ring; // guarded by mutex
QtMessageHandler previous = nullptr;
std::atomic_bool installed{false};

const char *levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    append(QStringLiteral("%1 %2 %3: %4")
               .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                    QLatin1String(levelOf(type)),
                    QLatin1String(context.category ? context.category : "default"), message));
    if (previous)
        previous(type, context, message);
}
} // namespace

void install()
{
    if (installed.exchange(true))
        return;
    previous = qInstallMessageHandler(keep);
}

void append(const QString &line)
{
    QMutexLocker lock(&mutex);
    ring.append(line.size() > maxLine ? line.left(maxLine) + QStringLiteral("…") : line);
    if (ring.size() > capacity)
        ring.removeFirst();
}

QStringList lines(int count)
{
    QMutexLocker lock(&mutex);
    return ring.mid(std::max<qsizetype>(0, ring.size() - count));
}

QStringList technicalLines(int count)
{
    static const QStringList technical{
        QStringLiteral("larder.mqtt:"),   QStringLiteral("larder.shadow:"),
        QStringLiteral("larder.kiosk:"),  QStringLiteral("larder.alarm:"),
        QStringLiteral("larder.fridge:"), QStringLiteral("larder.fridge.commands:"),
        QStringLiteral("qt.network.ssl:")};
    QStringList kept;
    for (const QString &line : lines(capacity)) {
        // "{time} {level} {category}: {message}"
        const QString category = line.section(u' ', 2, 2);
        if (technical.contains(category))
            kept.append(line);
    }
    return kept.mid(std::max<qsizetype>(0, kept.size() - count));
}

} // namespace larder::diagnostics::logtail

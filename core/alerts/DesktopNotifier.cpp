// SPDX-License-Identifier: MIT
#include "DesktopNotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "larder.notify", QtInfoMsg)

namespace larder::alerts {

namespace {
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    bus.connect(QLatin1String(service), QLatin1String(path), kInterface,
                QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(QLatin1String(service), QLatin1String(path), kInterface,
                QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
}

bool DesktopNotifier::available() const
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    return bus.isConnected() && bus.interface() &&
           bus.interface()->isServiceRegistered(QLatin1String(service)).value();
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body,
                             bool urgent)
{
    // Where nothing shows notifications (a kiosk, a headless run) there is nothing to do.
    if (!available())
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(service), QLatin1String(path),
                                                       kInterface, QStringLiteral("Notify"));
    // Urgency: 1 normal, 2 critical (stays until dismissed).
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgent ? 2 : 1))},
                            {QStringLiteral("category"), QStringLiteral("device")},
                            {QStringLiteral("desktop-entry"), QStringLiteral("larder")}};
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("larder") << summary
         << body << QStringList{QStringLiteral("default"), tr("Open the fridge")} << hints
         << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCDebug(lcNotify) << "no desktop notification:" << reply.error().message();
                    return;
                }
                m_keys.insert(reply.value(), key);
            });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto found = m_keys.constFind(id);
    if (found == m_keys.cend() || action != u"default")
        return;
    emit activated(*found);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_keys.remove(id);
}

} // namespace larder::alerts

// SPDX-License-Identifier: MIT
// Alerts as desktop notifications (alerts::DesktopNotifier) on a real session bus (the test
// runs under dbus-run-session), with a notification service that behaves as the
// freedesktop.org specification says, on its own connection: the notification carries the
// summary, the body, the default action and the urgency; clicking it (ActionInvoked) says which
// fridge to open; a closed notification, or another application's, opens nothing.
#include "alerts/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSignalSpy>
#include <QTest>

using larder::alerts::DesktopNotifier;

namespace {

/// The freedesktop.org Notifications service's Notify, recording what it was asked to show.
class NotificationService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString app, summary, body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public slots:
    uint Notify(const QString &app, uint, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({app, summary, body, actions, hints});
        return uint(100 + shown.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
};

void emitSignal(QDBusConnection &bus, const char *name, const QVariantList &arguments)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        QLatin1String(DesktopNotifier::path), QStringLiteral("org.freedesktop.Notifications"),
        QLatin1String(name));
    signal.setArguments(arguments);
    QVERIFY(bus.send(signal));
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus (run under dbus-run-session)");
        QVERIFY(m_bus.isConnected());
        QVERIFY(m_bus.registerObject(QLatin1String(DesktopNotifier::path), &m_service,
                                     QDBusConnection::ExportAllSlots));
        QVERIFY(m_bus.registerService(QLatin1String(DesktopNotifier::service)));
    }

    void aRaisedAlertIsANotificationAndItsClickOpensTheFridge()
    {
        DesktopNotifier notifier;
        QVERIFY(notifier.available());
        QSignalSpy opened(&notifier, &DesktopNotifier::activated);
        notifier.notify(QStringLiteral("kitchen-1"), QStringLiteral("Kitchen fridge"),
                        QStringLiteral("The door has been open for 10 minutes."), false);
        notifier.notify(QStringLiteral("cellar-2"), QStringLiteral("Cellar fridge"),
                        QStringLiteral("The fridge has been above 8 °C for 30 minutes."), true);
        QTRY_COMPARE(m_service.shown.size(), 2);
        const auto &door = m_service.shown.at(0);
        QCOMPARE(door.summary, QStringLiteral("Kitchen fridge"));
        QCOMPARE(door.body, QStringLiteral("The door has been open for 10 minutes."));
        QCOMPARE(door.actions.value(0), QStringLiteral("default"));
        QCOMPARE(door.hints.value("urgency").toInt(), 1);
        QCOMPARE(m_service.shown.at(1).hints.value("urgency").toInt(), 2); // an error: critical
        // The replies (ids 101, 102) are in before a click can come.
        QTest::qWait(200);
        emitSignal(m_bus, "ActionInvoked", {uint(102), QStringLiteral("default")});
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("cellar-2"));
        // Closed, then clicked (a late signal), or someone else's: nothing opens.
        emitSignal(m_bus, "NotificationClosed", {uint(101), uint(2)});
        emitSignal(m_bus, "ActionInvoked", {uint(101), QStringLiteral("default")});
        emitSignal(m_bus, "ActionInvoked", {uint(999), QStringLiteral("default")});
        QTest::qWait(300);
        QCOMPARE(opened.size(), 1);
    }

    void withoutAServiceNothingHappens()
    {
        QVERIFY(m_bus.unregisterService(QLatin1String(DesktopNotifier::service)));
        DesktopNotifier notifier;
        QVERIFY(!notifier.available());
        const auto before = m_service.shown.size();
        notifier.notify(QStringLiteral("k"), QStringLiteral("s"), QStringLiteral("b"), false);
        QTest::qWait(300);
        QCOMPARE(m_service.shown.size(), before);
    }

private:
    NotificationService m_service;
    QDBusConnection m_bus =
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("service"));
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"

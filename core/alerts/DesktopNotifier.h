// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>

namespace larder::alerts {

/// Alerts as desktop notifications (the freedesktop.org Notifications service, over D-Bus): a
/// notification per alert raised, urgent for errors, with a default action; clicking it says
/// which fridge to open. Where no notification service runs it does nothing (`available` is
/// false).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    /// Whether a notification service answers on the session bus.
    bool available() const;
    /// Shows @p summary and @p body; a click reports @p key (a fridge's id) through activated().
    void notify(const QString &key, const QString &summary, const QString &body, bool urgent);

    static constexpr const char *service = "org.freedesktop.Notifications";
    static constexpr const char *path = "/org/freedesktop/Notifications";

signals:
    /// The person clicked the notification made for @p key.
    void activated(const QString &key);

private slots:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QHash<uint, QString> m_keys; ///< notification id → key, until it closes
};

} // namespace larder::alerts

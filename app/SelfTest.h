// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQmlApplicationEngine;
class QQuickWindow;
class OwnerApp;

/// `--self-test` / `--screenshot`: waits until the requested screen (`--page`) shows live data
/// from the cloud, checks it, optionally saves a PNG, and exits with 0 (pass) or 1 (fail,
/// with why). Screens other than sign-in need a session (restored, or LARDER_EMAIL and
/// LARDER_PASSWORD).
class SelfTest : public QObject
{
    Q_OBJECT
public:
    SelfTest(QQmlApplicationEngine *engine, OwnerApp *app, QString page, QString screenshotPath,
             int timeoutMs, QObject *parent = nullptr);
    /// On the fridge screen, once live, set the control at @p path to @p jsonValue.
    void setChange(const QString &path, const QString &jsonValue);
    void setAllowOffline(bool allow) { m_allowOffline = allow; }
    void start();

private:
    void check();
    /// True once the page is showing what it should (and asks for it when needed).
    bool pageLive(QQuickWindow *window);
    bool fridgeLive();
    QString situation() const;
    void finish(int code, const QString &message);

    QQmlApplicationEngine *m_engine;
    OwnerApp *m_app;
    QString m_page;
    QString m_screenshot;
    QTimer m_poll;
    QTimer m_deadline;
    int m_settleTicks = 0;
    QString m_changePath;
    QString m_changeValue;
    bool m_changed = false;
    bool m_allowOffline = false;
    bool m_pageRequested = false;
};

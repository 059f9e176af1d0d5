// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QQmlApplicationEngine;
namespace larder::fridge {
class FridgeController;
}

/// `--self-test` / `--screenshot`: waits until the loaded screen shows live data from the
/// cloud, checks it, optionally saves a PNG, and exits with 0 (pass) or 1 (fail, with why).
class SelfTest : public QObject
{
    Q_OBJECT
public:
    SelfTest(QQmlApplicationEngine *engine, larder::fridge::FridgeController *fridge,
             QString screenshotPath, int timeoutMs, QObject *parent = nullptr);
    /// Once live, set the control at @p path to @p jsonValue before the picture is taken.
    void setChange(const QString &path, const QString &jsonValue);
    void setAllowOffline(bool allow) { m_allowOffline = allow; }
    void start();

private:
    void check();
    void finish(int code, const QString &message);

    QQmlApplicationEngine *m_engine;
    larder::fridge::FridgeController *m_fridge;
    QString m_screenshot;
    QTimer m_poll;
    QTimer m_deadline;
    int m_settleTicks = 0;
    QString m_changePath;
    QString m_changeValue;
    bool m_changed = false;
    bool m_allowOffline = false;
};

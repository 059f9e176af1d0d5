// SPDX-License-Identifier: MIT
#pragma once

#include "ScreenCheck.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QQmlApplicationEngine;
class QQuickWindow;

/// `--self-test` / `--screenshot`: polls a ScreenCheck until the screen shows what it should,
/// lets it settle, optionally saves a PNG, and exits with 0 (pass) or 1 (fail, with why).
class SelfTest : public QObject
{
    Q_OBJECT
public:
    SelfTest(QQmlApplicationEngine *engine, QString what, ScreenCheck *check,
             QString screenshotPath, int timeoutMs, QObject *parent = nullptr);
    void start();

private:
    void poll();
    void finish(int code, const QString &message);
    QQuickWindow *window() const;

    QQmlApplicationEngine *m_engine;
    QString m_what;
    ScreenCheck *m_check;
    QString m_screenshot;
    QTimer m_poll;
    QTimer m_deadline;
    int m_settleTicks = 0;
    /// A check may run the event loop (the keyboard check waits for a picture): the poll that
    /// fires meanwhile is skipped, never run inside the one still looking.
    bool m_polling = false;
};

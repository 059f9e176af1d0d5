// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

class QQmlApplicationEngine;
class QQuickWindow;

/// `--self-test` / `--screenshot`: polls a check until the screen shows what it should,
/// lets it settle, optionally saves a PNG, and exits with 0 (pass) or 1 (fail, with why).
class SelfTest : public QObject
{
    Q_OBJECT
public:
    /// What a check says on each poll.
    struct Verdict
    {
        enum Kind { NotYet, Live, Failed } kind = NotYet;
        QString message; ///< for Failed
    };
    using Check = std::function<Verdict(QQuickWindow *window)>;
    using Situation = std::function<QString()>;

    SelfTest(QQmlApplicationEngine *engine, QString what, Check check, Situation situation,
             QString screenshotPath, int timeoutMs, QObject *parent = nullptr);
    void start();
    /// Starts the settling period again (the check changed something on screen).
    void resettle() { m_settleTicks = 0; }

private:
    void poll();
    void finish(int code, const QString &message);

    QQmlApplicationEngine *m_engine;
    QString m_what;
    Check m_check;
    Situation m_situation;
    QString m_screenshot;
    QTimer m_poll;
    QTimer m_deadline;
    int m_settleTicks = 0;
};

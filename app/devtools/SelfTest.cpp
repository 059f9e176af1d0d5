// SPDX-License-Identifier: MIT
#include "SelfTest.h"

#include <QCoreApplication>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopedValueRollback>

#include <cstdio>

SelfTest::SelfTest(QQmlApplicationEngine *engine, QString what, ScreenCheck *check,
                   QString screenshotPath, int timeoutMs, QObject *parent)
    : QObject(parent), m_engine(engine), m_what(std::move(what)), m_check(check),
      m_screenshot(std::move(screenshotPath))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SelfTest::poll);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(1, QStringLiteral("the %1 was not live within the time limit (%2)")
                      .arg(m_what, m_check->situation(window())));
    });
}

void SelfTest::start()
{
    m_poll.start();
    m_deadline.start();
}

void SelfTest::poll()
{
    if (m_polling)
        return;
    const QScopedValueRollback polling(m_polling, true);
    if (m_engine->rootObjects().isEmpty()) {
        finish(1, QStringLiteral("the screen did not load"));
        return;
    }
    QQuickWindow *window = this->window();
    if (!window) {
        finish(1, QStringLiteral("the root object is not a window"));
        return;
    }
    const ScreenCheck::Verdict verdict = m_check->verdict(window);
    switch (verdict.kind) {
    case ScreenCheck::Verdict::Failed:
        finish(1, verdict.message);
        return;
    case ScreenCheck::Verdict::Changing:
        m_settleTicks = 0;
        return;
    case ScreenCheck::Verdict::NotYet:
        return;
    case ScreenCheck::Verdict::Live:
        break;
    }
    // Let bindings and animations settle for a moment so the picture shows the live state.
    if (++m_settleTicks < 8)
        return;
    if (!window->isVisible() || !window->contentItem() ||
        window->contentItem()->childItems().isEmpty()) {
        finish(1, QStringLiteral("the window has no visible content"));
        return;
    }
    if (!m_screenshot.isEmpty()) {
        const QImage image = window->grabWindow();
        if (image.isNull() || !image.save(m_screenshot)) {
            finish(1, QStringLiteral("could not save the screenshot to %1").arg(m_screenshot));
            return;
        }
    }
    finish(0, QStringLiteral("the %1 is live (%2)").arg(m_what, m_check->situation(window)));
}

QQuickWindow *SelfTest::window() const
{
    return m_engine->rootObjects().isEmpty()
               ? nullptr
               : qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
}

void SelfTest::finish(int code, const QString &message)
{
    m_poll.stop();
    m_deadline.stop();
    std::fprintf(code == 0 ? stdout : stderr, "larder self-test: %s: %s\n",
                 code == 0 ? "PASS" : "FAIL", qPrintable(message));
    std::fflush(stdout);
    QCoreApplication::exit(code);
}

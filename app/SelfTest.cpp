// SPDX-License-Identifier: MIT
#include "SelfTest.h"

#include "fridge/FridgeController.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

SelfTest::SelfTest(QQmlApplicationEngine *engine, larder::fridge::FridgeController *fridge,
                   QString screenshotPath, int timeoutMs, QObject *parent)
    : QObject(parent), m_engine(engine), m_fridge(fridge), m_screenshot(std::move(screenshotPath))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SelfTest::check);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(1, QStringLiteral(
                      "no live fridge data within the time limit (cloud connected: %1, synced: %2, "
                      "readings: %3, error: %4)")
                      .arg(m_fridge->cloudConnected())
                      .arg(m_fridge->synced())
                      .arg(m_fridge->hasReadings())
                      .arg(m_fridge->connectionError()));
    });
}

void SelfTest::setChange(const QString &path, const QString &jsonValue)
{
    m_changePath = path;
    m_changeValue = jsonValue;
}

void SelfTest::start()
{
    m_poll.start();
    m_deadline.start();
}

void SelfTest::check()
{
    if (m_engine->rootObjects().isEmpty()) {
        finish(1, QStringLiteral("the screen did not load"));
        return;
    }
    if (!m_fridge->synced() || !m_fridge->hasReadings() ||
        !(m_fridge->fridgeOnline() || m_allowOffline))
        return;
    if (!m_changePath.isEmpty() && !m_changed) {
        m_changed = true;
        larder::shadow::ShadowControl *control = m_fridge->control(m_changePath);
        const QJsonValue value =
            QJsonDocument::fromJson("[" + m_changeValue.toUtf8() + "]").array().at(0);
        if (!control || value.isUndefined() || !control->set(value.toVariant())) {
            finish(1, QStringLiteral("cannot set %1 to %2").arg(m_changePath, m_changeValue));
            return;
        }
        m_settleTicks = 0;
    }
    // Let bindings and animations settle for a moment so the picture shows the live state.
    if (++m_settleTicks < 8)
        return;
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!window || !window->isVisible() || !window->contentItem() ||
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
    finish(0, QStringLiteral("the owner screen shows live data from %1").arg(m_fridge->thing()));
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

// SPDX-License-Identifier: MIT
#include "SelfTest.h"
#include "OwnerApp.h"

#include "fridge/FridgeController.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <cstdio>

using larder::auth::AuthSession;

SelfTest::SelfTest(QQmlApplicationEngine *engine, OwnerApp *app, QString page,
                   QString screenshotPath, int timeoutMs, QObject *parent)
    : QObject(parent), m_engine(engine), m_app(app), m_page(std::move(page)),
      m_screenshot(std::move(screenshotPath))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &SelfTest::check);
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(timeoutMs);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(1, QStringLiteral("the %1 screen was not live within the time limit (%2)")
                      .arg(m_page, situation()));
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

QString SelfTest::situation() const
{
    const AuthSession *session = m_app->session();
    const auto *fridge = m_app->selection()->fridge();
    QString text = QStringLiteral("session state %1, session error '%2', families loaded %3, "
                                  "families error '%4'")
                       .arg(int(session->state()))
                       .arg(session->error())
                       .arg(m_app->families()->loaded())
                       .arg(m_app->families()->error());
    if (fridge)
        text += QStringLiteral(", fridge %1: cloud connected %2, synced %3, readings %4, "
                               "online %5, error '%6'")
                    .arg(fridge->thing())
                    .arg(fridge->cloudConnected())
                    .arg(fridge->synced())
                    .arg(fridge->hasReadings())
                    .arg(fridge->fridgeOnline())
                    .arg(fridge->connectionError());
    else
        text += QStringLiteral(", no fridge selected");
    if (!m_engine->rootObjects().isEmpty())
        text += QStringLiteral(", on screen: %1")
                    .arg(m_engine->rootObjects().constFirst()->property("currentPage").toString());
    return text;
}

bool SelfTest::fridgeLive()
{
    larder::fridge::FridgeController *fridge = m_app->selection()->fridge();
    if (!fridge || !fridge->synced() || !fridge->hasReadings() ||
        !(fridge->fridgeOnline() || m_allowOffline))
        return false;
    if (!m_changePath.isEmpty() && !m_changed) {
        m_changed = true;
        larder::shadow::ShadowControl *control = fridge->control(m_changePath);
        const QJsonValue value =
            QJsonDocument::fromJson("[" + m_changeValue.toUtf8() + "]").array().at(0);
        if (!control || value.isUndefined() || !control->set(value.toVariant())) {
            finish(1, QStringLiteral("cannot set %1 to %2").arg(m_changePath, m_changeValue));
            return false;
        }
        m_settleTicks = 0;
    }
    return true;
}

bool SelfTest::pageLive(QQuickWindow *window)
{
    const AuthSession *session = m_app->session();
    const bool signedOutScreen = m_page == u"signin" || m_page == u"signup";
    if (signedOutScreen) {
        if (session->state() != AuthSession::SignedOut)
            return false;
    } else {
        if (session->state() == AuthSession::SignedOut && !session->busy() &&
            !session->error().isEmpty()) {
            finish(1, QStringLiteral("not signed in: %1").arg(session->error()));
            return false;
        }
        if (session->state() != AuthSession::SignedIn || !m_app->families()->loaded())
            return false;
        if (m_page == u"fridge" && !fridgeLive())
            return false;
    }
    if (m_page != u"fridge" && m_page != u"signin" && !m_pageRequested) {
        m_pageRequested = true;
        QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, m_page));
    }
    const QString shown = window->property("currentPage").toString();
    const QString expected = m_page == u"invite" ? QStringLiteral("family") : m_page;
    if (shown != expected || !window->property("pageReady").toBool())
        return false;
    if (m_page == u"fridge") {
        const auto *screen = window->findChild<QQuickItem *>(QStringLiteral("fridgeScreen"));
        if (!screen || !screen->isVisible() || screen->width() <= 0 ||
            screen->property("fridge").value<QObject *>() != m_app->selection()->fridge())
            return false;
    }
    if (m_page == u"invite") {
        const QObject *code = window->findChild<QObject *>(QStringLiteral("invitationCode"));
        if (!code || code->property("text").toString().isEmpty())
            return false;
    }
    return true;
}

void SelfTest::check()
{
    if (m_engine->rootObjects().isEmpty()) {
        finish(1, QStringLiteral("the screen did not load"));
        return;
    }
    auto *window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
    if (!window) {
        finish(1, QStringLiteral("the root object is not a window"));
        return;
    }
    if (!pageLive(window))
        return;
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
    finish(0, QStringLiteral("the %1 screen is live (%2)").arg(m_page, situation()));
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

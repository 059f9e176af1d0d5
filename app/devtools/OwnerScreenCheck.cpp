// SPDX-License-Identifier: MIT
#include "OwnerScreenCheck.h"

#include "OwnerApp.h"

#include "fridge/FridgeController.h"
#include "inventory/InventorySync.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLinearGradient>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>

using larder::auth::AuthSession;
using Verdict = ScreenCheck::Verdict;

OwnerScreenCheck::OwnerScreenCheck(OwnerApp *app, const DevtoolsOptions &options)
    : m_app(app), m_options(options)
{
}

QString OwnerScreenCheck::situation(QQuickWindow *window) const
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
    if (window)
        text += QStringLiteral(", on screen: %1").arg(window->property("currentPage").toString());
    return text;
}

Verdict OwnerScreenCheck::fridgeLive()
{
    larder::fridge::FridgeController *fridge = m_app->selection()->fridge();
    if (!fridge || !fridge->synced() || !fridge->hasReadings() ||
        !(fridge->fridgeOnline() || m_options.allowOffline))
        return {};
    if (!m_options.setPath.isEmpty() && !m_changed) {
        m_changed = true;
        larder::shadow::ShadowControl *control = fridge->control(m_options.setPath);
        const QJsonValue value =
            QJsonDocument::fromJson("[" + m_options.setValue.toUtf8() + "]").array().at(0);
        if (!control || value.isUndefined() || !control->set(value.toVariant()))
            return {
                Verdict::Failed,
                QStringLiteral("cannot set %1 to %2").arg(m_options.setPath, m_options.setValue)};
        return {Verdict::Changing, {}};
    }
    return {Verdict::Live, {}};
}

Verdict OwnerScreenCheck::uploading()
{
    // Photos posted on the board, one after another: live while one of them is on its way (its
    // progress and the queue behind it on screen).
    larder::board::Board *board = m_app->selection()->board();
    if (!m_uploads) {
        m_uploads = std::make_unique<QTemporaryDir>();
        // A real picture (the board draws it) padded to 19 MiB: a decoder stops at its end.
        QImage picture(1600, 1200, QImage::Format_RGB32);
        QPainter painter(&picture);
        QLinearGradient sky(0, 0, 0, 1200);
        sky.setColorAt(0, QColor(0x5b, 0x9b, 0xd5));
        sky.setColorAt(0.6, QColor(0xf6, 0xd3, 0x8b));
        sky.setColorAt(1, QColor(0x2f, 0x6f, 0x8f));
        painter.fillRect(picture.rect(), sky);
        painter.setBrush(QColor(0xff, 0xe0, 0x7a));
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(QPointF(1100, 520), 160, 160);
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, "JPG", 90);
        bytes.append(QByteArray(19 * 1024 * 1024 - bytes.size(), '\0'));
        for (int i = 1; i <= 16; ++i) {
            QFile photo(m_uploads->filePath(QStringLiteral("holiday-%1.jpg").arg(i)));
            if (!photo.open(QIODevice::WriteOnly) || photo.write(bytes) != bytes.size())
                return {Verdict::Failed, QStringLiteral("cannot write %1").arg(photo.fileName())};
            photo.close();
            board->postPhoto(photo.fileName(), QStringLiteral("From the holiday (%1)").arg(i));
        }
        return {Verdict::Changing, {}};
    }
    const auto *uploader = board->uploader();
    if (!uploader->busy() || (uploader->bytesSent() <= 0 && !uploader->checking()))
        return {};
    return {Verdict::Live, {}};
}

Verdict OwnerScreenCheck::commandRunning(QQuickWindow *window)
{
    // A quick-freeze (done at once), then a defrost the fridge reports step by step.
    auto *commands = m_app->selection()->commands();
    if (!commands->error().isEmpty())
        return {Verdict::Failed, commands->error()};
    const auto &rows = commands->list()->rows();
    const auto any = [&rows](const char *phase) {
        return std::any_of(rows.cbegin(), rows.cend(), [phase](const auto &row) {
            return row.phase() == QLatin1String(phase) &&
                   row.progress >= (row.phase() == u"running" ? 0 : -1);
        });
    };
    if (m_commandsSent == 0) {
        ++m_commandsSent;
        commands->send(QStringLiteral("quickFreeze"), {{QStringLiteral("hours"), 2}});
        return {Verdict::Changing, {}};
    }
    if (m_commandsSent == 1) {
        if (commands->busy() || !any("done"))
            return {};
        ++m_commandsSent;
        commands->send(QStringLiteral("defrost"));
        return {Verdict::Changing, {}};
    }
    for (const auto &row : rows)
        if (row.command == u"defrost" && row.phase() == u"failed")
            return {Verdict::Failed,
                    QStringLiteral("the fridge did not run the defrost: %1").arg(row.stateText())};
    if (!any("running") || !drawnItem(window, QStringLiteral("commandCard")))
        return {};
    return {Verdict::Live, {}};
}

Verdict OwnerScreenCheck::verdict(QQuickWindow *window)
{
    const QString &page = m_options.page;
    const AuthSession *session = m_app->session();
    const bool signedOutScreen = page == u"signin" || page == u"signup";
    if (page == u"diagnostics") {
        // A support account's sign-in: the fleet searched (and drawn), not a family's app.
        if (session->state() != AuthSession::SignedIn)
            return {};
        if (!session->staff())
            return {Verdict::Failed, QStringLiteral("signed in, but not as a support account")};
        if (window->property("currentPage").toString() != u"diagnostics" ||
            !window->property("pageReady").toBool() ||
            m_app->diagnostics()->search()->matched() == 0 ||
            (m_options.caseCode.isEmpty() && !drawnItem(window, QStringLiteral("fleetThing"))))
            return {};
        // With a case code: the case opened, its shadow read, a change heard live.
        if (!m_options.caseCode.isEmpty()) {
            auto *supportCase = m_app->diagnostics()->supportCase();
            if (!m_pageRequested) {
                m_pageRequested = true;
                supportCase->open(m_options.caseCode);
            }
            if (!supportCase->error().isEmpty())
                return {Verdict::Failed,
                        QStringLiteral("the case did not open: %1").arg(supportCase->error())};
            if (supportCase->shadowText().isEmpty() ||
                (supportCase->certificates()->count() == 0) ||
                (supportCase->changes()->count() == 0))
                return {};
        }
        return {Verdict::Live, {}};
    }
    if (signedOutScreen) {
        if (session->state() != AuthSession::SignedOut)
            return {};
    } else {
        if (session->state() == AuthSession::SignedOut && !session->busy() &&
            !session->error().isEmpty())
            return {Verdict::Failed, QStringLiteral("not signed in: %1").arg(session->error())};
        if (session->state() != AuthSession::SignedIn || !m_app->families()->loaded())
            return {};
        if (page == u"inside" || page == u"search" || page == u"add" || page == u"shopping") {
            const auto *list = page == u"shopping" ? m_app->selection()->shopping()
                                                   : m_app->selection()->inventory();
            if (!list || list->loading())
                return {};
        }
        if (page == u"alerts" && m_app->alerts()->loading())
            return {};
        if (page == u"commands" &&
            (!m_app->selection()->commands() || m_app->selection()->commands()->loading()))
            return {};
        if (page == u"supportaccess" &&
            !m_app->selection()->feature(QStringLiteral("supportAccess")))
            return {};
        if (page == u"camera" && !m_app->selection()->feature(QStringLiteral("camera")))
            return {};
        if ((page == u"board" || page == u"upload") &&
            (!m_app->selection()->board() || m_app->selection()->board()->loading() ||
             m_app->selection()->board()->posts()->count() == 0))
            return {};
        if (page == u"temperatures") {
            // The month's chart, scrolled into view once its history is in.
            const auto *history = m_app->selection()->history();
            if (!history || history->range() != u"month" || history->loading() ||
                history->points().isEmpty()) {
                if (history && !m_pageRequested) {
                    m_pageRequested = true;
                    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page));
                }
                return {};
            }
        }
        if (page == u"fridge" || page == u"temperatures") {
            Verdict live = fridgeLive();
            if (live.kind != Verdict::Live)
                return live;
        }
    }
    if (page != u"fridge" && page != u"signin" && !m_pageRequested) {
        m_pageRequested = true;
        QMetaObject::invokeMethod(
            window, "showPage",
            Q_ARG(QVariant, page == u"upload" ? QStringLiteral("board") : page));
    }
    const QString shown = window->property("currentPage").toString();
    const QString expected = page == u"invite"                     ? QStringLiteral("family")
                             : page == u"search" || page == u"add" ? QStringLiteral("inside")
                             : page == u"upload"                   ? QStringLiteral("board")
                             : page == u"temperatures"             ? QStringLiteral("fridge")
                                                                   : page;
    if (shown != expected || !window->property("pageReady").toBool())
        return {};
    // The shelf photos there are, drawn with their pictures (not their spinners).
    if (page == u"inside") {
        const auto *photos = m_app->selection()->lookInside();
        if (photos && photos->loading())
            return {};
        for (int row = 0; photos && row < photos->rowCount(); ++row)
            if (photos->index(row)
                    .data(larder::inventory::ShelfPhotos::LocalFileRole)
                    .toString()
                    .isEmpty())
                return {};
        if (photos && photos->rowCount() > 0 && !drawnItem(window, QStringLiteral("shelfPhoto")))
            return {};
    }
    // The posts must be drawn, not only loaded: a delegate that cannot be made shows nothing.
    if ((page == u"board" || page == u"upload") && !drawnItem(window, QStringLiteral("boardPost")))
        return {};
    if (page == u"upload")
        return uploading();
    if (page == u"commands")
        return commandRunning(window);
    if (page == u"fridge") {
        const auto *screen = window->findChild<QQuickItem *>(QStringLiteral("fridgeScreen"));
        if (!screen || !screen->isVisible() || screen->width() <= 0 ||
            screen->property("fridge").value<QObject *>() != m_app->selection()->fridge())
            return {};
    }
    if (page == u"invite") {
        const QObject *code = window->findChild<QObject *>(QStringLiteral("invitationCode"));
        if (!code || code->property("text").toString().isEmpty())
            return {};
    }
    return {Verdict::Live, {}};
}

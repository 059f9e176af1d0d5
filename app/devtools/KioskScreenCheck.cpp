// SPDX-License-Identifier: MIT
#include "KioskScreenCheck.h"

#include "board/Board.h"
#include "fridge/FridgeController.h"
#include "inventory/InventorySync.h"
#include "kiosk/DoorTablet.h"

#include <QQuickItem>
#include <QQuickWindow>

using larder::kiosk::DoorTablet;
using Verdict = ScreenCheck::Verdict;

KioskScreenCheck::KioskScreenCheck(DoorTablet *kiosk, const DevtoolsOptions &options)
    : m_kiosk(kiosk), m_options(options)
{
}

Verdict KioskScreenCheck::verdict(QQuickWindow *window)
{
    const QString shown = window->property("currentPage").toString();
    if (m_options.page == u"support") {
        if (!m_supportRequested) {
            m_supportRequested = true;
            QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "support"));
        }
        // The PIN's own keypad, not the letter keyboard.
        if (shown != u"support" || !drawnItem(window, QStringLiteral("supportPinPad")))
            return {};
    } else if (m_options.page == u"diagnostics") {
        // The door's local diagnostics behind the PIN, once its self-test has run.
        if (!m_diagnosticsRequested && m_kiosk->state() == DoorTablet::Paired) {
            m_diagnosticsRequested = true;
            QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "diagnostics"));
        }
        const auto *diagnostics = window->property("diagnostics").value<QObject *>();
        if (shown != u"diagnostics" || !diagnostics || diagnostics->property("checking").toBool() ||
            diagnostics->property("checks").toList().isEmpty() ||
            !drawnItem(window, QStringLiteral("selfTestRow")))
            return {};
    } else if (m_options.page == u"alarm") {
        // The fridge's alarm, sounding: the banner over the whole door.
        const auto *alarm = m_kiosk->alarm();
        if (m_kiosk->state() != DoorTablet::Paired || !alarm || !alarm->active() ||
            alarm->muted() || shown != u"alarm" ||
            !drawnItem(window, QStringLiteral("alarmBanner")))
            return {};
    } else if (m_options.page == u"paired" || m_options.page == u"add" ||
               m_options.page == u"board" || m_options.page == u"record" ||
               m_options.page == u"inside" || m_options.page == u"shopping" ||
               m_options.page == u"camera") {
        const auto *fridge = m_kiosk->fridge();
        const auto *inventory = m_kiosk->inventory();
        const auto *shopping = m_kiosk->shopping();
        if (m_kiosk->state() != DoorTablet::Paired || !fridge || !fridge->synced() ||
            !fridge->hasReadings() || !inventory || inventory->loading() || !shopping ||
            shopping->loading())
            return {};
        if (m_options.page == u"board" || m_options.page == u"record") {
            if (!m_boardRequested) {
                m_boardRequested = true;
                QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "board"));
            }
            auto *board = m_kiosk->board();
            // Loaded and drawn: a family's board has posts, and each is a card on screen.
            if (shown != u"board" || !board || board->loading() ||
                (board->posts()->count() > 0 && !drawnItem(window, QStringLiteral("boardPost"))))
                return {};
            if (m_options.page == u"record")
                return recording(window);
            return {Verdict::Live, {}};
        }
        if (m_options.page == u"inside") {
            // The whole list, opened over the glance.
            if (!m_insideRequested) {
                m_insideRequested = true;
                QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "inside"));
            }
            return shown == u"inside" && drawnItem(window, QStringLiteral("kioskIngredientList"))
                       ? Verdict{Verdict::Live, {}}
                       : Verdict{};
        }
        if (m_options.page == u"camera") {
            // The cameras live on the door (a few frames in), and the shelf photos drawn.
            if (!m_insideRequested) {
                m_insideRequested = true;
                QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "camera"));
            }
            const auto *camera = m_kiosk->camera();
            const auto *photos = m_kiosk->lookInside();
            const bool live = camera && (camera->status() == larder::camera::LiveCamera::Live ||
                                         camera->status() == larder::camera::LiveCamera::Dark);
            return shown == u"camera" && live && camera->frames() >= 5 && photos &&
                           !photos->loading() &&
                           (photos->rowCount() == 0 ||
                            drawnItem(window, QStringLiteral("doorShelfPhoto")))
                       ? Verdict{Verdict::Live, {}}
                       : Verdict{};
        }
        if (shown != u"paired")
            return {};
        if (m_options.page == u"add" || m_options.page == u"shopping") {
            if (!m_addRequested) {
                m_addRequested = true;
                QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, m_options.page));
            }
            const QObject *keyboard = window->findChild<QObject *>(QStringLiteral("keyboard"));
            if (!keyboard || !keyboard->property("visible").toBool())
                return {};
        }
    } else {
        const QObject *code = window->findChild<QObject *>(QStringLiteral("pairingCode"));
        if (m_kiosk->state() != DoorTablet::WaitingForPairing || shown != u"pairing" ||
            m_kiosk->serial().isEmpty() || !code || code->property("text").toString().size() < 16)
            return {};
    }
    return {Verdict::Live, {}};
}

Verdict KioskScreenCheck::recording(QQuickWindow *window)
{
    // Record on the door's board: live once two seconds are on the clock.
    QQuickItem *button = drawnItem(window, QStringLiteral("recordVoice"));
    QObject *recorder = m_recorder;
    if (!recorder && button && button->parentItem())
        recorder = m_recorder =
            button->parentItem()->findChild<QObject *>(QStringLiteral("voiceRecorder"));
    if (!recorder) {
        if (drawnItem(window, QStringLiteral("noMicrophone")))
            return {Verdict::Failed, QStringLiteral("the kiosk found no microphone")};
        return {};
    }
    if (!recorder->property("recording").toBool()) {
        if (m_recordPressed)
            return recorder->property("error").toString().isEmpty()
                       ? Verdict{}
                       : Verdict{Verdict::Failed, recorder->property("error").toString()};
        m_recordPressed = true;
        QMetaObject::invokeMethod(button, "clicked");
        return {Verdict::Changing, {}};
    }
    if (recorder->property("duration").toInt() < 2000)
        return {};
    return {Verdict::Live, {}};
}

QString KioskScreenCheck::situation(QQuickWindow *window) const
{
    const auto *board = m_kiosk->board();
    return QStringLiteral("state %1, error '%2', on screen: %3, board: %4")
        .arg(int(m_kiosk->state()))
        .arg(m_kiosk->error())
        .arg(window ? window->property("currentPage").toString() : QString())
        .arg(!board ? QStringLiteral("none")
                    : QStringLiteral("%1 posts%2%3")
                          .arg(const_cast<larder::board::Board *>(board)->posts()->count())
                          .arg(board->loading() ? QStringLiteral(", loading") : QString())
                          .arg(board->error().isEmpty() ? QString()
                                                        : QStringLiteral(", ") + board->error()));
}

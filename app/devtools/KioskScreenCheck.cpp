// SPDX-License-Identifier: MIT
#include "KioskScreenCheck.h"

#include "fridge/FridgeController.h"
#include "inventory/InventorySync.h"
#include "kiosk/DoorTablet.h"

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
        const QObject *keyboard = window->findChild<QObject *>(QStringLiteral("keyboard"));
        if (shown != u"support" || !keyboard || !keyboard->property("visible").toBool())
            return {};
    } else if (m_options.page == u"paired" || m_options.page == u"add") {
        const auto *fridge = m_kiosk->fridge();
        const auto *inventory = m_kiosk->inventory();
        if (m_kiosk->state() != DoorTablet::Paired || !fridge || !fridge->synced() ||
            !fridge->hasReadings() || shown != u"paired" || !inventory || inventory->loading())
            return {};
        if (m_options.page == u"add") {
            if (!m_addRequested) {
                m_addRequested = true;
                QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "add"));
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

QString KioskScreenCheck::situation(QQuickWindow *window) const
{
    return QStringLiteral("state %1, error '%2', on screen: %3")
        .arg(int(m_kiosk->state()))
        .arg(m_kiosk->error())
        .arg(window ? window->property("currentPage").toString() : QString());
}

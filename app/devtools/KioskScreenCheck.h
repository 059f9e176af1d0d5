// SPDX-License-Identifier: MIT
#pragma once

#include "DevtoolsOptions.h"
#include "ScreenCheck.h"

namespace larder::kiosk {
class DoorTablet;
}

/// The door tablet's self-test check (`--page pairing|paired|add|board|record|support`): the
/// pairing code is drawn, the paired fridge and its list are live (with the add sheet and its
/// keyboard open for `add`), the family board is drawn (`board`; and recording a voice message
/// for two seconds, `record`), or the support panel is open with its keyboard.
class KioskScreenCheck : public ScreenCheck
{
public:
    KioskScreenCheck(larder::kiosk::DoorTablet *kiosk, const DevtoolsOptions &options);

    Verdict verdict(QQuickWindow *window) override;
    QString situation(QQuickWindow *window) const override;

private:
    larder::kiosk::DoorTablet *m_kiosk;
    DevtoolsOptions m_options;
    bool m_supportRequested = false;
    bool m_diagnosticsRequested = false;
    bool m_addRequested = false;
    bool m_insideRequested = false;
    bool m_boardRequested = false;
    bool m_recordPressed = false;
    QObject *m_recorder = nullptr;

    Verdict recording(QQuickWindow *window);
};

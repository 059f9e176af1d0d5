// SPDX-License-Identifier: MIT
#pragma once

#include "DevtoolsOptions.h"
#include "ScreenCheck.h"

namespace larder::kiosk {
class DoorTablet;
}

/// The door tablet's self-test check (`--page pairing|paired|support`): the pairing code is
/// drawn, the paired fridge is live, or the support panel is open with its keyboard.
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
};

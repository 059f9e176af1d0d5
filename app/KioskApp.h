// SPDX-License-Identifier: MIT
#pragma once

#include "display/DisplayPreferences.h"
#include "kiosk/DoorDiagnostics.h"
#include "kiosk/DoorTablet.h"
#include "kiosk/SupportPin.h"

#include <QVariantMap>

/// Everything the kiosk is made of, created and wired once: the door tablet's identity and its
/// fridge (DoorTablet), the support PIN, the door's local diagnostics behind it, and the door's
/// own language and theme (dark unless chosen), apart from an owner app's.
class KioskApp
{
public:
    KioskApp(const QString &deviceDir, const QString &host, int port);

    larder::kiosk::DoorTablet *tablet() { return &m_tablet; }
    larder::kiosk::SupportPin *supportPin() { return &m_supportPin; }
    larder::kiosk::DoorDiagnostics *diagnostics() { return &m_diagnostics; }
    larder::display::DisplayPreferences *display() { return &m_display; }

    /// The kiosk window's initial properties.
    QVariantMap properties(bool fullScreen);
    void start() { m_tablet.start(); }

private:
    larder::kiosk::DoorTablet m_tablet;
    larder::kiosk::SupportPin m_supportPin;
    larder::kiosk::DoorDiagnostics m_diagnostics;
    larder::display::DisplayPreferences m_display;
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QVariantMap>

class OwnerApp;
namespace larder::display {
class DisplayPreferences;
}
class QQmlApplicationEngine;
namespace larder::profile {
class ProfileChoice;
}
namespace larder::kiosk {
class DoorTablet;
class SupportPin;
} // namespace larder::kiosk

/// The front-ends' windows in one place: the objects each Main.qml requires (its initial
/// properties) and loading it. Used by `main` and by the tests that drive the UI.
namespace frontend {

QVariantMap ownerProperties(OwnerApp *app, larder::profile::ProfileChoice *profiles,
                            larder::display::DisplayPreferences *display);
/// Loads the owner app's window with @p properties (sized to @p size when valid).
bool loadOwner(QQmlApplicationEngine &engine, const QVariantMap &properties, QSize size = {});
bool loadKiosk(QQmlApplicationEngine &engine, const QVariantMap &properties, QSize size = {});

} // namespace frontend

// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>

class QQmlApplicationEngine;
class QUrl;
struct AppOptions;

/// The owner app: sign-in, families and fridges (the default).
int runOwner(const AppOptions &options);
/// `--kiosk`: the fridge door's tablet, its certificate its identity.
int runKiosk(const AppOptions &options);

/// Loads the window at @p url (sized to @p size when valid); false after printing why.
bool loadWindow(QQmlApplicationEngine &engine, const QUrl &url, const QSize &size);

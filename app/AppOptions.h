// SPDX-License-Identifier: MIT
#pragma once

#include "devtools/DevtoolsOptions.h"

#include <QSize>
#include <QString>

#include <optional>

class QCoreApplication;

/// The owner app's command line.
struct AppOptions
{
    QString profile;     ///< "local", "aws" or a file; empty: the choice saved in settings
    QString fridge;      ///< show this fridge (thing name) when it is one of the user's
    QString theme;       ///< light | dark | system for this run; empty: the one in Settings
    QString language;    ///< en | zh_CN | pseudo for this run; empty: the one in Settings
    qreal textScale = 0; ///< 1.0 to 1.5 for this run; 0: the one in Settings
    QSize windowSize;
    bool kiosk = false;         ///< the fridge door's tablet instead of the owner app
    QString deviceDir;          ///< kiosk: the tablet's identity files (factory's and its own)
    bool setSupportPin = false; ///< kiosk: read a new support PIN from standard input, exit
    DevtoolsOptions devtools;   ///< self-test, screenshot, --page (page defaults per front-end)

    /// Parses the command line; nullopt after printing a message (the caller exits 2).
    static std::optional<AppOptions> parse(const QCoreApplication &app);
    static QString defaultDeviceDir();
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCoreApplication;

/// The owner app's command line.
struct AppOptions
{
    QString profile; ///< "local", "aws" or a file; empty: the choice saved in settings
    QString fridge;  ///< show this fridge (thing name) when it is one of the user's
    QString theme = QStringLiteral("light"); ///< light | dark
    QSize windowSize;
    bool selfTest = false;
    QString screenshotPath;
    int timeoutMs = 20'000;
    QString setPath;           ///< with --self-test/--screenshot: change this field once live…
    QString setValue;          ///< …to this value (JSON: 2.5, "eco", true)
    bool allowOffline = false; ///< the fridge may be offline (shows the offline state)
    QString page = QStringLiteral("fridge"); ///< self-test/screenshot: the screen to check
    bool kiosk = false;                      ///< the fridge door's tablet instead of the owner app
    QString deviceDir;          ///< kiosk: the tablet's identity files (factory's and its own)
    bool setSupportPin = false; ///< kiosk: read a new support PIN from standard input, exit

    /// Parses the command line; nullopt after printing a message (the caller exits 2).
    static std::optional<AppOptions> parse(const QCoreApplication &app);
    /// The screens --page knows.
    static QStringList pages();
    static QString defaultDeviceDir();
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QCoreApplication;

/// The owner app's command line.
struct AppOptions
{
    QString profilePath;
    QString thing;
    QString displayName;
    QString theme = QStringLiteral("light"); ///< light | dark
    QSize windowSize;
    bool selfTest = false;
    QString screenshotPath;
    int timeoutMs = 20'000;
    QString setPath;           ///< with --self-test/--screenshot: change this field once live…
    QString setValue;          ///< …to this value (JSON: 2.5, "eco", true)
    bool allowOffline = false; ///< the fridge may be offline (shows the offline state)

    /// Parses the command line; nullopt after printing a message (the caller exits 2).
    static std::optional<AppOptions> parse(const QCoreApplication &app);
    static QString defaultProfilePath();
};

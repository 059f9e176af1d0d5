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

    /// Parses the command line; nullopt after printing a message (the caller exits 2).
    static std::optional<AppOptions> parse(const QCoreApplication &app);
    static QString defaultProfilePath();
};

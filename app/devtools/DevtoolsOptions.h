// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

/// The command line of the developer tools both front-ends share: `--self-test`, `--screenshot`,
/// `--page`, `--set`, `--allow-offline`, `--timeout`.
struct DevtoolsOptions
{
    bool selfTest = false;
    QString screenshotPath;
    int timeoutMs = 20'000;
    QString setPath;           ///< change this field once live…
    QString setValue;          ///< …to this value (JSON: 2.5, "eco", true)
    bool allowOffline = false; ///< the fridge may be offline (shows the offline state)
    QString page;              ///< the screen to check; empty: the front-end's default
    QStringList tour;          ///< --layout-check: the screens to visit (--page a,b,c)
    QList<QSize> layoutSizes;  ///< --layout-check: the window sizes to inspect each screen at
    QString caseCode;          ///< --page diagnostics: open this support case once signed in

    /// True when a self-test, a screenshot or a layout check was asked for.
    bool active() const { return selfTest || !screenshotPath.isEmpty() || !layoutSizes.isEmpty(); }

    static void addTo(QCommandLineParser &parser);
    /// Reads what addTo() added; nullopt after printing why (the caller exits 2).
    static std::optional<DevtoolsOptions> read(const QCommandLineParser &parser);
    /// The screens --page knows.
    static QStringList pages();
};

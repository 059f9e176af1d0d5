// SPDX-License-Identifier: MIT
#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// The `larder` app run as a person would start it, offscreen, for the UI tests: its exit code
/// and everything it printed.
struct AppRun
{
    int exitCode = -1;
    QString output;

    /// Runs `larder ARGS` offscreen and waits up to @p timeoutMs; @p email and @p password,
    /// when given, sign it in (LARDER_EMAIL/LARDER_PASSWORD); @p extra is added to its
    /// environment.
    static AppRun run(const QStringList &args, const QString &email = {},
                      const QString &password = {}, int timeoutMs = 40000,
                      const QProcessEnvironment &extra = {});
};

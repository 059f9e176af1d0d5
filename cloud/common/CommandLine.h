// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace larder::cloud {

/// Prints "program: message" on stderr and returns the exit code 1, for `return fail(…)`.
inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                 qPrintable(message));
    return 1;
}

} // namespace larder::cloud

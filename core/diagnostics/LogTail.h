// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace larder::diagnostics {

/// The last lines a program logged, kept in memory for a diagnostic report and the door's
/// local diagnostics: `install()` chains a Qt message handler that keeps each line (time,
/// level, category, message) in a ring of `capacity` lines, then passes it on to the handler
/// that was there. Thread-safe. Lines are cut at 500 characters; nothing is written to disk.
namespace logtail {

constexpr int capacity = 200;
constexpr int maxLine = 500;
/// Starts keeping lines (once; later calls do nothing).
void install();
/// Keeps @p line as if it were logged (tests, and programs without the handler).
void append(const QString &line);
/// The kept lines, oldest first; at most @p count of the newest.
QStringList lines(int count = capacity);
/// The kept lines of the technical categories only (connection, shadow, provisioning,
/// commands, alarm, the door's own state), oldest first: what a diagnostic report carries.
/// Lines of the lists, the board, media and anything uncategorised stay on the device: they
/// may name what a family keeps, writes or records.
QStringList technicalLines(int count = capacity);

} // namespace logtail
} // namespace larder::diagnostics

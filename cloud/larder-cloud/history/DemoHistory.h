// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace larder::cloud {

class HistoryStore;

/// Thirty days of a plausible fridge for the demo and the screenshots: the fridge near 4 °C and
/// the freezer near −18 °C with the day's small swings, the door opened at meal times, and one
/// power cut three days before @p nowSeconds (the fridge up to 9.5 °C for about two hours).
bool seedDemoHistory(HistoryStore &store, const QString &thing, qint64 nowSeconds);

} // namespace larder::cloud

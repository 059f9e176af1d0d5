// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/api/Verdict.h"

#include <QString>

namespace larder::cloud {

class HistoryStore;
namespace alerts {
class EventStore;
}

/// A fridge's temperature history as both ways in answer it (docs/api.md, "Temperature
/// history"): `{"range","resolution","from","to","points","alerts"}` for @p rangeName, or 400
/// for another range. @p maxPoints > 0 thins the points (history::thinned) to fit an MQTT
/// answer.
api::Verdict historyAnswer(const HistoryStore &history, const alerts::EventStore &events,
                           const QString &familyId, const QString &thing, const QString &rangeName,
                           qint64 nowSeconds, qsizetype maxPoints = 0);

} // namespace larder::cloud

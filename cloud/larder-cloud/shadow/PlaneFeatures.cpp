// SPDX-License-Identifier: MIT
// The features on the MQTT plane: one line each.
#include "PlaneFeature.h"

#include "larder-cloud/fleet/FleetFeed.h"
#include "larder-cloud/history/HistoryRecorder.h"
#include "larder-cloud/support/DoorReports.h"
#include "larder-cloud/timeline/TimelineRecorder.h"

namespace larder::cloud {

const QList<PlaneFeatureMaker> &planeFeatures()
{
    static const QList<PlaneFeatureMaker> all{
        &makeHistoryFeature,              // temperature history, and the door's reads of it
        &makeTimelineFeature,             // the inspector's connections and shadow versions
        &fleet::makeFleetFeature,         // the fleet index support searches
        &support::makeDoorReportsFeature, // "Send a report to support" from the door
    };
    return all;
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "FleetFeed.h"

#include "larder-cloud/shadow/PlaneFeature.h"

namespace larder::cloud::fleet {

namespace {
/// The fleet index on the plane: loaded when the plane starts, then following every shadow and
/// every change of open alerts.
class FleetFeature : public PlaneFeature
{
public:
    explicit FleetFeature(const PlaneContext &context) : m_feed(context.fleet, context.connection)
    {
        qInfo("fleet index: %d things", m_feed.load());
        m_feed.follow(context.shadows, context.alerts);
    }

private:
    FleetFeed m_feed;
};
} // namespace

std::unique_ptr<PlaneFeature> makeFleetFeature(const PlaneContext &context)
{
    if (!context.fleet)
        return nullptr; // no index kept (the admin commands' plane)
    return std::make_unique<FleetFeature>(context);
}

} // namespace larder::cloud::fleet

// SPDX-License-Identifier: MIT
#include "TimelineRecorder.h"

#include "larder-cloud/shadow/PlaneFeature.h"
#include "larder-cloud/shadow/ShadowService.h"

namespace larder::cloud {

namespace {
/// The timeline on the plane: its store on the plane's connection, its recorder following every
/// stored classic shadow.
class TimelineFeature : public PlaneFeature
{
public:
    explicit TimelineFeature(const PlaneContext &context)
        : m_timeline(context.connection), m_recorder(&m_timeline)
    {
        connect(context.shadows, &ShadowService::classicStored, &m_recorder,
                &TimelineRecorder::onStored);
    }
    void thingLeft(const QString &thing) override { m_recorder.forget(thing); }

private:
    DeviceTimeline m_timeline;
    TimelineRecorder m_recorder; ///< destroyed first: writes what waits
};
} // namespace

std::unique_ptr<PlaneFeature> makeTimelineFeature(const PlaneContext &context)
{
    return std::make_unique<TimelineFeature>(context);
}

} // namespace larder::cloud

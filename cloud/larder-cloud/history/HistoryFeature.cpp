// SPDX-License-Identifier: MIT
#include "HistoryAnswer.h"
#include "HistoryRecorder.h"
#include "HistoryStore.h"

#include "larder-cloud/api/DeviceRequests.h"
#include "larder-cloud/shadow/PlaneFeature.h"
#include "larder-cloud/shadow/ShadowService.h"

#include <QDateTime>

namespace larder::cloud {

namespace {
/// Each fridge's temperature history on the plane: recorded from every reported update, and
/// read by the door tablet for its charts over its own connection.
class HistoryFeature : public PlaneFeature
{
public:
    /// Points a history answer to a door carries at most (under MQTT's answer budget).
    static constexpr qsizetype doorHistoryPoints = 360;

    explicit HistoryFeature(const PlaneContext &context)
        : m_store(context.connection), m_recorder(&m_store)
    {
        connect(context.shadows, &ShadowService::reportedUpdated, &m_recorder,
                &HistoryRecorder::onReported);
        m_requests = new DeviceRequests(
            context.client, context.families, QStringLiteral("history"),
            [this, events = context.events](const QString &op, const QString &thing,
                                            const QString &familyId, const QJsonObject &body) {
                if (op != u"get")
                    return api::refusal(400, "BadRequest", QStringLiteral("op is get."));
                return historyAnswer(m_store, *events, familyId, thing,
                                     body.value(u"range").toString(QStringLiteral("day")),
                                     QDateTime::currentSecsSinceEpoch(), doorHistoryPoints);
            },
            this);
    }
    void start() override { m_requests->start(); }
    void thingLeft(const QString &thing) override { m_recorder.forget(thing); }

private:
    HistoryStore m_store;
    HistoryRecorder m_recorder; ///< destroyed before the store: writes what waits
    DeviceRequests *m_requests = nullptr;
};
} // namespace

std::unique_ptr<PlaneFeature> makeHistoryFeature(const PlaneContext &context)
{
    return std::make_unique<HistoryFeature>(context);
}

} // namespace larder::cloud

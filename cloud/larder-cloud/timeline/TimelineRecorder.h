// SPDX-License-Identifier: MIT
#pragma once

#include "DeviceTimeline.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

namespace larder::shadow {
class ShadowDocument;
}

namespace larder::cloud {

/// Writes each fridge's timeline (on the MQTT plane, fed every stored classic shadow): a
/// `connected` or `disconnected` entry when the presence service changes the shadow's
/// `connected`, and a `shadow` entry per version with what changed in it (the fridge's own
/// `clock` left out: it moves with every report). Written together once a second, never on the
/// way of a shadow's answer; a change too large to show whole is cut at `maxDetail` characters.
class TimelineRecorder : public QObject
{
    Q_OBJECT
public:
    explicit TimelineRecorder(DeviceTimeline *timeline, QObject *parent = nullptr);
    ~TimelineRecorder() override;

    static constexpr int flushMs = 1000;
    static constexpr int maxDetail = 2000;

    /// What changed between two states (`{"desired":…,"reported":…}`), fields that went as null;
    /// the `clock` left out. Pure.
    static QJsonObject changes(const QJsonObject &previous, const QJsonObject &current);

public slots:
    void onStored(const QString &thing, const larder::shadow::ShadowDocument &document);
    void forget(const QString &thing);
    void flush();

private:
    DeviceTimeline *m_timeline;
    QHash<QString, QJsonObject> m_last; ///< each fridge's state as last stored
    QList<std::pair<QString, DeviceTimeline::Entry>> m_pending;
    QTimer m_flush;
};

struct PlaneContext;
class PlaneFeature;
/// The timeline as a feature of the MQTT plane (TimelineFeature.cpp).
std::unique_ptr<PlaneFeature> makeTimelineFeature(const PlaneContext &context);

} // namespace larder::cloud

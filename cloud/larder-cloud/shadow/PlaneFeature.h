// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class CloudStore;
class FamilyStore;
class ShadowService;
namespace alerts {
class AlertService;
class EventStore;
} // namespace alerts
namespace fleet {
class FleetIndex;
}
namespace media {
class MediaStore;
}

/// What the MQTT plane hands the features that live on it: its broker connection, its own
/// database connection and the services they follow. Valid from the feature's making until the
/// plane stops (the plane deletes its features first).
struct PlaneContext
{
    mqtt::MqttClient *client = nullptr;
    QString connection; ///< the plane's Qt SQL connection name
    CloudStore *store = nullptr;
    FamilyStore *families = nullptr;
    ShadowService *shadows = nullptr;
    alerts::AlertService *alerts = nullptr;
    alerts::EventStore *events = nullptr;
    fleet::FleetIndex *fleet = nullptr; ///< may be null (no fleet index kept)
    const media::MediaStore *mediaStore = nullptr;
    QString mediaStoreDir; ///< where the stored objects' files are
};

/// A feature on the MQTT plane (docs/architecture.md): made when the plane starts, on its
/// thread, from the context; started once everything is made; told when a fridge leaves its
/// family; deleted (newest first) before the plane closes its connections, so what it holds
/// back is written while the database is open. A new feature is its own folder and one line in
/// planeFeatures().
class PlaneFeature : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() {}
    /// @p thing left its family: forget what was kept of it there.
    virtual void thingLeft(const QString &thing) { Q_UNUSED(thing) }
};

using PlaneFeatureMaker = std::unique_ptr<PlaneFeature> (*)(const PlaneContext &context);
/// Every feature on the plane, in the order they are made (PlaneFeatures.cpp).
const QList<PlaneFeatureMaker> &planeFeatures();

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#pragma once

#include "shadow/ShadowDocument.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace larder::cloud {
class ShadowService;
struct PlaneContext;
class PlaneFeature;
namespace alerts {
class AlertService;
}
} // namespace larder::cloud

namespace larder::cloud::fleet {

class FleetIndex;
class ThingGroups;

/// Keeps the fleet index current on the MQTT plane: loads every thing (registry, groups,
/// classic shadow, open alerts) from the database when the plane starts, then follows each
/// stored shadow change (connectivity included: the presence service writes it into the
/// shadow) and each change of a fridge's open alerts, as they happen.
class FleetFeed : public QObject
{
    Q_OBJECT
public:
    FleetFeed(FleetIndex *index, const QString &connection, QObject *parent = nullptr);

    /// Reads every thing into the index; returns how many.
    int load();
    /// Follows @p shadows and @p alerts from now on, and the registry every few seconds (things
    /// the factory tools register in their own process).
    void follow(const ShadowService *shadows, const alerts::AlertService *alerts);
    /// Reads the things registered since the last look.
    void refreshRegistry();
    /// Folds the shadows that changed since the last time into the index.
    void flush();

    /// How long changed shadows wait to be folded in together (the index's lag, at most).
    static constexpr int foldMs = 50;

    static constexpr int registryLookMs = 3000;

private:
    void onShadow(const QString &thing, const shadow::ShadowDocument &document);
    /// The registry's part of @p thing (its model, its groups) into the index.
    void loadRegistry(const QString &thing);

    FleetIndex *m_index;
    QString m_connection;
    qint64 m_registeredSince = 0; ///< `things.created` of the newest thing read
    QTimer m_registryLook;
    QTimer m_fold;
    QHash<QString, shadow::ShadowDocument> m_changed; ///< the latest of each, since the last fold
};

/// The fleet feed as a feature of the MQTT plane (FleetFeature.cpp); none without an index.
std::unique_ptr<PlaneFeature> makeFleetFeature(const PlaneContext &context);

} // namespace larder::cloud::fleet

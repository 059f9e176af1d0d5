// SPDX-License-Identifier: MIT
#pragma once

#include "CloudFixture.h"

#include "api/ApiClient.h"
#include "inventory/InventoryStore.h"
#include "inventory/InventorySync.h"
#include "inventory/RestInventoryChannel.h"
#include "mqtt/MqttClient.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

/// One device of a family member, as the owner app wires it: its own local store, REST client
/// and MQTT connection, and a fridge's list kept in step (under QAbstractItemModelTester).
/// Offline (@p online false), its REST calls go to a closed port and it has no feed. With
/// @p kind Shopping, @p thing is a family id and the list its shopping list. Benchmarks pass
/// @p checkModel false (the tester checks the whole model on every signal).
struct MemberDevice
{
    MemberDevice(CloudFixture &cloud, const QJsonObject &profile, const QString &token,
                 const QString &storePath, const QString &name, const QString &thing,
                 bool online = true,
                 larder::inventory::RestInventoryChannel::Kind kind =
                     larder::inventory::RestInventoryChannel::Kind::Fridge,
                 bool checkModel = true);

    /// The quantity shown for @p id, or −1 when it is not shown.
    double quantityOf(const QString &id) const;
    bool shows(const QString &id) const { return sync->items()->find(id) != nullptr; }

    QNetworkAccessManager network;
    larder::api::ApiClient api;
    larder::inventory::RestInventoryChannel channel;
    larder::mqtt::MqttClient mqtt;
    larder::inventory::InventoryStore store;
    bool opened = false;
    std::unique_ptr<larder::inventory::InventorySync> sync;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

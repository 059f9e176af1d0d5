// SPDX-License-Identifier: MIT
#pragma once

#include "Ingredient.h"

#include <QString>

#include <memory>

class QObject;

namespace larder::mqtt {
class MqttClient;
}

namespace larder::inventory {

class InventoryStore;
class InventorySync;
class TabletInventoryChannel;

/// One list the door tablet keeps (its fridge's ingredients, its family's shopping list): the
/// local store in the device folder, the channel over the tablet's own connection and the sync
/// between them, made and taken down together in the right order.
class TabletList
{
public:
    TabletList(mqtt::MqttClient *device, const QString &thing, const QString &feature,
               const QString &storePath, const Author &me, QObject *parent);
    ~TabletList();
    TabletList(const TabletList &) = delete;
    TabletList &operator=(const TabletList &) = delete;

    InventorySync *sync() const { return m_sync; }
    /// Drops what is kept here of the list (a fridge that left its family keeps none).
    void forget();

private:
    QString m_thing;
    std::unique_ptr<InventoryStore> m_store;
    TabletInventoryChannel *m_channel = nullptr;
    InventorySync *m_sync = nullptr;
};

} // namespace larder::inventory

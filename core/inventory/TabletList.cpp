// SPDX-License-Identifier: MIT
#include "TabletList.h"
#include "InventoryStore.h"
#include "InventorySync.h"
#include "TabletInventoryChannel.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTabletList, "larder.kiosk.lists", QtInfoMsg)

namespace larder::inventory {

TabletList::TabletList(mqtt::MqttClient *device, const QString &thing, const QString &feature,
                       const QString &storePath, const Author &me, QObject *parent)
    : m_thing(thing), m_store(std::make_unique<InventoryStore>(
                          storePath, QStringLiteral("larder-kiosk-") + feature))
{
    QString error;
    if (!m_store->open(&error))
        qCWarning(lcTabletList) << "the local" << feature << "store cannot be opened:" << error;
    m_channel = new TabletInventoryChannel(device, thing, feature, parent);
    m_sync = new InventorySync(m_channel, device, m_store.get(), thing, me, parent);
    m_sync->start();
}

TabletList::~TabletList()
{
    // The sync goes before the channel and the store it uses.
    delete m_sync;
    delete m_channel;
}

void TabletList::forget()
{
    m_store->forget(m_thing);
}

} // namespace larder::inventory

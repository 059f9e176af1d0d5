// SPDX-License-Identifier: MIT
#include "FridgeSelection.h"
#include "FridgeController.h"

#include "commands/Commands.h"
#include "family/FamiliesModel.h"
#include "history/TemperatureHistory.h"
#include "inventory/InventorySync.h"
#include "inventory/ShelfPhotos.h"

#include <QSettings>

#include <algorithm>

namespace larder::fridge {

FridgeSelection::FridgeSelection(mqtt::MqttClient *client, family::FamiliesModel *families,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_families(families)
{
    connect(m_families, &family::FamiliesModel::familiesChanged, this, &FridgeSelection::rebuild);
    rebuild();
}

FridgeSelection::~FridgeSelection()
{
    if (m_fridge)
        m_fridge->stop();
}

void FridgeSelection::rebuild()
{
    const QString current =
        m_fridge ? m_fridge->thing() : QSettings().value(QLatin1String(settingsKey)).toString();
    QList<FridgeListModel::Row> rows;
    for (const family::Family &family : m_families->families())
        for (const family::FamilyDevice &device : family.devices)
            rows.append({device.deviceId, device.deviceName, family.familyId, family.name,
                         device.deviceId == m_shown});
    // By family, then fridge, whatever order the families' details arrived in.
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (const int byFamily = QString::localeAwareCompare(a.familyName, b.familyName))
            return byFamily < 0;
        return QString::localeAwareCompare(a.deviceName, b.deviceName) < 0;
    });
    m_fridges.show(rows);

    // Keep the fridge on screen if it is still ours; else the remembered one; else the first.
    const FridgeListModel::Row *chosen = m_fridges.find(current);
    if (!chosen && !m_fridges.rows().isEmpty())
        chosen = &m_fridges.rows().constFirst();
    show(chosen);
}

void FridgeSelection::select(const QString &deviceId)
{
    if (const FridgeListModel::Row *entry = m_fridges.find(deviceId)) {
        show(entry);
        QSettings().setValue(QLatin1String(settingsKey), deviceId);
    }
}

void FridgeSelection::show(const FridgeListModel::Row *entry)
{
    const QString thing = entry ? entry->deviceId : QString();
    const QString familyId = entry ? entry->familyId : QString();
    const QString familyName = entry ? entry->familyName : QString();
    const QString deviceName = entry ? entry->deviceName : QString();
    if (m_fridge && m_fridge->thing() == thing) {
        if (familyId != m_familyId || familyName != m_familyName) {
            m_familyId = familyId;
            m_familyName = familyName;
            emit fridgeChanged();
            followShopping();
        }
        return;
    }
    FridgeController *previous = m_fridge;
    const QHash<QString, QObject *> previousFeatures = std::exchange(m_features, {});
    m_fridge = nullptr;
    if (!thing.isEmpty()) {
        m_fridge = new FridgeController(m_client, thing, deviceName, this);
        m_fridge->start();
        for (auto it = m_featureFactories.cbegin(); it != m_featureFactories.cend(); ++it)
            m_features.insert(it.key(), it.value()(thing, familyId, this));
    }
    m_familyId = familyId;
    m_familyName = familyName;
    markCurrent();
    emit fridgeChanged();
    followShopping();
    if (previous) {
        previous->stop();
        previous->deleteLater(); // the screen may still be bound to it until it rebinds
    }
    for (QObject *feature : previousFeatures)
        if (feature)
            feature->deleteLater();
}

inventory::InventorySync *FridgeSelection::inventory() const
{
    return qobject_cast<inventory::InventorySync *>(
        m_features.value(QLatin1String(inventoryFeature)));
}

inventory::ShelfPhotos *FridgeSelection::lookInside() const
{
    return qobject_cast<inventory::ShelfPhotos *>(
        m_features.value(QLatin1String(lookInsideFeature)));
}

history::TemperatureHistory *FridgeSelection::history() const
{
    return qobject_cast<history::TemperatureHistory *>(
        m_features.value(QLatin1String(historyFeature)));
}

commands::Commands *FridgeSelection::commands() const
{
    return qobject_cast<commands::Commands *>(m_features.value(QLatin1String(commandsFeature)));
}

void FridgeSelection::addFeature(const QString &name, FeatureFactory factory)
{
    m_featureFactories.insert(name, std::move(factory));
}

void FridgeSelection::followShopping()
{
    if (m_shopping && m_shopping->thing() == m_familyId)
        return;
    inventory::InventorySync *previous = std::exchange(m_shopping, nullptr);
    if (!m_familyId.isEmpty() && m_shoppingFactory)
        m_shopping = m_shoppingFactory(m_familyId, this);
    emit shoppingChanged();
    if (previous)
        previous->deleteLater();
    followBoard();
}

void FridgeSelection::followBoard()
{
    if (m_board && m_boardFamily == m_familyId)
        return;
    board::Board *previous = std::exchange(m_board, nullptr);
    m_boardFamily = m_familyId;
    if (!m_familyId.isEmpty() && m_boardFactory)
        m_board = m_boardFactory(m_familyId, this);
    emit boardChanged();
    if (previous)
        previous->deleteLater();
}

void FridgeSelection::markCurrent()
{
    m_shown = m_fridge ? m_fridge->thing() : QString();
    QList<FridgeListModel::Row> rows = m_fridges.rows();
    for (FridgeListModel::Row &row : rows)
        row.isCurrent = row.deviceId == m_shown;
    m_fridges.show(rows);
}

} // namespace larder::fridge

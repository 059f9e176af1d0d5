// SPDX-License-Identifier: MIT
#include "FridgeSelection.h"
#include "FridgeController.h"

#include "api/FamiliesModel.h"

#include <QSettings>

namespace larder::fridge {

FridgeSelection::FridgeSelection(mqtt::MqttClient *client, api::FamiliesModel *families,
                                 QObject *parent)
    : QObject(parent), m_client(client), m_families(families)
{
    connect(m_families, &QAbstractItemModel::modelReset, this, &FridgeSelection::rebuild);
    rebuild();
}

FridgeSelection::~FridgeSelection()
{
    if (m_fridge)
        m_fridge->stop();
}

void FridgeSelection::rebuild()
{
    QVariantList fridges;
    for (int row = 0; row < m_families->rowCount(); ++row) {
        const QModelIndex index = m_families->index(row);
        const QString familyId = index.data(api::FamiliesModel::FamilyIdRole).toString();
        const QString familyName = index.data(api::FamiliesModel::NameRole).toString();
        for (const QVariant &device : index.data(api::FamiliesModel::DevicesRole).toList()) {
            QVariantMap entry = device.toMap();
            const QString name = entry.value(QStringLiteral("deviceName")).toString();
            if (name.isEmpty())
                entry.insert(QStringLiteral("deviceName"), entry.value(QStringLiteral("deviceId")));
            entry.insert(QStringLiteral("familyId"), familyId);
            entry.insert(QStringLiteral("familyName"), familyName);
            fridges.append(entry);
        }
    }
    if (fridges != m_fridges) {
        m_fridges = fridges;
        emit fridgesChanged();
    }

    // Keep the fridge on screen if it is still ours; else the remembered one; else the first.
    const QString current =
        m_fridge ? m_fridge->thing() : QSettings().value(QLatin1String(settingsKey)).toString();
    QVariantMap chosen;
    for (const QVariant &entry : std::as_const(m_fridges))
        if (entry.toMap().value(QStringLiteral("deviceId")).toString() == current)
            chosen = entry.toMap();
    if (chosen.isEmpty() && !m_fridges.isEmpty())
        chosen = m_fridges.constFirst().toMap();
    show(chosen);
}

void FridgeSelection::select(const QString &deviceId)
{
    for (const QVariant &entry : std::as_const(m_fridges)) {
        if (entry.toMap().value(QStringLiteral("deviceId")).toString() == deviceId) {
            show(entry.toMap());
            QSettings().setValue(QLatin1String(settingsKey), deviceId);
            return;
        }
    }
}

void FridgeSelection::show(const QVariantMap &entry)
{
    const QString thing = entry.value(QStringLiteral("deviceId")).toString();
    const QString familyId = entry.value(QStringLiteral("familyId")).toString();
    const QString familyName = entry.value(QStringLiteral("familyName")).toString();
    if (m_fridge && m_fridge->thing() == thing) {
        if (familyId != m_familyId || familyName != m_familyName) {
            m_familyId = familyId;
            m_familyName = familyName;
            emit fridgeChanged();
        }
        return;
    }
    FridgeController *previous = m_fridge;
    m_fridge = nullptr;
    if (!thing.isEmpty()) {
        m_fridge = new FridgeController(m_client, thing,
                                        entry.value(QStringLiteral("deviceName")).toString(), this);
        m_fridge->start();
    }
    m_familyId = familyId;
    m_familyName = familyName;
    emit fridgeChanged();
    if (previous) {
        previous->stop();
        previous->deleteLater(); // the screen may still be bound to it until it rebinds
    }
}

} // namespace larder::fridge

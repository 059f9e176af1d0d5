// SPDX-License-Identifier: MIT
#include "FridgeListModel.h"

namespace larder::fridge {

int FridgeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FridgeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DeviceIdRole:
        return row.deviceId;
    case Qt::DisplayRole:
    case DeviceNameRole:
        return row.deviceName;
    case FamilyIdRole:
        return row.familyId;
    case FamilyNameRole:
        return row.familyName;
    case IsCurrentRole:
        return row.isCurrent;
    default:
        return {};
    }
}

QHash<int, QByteArray> FridgeListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},
            {DeviceNameRole, "deviceName"},
            {FamilyIdRole, "familyId"},
            {FamilyNameRole, "familyName"},
            {IsCurrentRole, "isCurrent"}};
}

const FridgeListModel::Row *FridgeListModel::find(const QString &deviceId) const
{
    for (const Row &row : m_rows)
        if (row.deviceId == deviceId)
            return &row;
    return nullptr;
}

void FridgeListModel::show(const QList<Row> &rows)
{
    replaceRows(m_rows, rows);
}

} // namespace larder::fridge

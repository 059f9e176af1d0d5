// SPDX-License-Identifier: MIT
#include "FamilyDevicesModel.h"

namespace larder::family {

int FamilyDevicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FamilyDevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DeviceIdRole:
        return row.device.deviceId;
    case Qt::DisplayRole:
    case DeviceNameRole:
        return row.device.deviceName;
    case MayRemoveRole:
        return row.mayRemove;
    default:
        return {};
    }
}

QHash<int, QByteArray> FamilyDevicesModel::roleNames() const
{
    return {
        {DeviceIdRole, "deviceId"}, {DeviceNameRole, "deviceName"}, {MayRemoveRole, "mayRemove"}};
}

void FamilyDevicesModel::show(const Family *family)
{
    QList<Row> rows;
    if (family)
        for (const FamilyDevice &device : family->devices)
            rows.append({device, rules::mayManage(*family)});
    replaceRows(m_rows, rows);
}

} // namespace larder::family

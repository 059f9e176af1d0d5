// SPDX-License-Identifier: MIT
#pragma once

#include "Family.h"
#include "common/ListModelBase.h"

#include <QtQml/qqmlregistration.h>

namespace larder::family {

/// The fridges of one family, and whether the signed-in user may remove them. Filled by
/// FamilyDetails.
class FamilyDevicesModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a FamilyDetails' devices")

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        DeviceNameRole,
        MayRemoveRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        FamilyDevice device;
        bool mayRemove = false;

        QString key() const { return device.key(); }
        bool operator==(const Row &) const = default;
    };

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows @p family's fridges (nullptr: none).
    void show(const Family *family);

private:
    QList<Row> m_rows;
};

} // namespace larder::family

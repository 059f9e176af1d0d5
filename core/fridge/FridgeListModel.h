// SPDX-License-Identifier: MIT
#pragma once

#include "common/ListModelBase.h"

#include <QtQml/qqmlregistration.h>

namespace larder::fridge {

/// Every fridge the signed-in user may use, across their families, and which one is on screen.
/// Filled by FridgeSelection.
class FridgeListModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("a FridgeSelection's fridges")

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        DeviceNameRole,
        FamilyIdRole,
        FamilyNameRole,
        IsCurrentRole,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString deviceId;
        QString deviceName;
        QString familyId;
        QString familyName;
        bool isCurrent = false;

        QString key() const { return deviceId; }
        bool operator==(const Row &) const = default;
    };

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<Row> &rows() const { return m_rows; }
    /// The row of @p deviceId, or nullptr.
    const Row *find(const QString &deviceId) const;
    void show(const QList<Row> &rows);

private:
    QList<Row> m_rows;
};

} // namespace larder::fridge

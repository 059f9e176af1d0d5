// SPDX-License-Identifier: MIT
#pragma once

#include "common/ListModelBase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QtQml/qqmlregistration.h>

namespace larder::alerts {

/// One alert as the apps show it (an event the rules raised; docs/api.md, "Alerts").
struct AlertRow
{
    QString id, deviceId, deviceName, type, condition, message;
    bool open = false, ack = false, suppress = false;
    bool raised = true;   ///< false: the event that cleared an alert (the history has both)
    qint64 createdAt = 0; ///< ms
    double value = 0;     ///< the temperature (°C), or the minutes open or offline
    double limit = 0;     ///< a temperature's limit (°C); 0 for the other conditions
    qint64 since = 0;     ///< when the condition began (ms); 0 when the cloud did not say
    QString key() const { return id; }
    bool operator==(const AlertRow &) const = default;
    static AlertRow fromJson(const QJsonObject &event);
};

/// Alerts (or a fridge's events), newest first, for a list view. Filled by Alerts.
class AlertsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Alerts' list")

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DeviceIdRole,
        DeviceNameRole,
        TypeRole,      ///< "error" or "warning"
        ConditionRole, ///< "doorOpen", "fridgeWarm", "freezerWarm", "offline"
        MessageRole,
        OpenRole,     ///< the condition still holds
        AckRole,      ///< someone in the family acknowledged it
        SuppressRole, ///< someone in the family suppressed it (it counts for nobody)
        RaisedRole,   ///< false: a clearing (in a fridge's history)
        CreatedAtRole,
    };
    Q_ENUM(Role)

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const QList<AlertRow> &rows() const { return m_rows; }
    void show(QList<AlertRow> rows);

private:
    QList<AlertRow> m_rows;
};

} // namespace larder::alerts

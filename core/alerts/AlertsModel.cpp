// SPDX-License-Identifier: MIT
#include "AlertsModel.h"
#include "AlertWords.h"

namespace larder::alerts {

AlertRow AlertRow::fromJson(const QJsonObject &event)
{
    const QJsonObject details = event.value(u"details").toObject();
    return {event.value(u"id").toString(),
            event.value(u"deviceId").toString(),
            event.value(u"deviceName").toString(),
            event.value(u"type").toString(),
            details.value(u"condition").toString(),
            event.value(u"message").toString(),
            details.value(u"open").toBool(),
            event.value(u"ack").toBool(),
            event.value(u"suppress").toBool(),
            details.value(u"state").toString() != u"cleared",
            qint64(event.value(u"createdAt").toDouble()),
            event.value(u"value").toDouble(),
            details.value(u"limit").toDouble(),
            qint64(details.value(u"since").toDouble())};
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case DeviceIdRole:
        return row.deviceId;
    case DeviceNameRole:
        return row.deviceName;
    case TypeRole:
        return row.type;
    case ConditionRole:
        return row.condition;
    case Qt::DisplayRole:
    case MessageRole:
        return AlertWords::sentence(row);
    case OpenRole:
        return row.open;
    case AckRole:
        return row.ack;
    case SuppressRole:
        return row.suppress;
    case RaisedRole:
        return row.raised;
    case CreatedAtRole:
        return QDateTime::fromMSecsSinceEpoch(row.createdAt);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    return {{IdRole, "alertId"},
            {DeviceIdRole, "deviceId"},
            {DeviceNameRole, "deviceName"},
            {TypeRole, "type"},
            {ConditionRole, "condition"},
            {MessageRole, "message"},
            {OpenRole, "open"},
            {AckRole, "ack"},
            {SuppressRole, "suppressed"},
            {RaisedRole, "raised"},
            {CreatedAtRole, "createdAt"}};
}

void AlertsModel::show(QList<AlertRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const AlertRow &a, const AlertRow &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    replaceRows(m_rows, std::move(rows));
}

} // namespace larder::alerts

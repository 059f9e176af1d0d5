// SPDX-License-Identifier: MIT
#include "RecordsModel.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace larder {

RecordsModel::RecordsModel(QByteArrayList roles, QByteArray keyRole, QObject *parent)
    : ListModelBase(parent), m_roles(std::move(roles)), m_keyRole(std::move(keyRole))
{
}

int RecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int field = role - Qt::UserRole - 1;
    if (field < 0 || field >= m_roles.size())
        return {};
    return m_rows.at(index.row()).values.value(QString::fromLatin1(m_roles.at(field)));
}

QHash<int, QByteArray> RecordsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

void RecordsModel::setRecords(const QList<QVariantMap> &records)
{
    QList<Row> next;
    next.reserve(records.size());
    for (const QVariantMap &record : records) {
        // Only the fields shown: a field the view never reads changes no row.
        QVariantMap values;
        for (const QByteArray &role : std::as_const(m_roles)) {
            const QString name = QString::fromLatin1(role);
            values.insert(name, record.value(name));
        }
        const QString id =
            m_keyRole.isEmpty()
                ? QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(values))
                                        .toJson(QJsonDocument::Compact))
                : values.value(QString::fromLatin1(m_keyRole)).toString();
        next.append({id, values});
    }
    replaceRows(m_rows, std::move(next));
}

QVariantMap RecordsModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).values : QVariantMap();
}

QList<QVariantMap> RecordsModel::records() const
{
    QList<QVariantMap> out;
    for (const Row &row : m_rows)
        out.append(row.values);
    return out;
}

} // namespace larder

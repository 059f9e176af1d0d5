// SPDX-License-Identifier: MIT
#pragma once

#include "ListModelBase.h"

#include <QByteArrayList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace larder {

/// A list of records read from the cloud as JSON objects (the inspector's events, timeline and
/// reports, a family's audit trail…), shown as they are: one role per field, named at
/// construction, and a row's identity from its `keyRole` field (or, where it has none, from all
/// its fields), so that a new read changes only the rows that changed and a view keeps its
/// delegates. Delegates read the fields as `required property` roles.
class RecordsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made by the object that reads its records")

public:
    /// @p roles: the fields shown; @p keyRole: the one that tells rows apart ("" for the whole
    /// record).
    RecordsModel(QByteArrayList roles, QByteArray keyRole, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows @p records, in their order (a later record with a key already seen is dropped).
    void setRecords(const QList<QVariantMap> &records);
    /// Row @p row's record; empty outside the list.
    Q_INVOKABLE QVariantMap get(int row) const;
    QList<QVariantMap> records() const;

private:
    struct Row
    {
        QString id;
        QVariantMap values;
        QString key() const { return id; }
        bool operator==(const Row &) const = default;
    };
    QByteArrayList m_roles;
    QByteArray m_keyRole;
    QList<Row> m_rows;
};

} // namespace larder

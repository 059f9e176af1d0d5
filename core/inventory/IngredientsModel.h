// SPDX-License-Identifier: MIT
#pragma once

#include "Ingredient.h"
#include "common/ListModelBase.h"

#include <QtQml/qqmlregistration.h>

namespace larder::inventory {

/// One fridge's list as the screens show it: the cloud's items with this device's unconfirmed
/// changes applied on top (`pending`), live items only, by category and name. Filled by
/// InventorySync.
class IngredientsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("an InventorySync's items")
    /// The categories on the list, in their order, with how many items each:
    /// `[{category, count}…]` (the kiosk's category tiles).
    Q_PROPERTY(QVariantList categoryCounts READ categoryCounts NOTIFY categoryCountsChanged)

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        QuantityRole,
        UnitRole,
        CompartmentRole,
        BestBeforeRole, ///< QDate, invalid when none
        NoteRole,
        AddedByRole,     ///< who, as people read it
        AddedByKindRole, ///< "member", "tablet" or "camera"
        AddedAtRole,     ///< QDateTime
        NearBestBeforeRole,
        PendingRole,   ///< changed here, not confirmed by the cloud yet
        SearchKeyRole, ///< the name folded for searching (IngredientFilter::folded), made once
        AddedByMeRole, ///< added by the person looking (the lists say "you")
    };
    Q_ENUM(Role)

    struct Row
    {
        Ingredient item;
        bool pending = false;
        QString searchKey; ///< filled by show()

        QString key() const { return item.id; }
        bool operator==(const Row &) const = default;
    };

    using ListModelBase::ListModelBase;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows @p rows (removed items are left out; sorted by category, then name).
    void show(QList<Row> rows);
    /// Shows one changed row (a removed one leaves): one insertion, removal or dataChanged,
    /// without refolding and resorting the rest (a change arriving on a long list).
    void showOne(Row row);
    const QList<Row> &rows() const { return m_rows; }
    /// The row of @p id, or nullptr.
    const Row *find(const QString &id) const;
    QVariantList categoryCounts() const { return m_categoryCounts; }
    /// Who is looking (a member's sub): their rows are "added by you".
    void setViewerId(const QString &id) { m_viewerId = id; }

signals:
    void categoryCountsChanged();

private:
    void countCategories();

    QList<Row> m_rows;
    QVariantList m_categoryCounts;
    QString m_viewerId;
};

} // namespace larder::inventory

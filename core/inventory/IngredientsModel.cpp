// SPDX-License-Identifier: MIT
#include "IngredientsModel.h"
#include "IngredientFilter.h"

#include <QDateTime>

namespace larder::inventory {

int IngredientsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant IngredientsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Ingredient &item = row.item;
    switch (role) {
    case ItemIdRole:
        return item.id;
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case CategoryRole:
        return item.category;
    case QuantityRole:
        return item.quantity;
    case UnitRole:
        return item.unit;
    case CompartmentRole:
        return item.compartment;
    case BestBeforeRole:
        return item.bestBefore;
    case NoteRole:
        return item.note;
    case AddedByRole:
        return item.addedBy.name;
    case AddedByKindRole:
        return item.addedBy.kind;
    case AddedAtRole:
        return item.addedAt > 0 ? QDateTime::fromSecsSinceEpoch(item.addedAt) : QDateTime();
    case NearBestBeforeRole:
        return nearBestBefore(item, QDate::currentDate());
    case PendingRole:
        return row.pending;
    case SearchKeyRole:
        return row.searchKey;
    default:
        return {};
    }
}

QHash<int, QByteArray> IngredientsModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {CategoryRole, "category"},
            {QuantityRole, "quantity"},
            {UnitRole, "unit"},
            {CompartmentRole, "compartment"},
            {BestBeforeRole, "bestBefore"},
            {NoteRole, "note"},
            {AddedByRole, "addedBy"},
            {AddedByKindRole, "addedByKind"},
            {AddedAtRole, "addedAt"},
            {NearBestBeforeRole, "nearBestBefore"},
            {PendingRole, "pending"}};
}

void IngredientsModel::show(QList<Row> rows)
{
    rows.removeIf([](const Row &row) { return row.item.removed; });
    for (Row &row : rows)
        row.searchKey = IngredientFilter::folded(row.item.name);
    // By category (the contract's order), then name: the order the list shows by default, so
    // the filter in front of it need not sort.
    static const QHash<QString, int> rank = [] {
        QHash<QString, int> ranks;
        for (int i = 0; i < categories().size(); ++i)
            ranks.insert(categories().at(i), i);
        return ranks;
    }();
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        const int ca = rank.value(a.item.category, 99), cb = rank.value(b.item.category, 99);
        if (ca != cb)
            return ca < cb;
        const int byName = QString::compare(a.searchKey, b.searchKey);
        return byName != 0 ? byName < 0 : a.item.id < b.item.id;
    });
    replaceRows(m_rows, rows);
    QVariantList counts;
    for (const Row &row : std::as_const(m_rows)) {
        if (counts.isEmpty() ||
            counts.constLast().toMap().value(QStringLiteral("category")) != row.item.category)
            counts.append(QVariantMap{{QStringLiteral("category"), row.item.category},
                                      {QStringLiteral("count"), 0}});
        QVariantMap last = counts.takeLast().toMap();
        last[QStringLiteral("count")] = last.value(QStringLiteral("count")).toInt() + 1;
        counts.append(last);
    }
    if (counts != m_categoryCounts) {
        m_categoryCounts = counts;
        emit categoryCountsChanged();
    }
}

const IngredientsModel::Row *IngredientsModel::find(const QString &id) const
{
    for (const Row &row : m_rows)
        if (row.item.id == id)
            return &row;
    return nullptr;
}

} // namespace larder::inventory

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
    case AddedByMeRole:
        return !m_viewerId.isEmpty() && item.addedBy.kind == u"member" &&
               item.addedBy.id == m_viewerId;
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
            {AddedByMeRole, "addedByMe"},
            {AddedAtRole, "addedAt"},
            {NearBestBeforeRole, "nearBestBefore"},
            {PendingRole, "pending"}};
}

namespace {
/// By category (the contract's order), then name, then id: the order the list shows by
/// default, so the filter in front of it need not sort.
bool before(const IngredientsModel::Row &a, const IngredientsModel::Row &b)
{
    static const QHash<QString, int> rank = [] {
        QHash<QString, int> ranks;
        for (int i = 0; i < categories().size(); ++i)
            ranks.insert(categories().at(i), i);
        return ranks;
    }();
    const int ca = rank.value(a.item.category, 99), cb = rank.value(b.item.category, 99);
    if (ca != cb)
        return ca < cb;
    const int byName = QString::compare(a.searchKey, b.searchKey);
    return byName != 0 ? byName < 0 : a.item.id < b.item.id;
}
} // namespace

void IngredientsModel::show(QList<Row> rows)
{
    rows.removeIf([](const Row &row) { return row.item.removed; });
    // Folding is the costly part of a layout: names already shown keep their key.
    QHash<QString, const Row *> shown;
    shown.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        shown.insert(row.item.id, &row);
    for (Row &row : rows) {
        const Row *before = shown.value(row.item.id);
        row.searchKey = before && before->item.name == row.item.name
                            ? before->searchKey
                            : IngredientFilter::folded(row.item.name);
    }
    std::stable_sort(rows.begin(), rows.end(), before);
    replaceRows(m_rows, rows);
    countCategories();
}

void IngredientsModel::showOne(Row row)
{
    row.searchKey = IngredientFilter::folded(row.item.name);
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                    [&](const Row &shown) { return shown.item.id == row.item.id; });
    const int at = found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
    if (at >= 0) {
        const Row &shown = m_rows.at(at);
        const bool samePlace = !row.item.removed && shown.item.category == row.item.category &&
                               shown.searchKey == row.searchKey;
        if (samePlace) {
            if (!(shown == row)) {
                m_rows[at] = std::move(row);
                emit dataChanged(index(at), index(at));
            }
            return;
        }
        beginRemoveRows({}, at, at);
        m_rows.removeAt(at);
        endRemoveRows();
    }
    if (!row.item.removed) {
        const int to =
            int(std::lower_bound(m_rows.cbegin(), m_rows.cend(), row, before) - m_rows.cbegin());
        beginInsertRows({}, to, to);
        m_rows.insert(to, std::move(row));
        endInsertRows();
    }
    countCategories();
}

void IngredientsModel::countCategories()
{
    QVariantList counts;
    QString category;
    int count = 0;
    const auto close = [&] {
        if (count > 0)
            counts.append(QVariantMap{{QStringLiteral("category"), category},
                                      {QStringLiteral("count"), count}});
    };
    for (const Row &row : std::as_const(m_rows)) {
        if (row.item.category != category) {
            close();
            category = row.item.category;
            count = 0;
        }
        ++count;
    }
    close();
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

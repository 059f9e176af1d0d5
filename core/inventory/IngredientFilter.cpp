// SPDX-License-Identifier: MIT
#include "IngredientFilter.h"
#include "IngredientsModel.h"

namespace larder::inventory {

IngredientFilter::IngredientFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &IngredientFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &IngredientFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &IngredientFilter::countChanged);
}

IngredientsModel *IngredientFilter::source() const
{
    return qobject_cast<IngredientsModel *>(sourceModel());
}

void IngredientFilter::setSource(IngredientsModel *source)
{
    if (sourceModel() == source)
        return;
    setSourceModel(source);
    sortForGroup();
    emit sourceChanged();
    emit countChanged();
}

QString IngredientFilter::folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

void IngredientFilter::setSearch(const QString &search)
{
    if (m_search == search)
        return;
    m_search = search;
    m_foldedSearch = folded(search.trimmed());
    refilter();
    emit searchChanged();
}

void IngredientFilter::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    refilter();
    emit categoryChanged();
}

void IngredientFilter::setGroupBy(const QString &groupBy)
{
    if (m_groupBy == groupBy ||
        (groupBy != u"category" && groupBy != u"compartment" && groupBy != u"urgency"))
        return;
    m_groupBy = groupBy;
    sortForGroup();
    emit groupByChanged();
}

void IngredientFilter::setSoonOnly(bool soonOnly)
{
    if (m_soonOnly == soonOnly)
        return;
    m_soonOnly = soonOnly;
    sortForGroup();
    refilter();
    emit soonOnlyChanged();
}

void IngredientFilter::sortForGroup()
{
    m_today = QDate::currentDate();
    // The source is in category order already: sorting again is needed for the others only.
    sort(m_groupBy == u"category" && !m_soonOnly ? -1 : 0);
}

bool IngredientFilter::soon(const QModelIndex &index) const
{
    return index.data(IngredientsModel::NearBestBeforeRole).toBool();
}

QString IngredientFilter::groupOf(const QModelIndex &index) const
{
    if ((m_groupBy == u"urgency" || m_soonOnly) && soon(index))
        return QLatin1String(soonGroup);
    return index.data(groupRole()).toString();
}

void IngredientFilter::refilter()
{
    m_today = QDate::currentDate();
    invalidateRowsFilter();
    emit countChanged();
}

int IngredientFilter::groupRole() const
{
    return m_groupBy == u"compartment" ? IngredientsModel::CompartmentRole
                                       : IngredientsModel::CategoryRole;
}

bool IngredientFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // The typed rows directly (every keystroke reads all of them): no index or QVariant each.
    if (const IngredientsModel *rows = source(); rows && sourceRow < rows->rows().size()) {
        const IngredientsModel::Row &row = rows->rows().at(sourceRow);
        if (!m_category.isEmpty() && row.item.category != m_category)
            return false;
        if (m_soonOnly && !nearBestBefore(row.item, m_today))
            return false;
        return m_foldedSearch.isEmpty() || row.searchKey.contains(m_foldedSearch);
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() &&
        index.data(IngredientsModel::CategoryRole).toString() != m_category)
        return false;
    if (m_soonOnly && !soon(index))
        return false;
    return m_foldedSearch.isEmpty() ||
           index.data(IngredientsModel::SearchKeyRole).toString().contains(m_foldedSearch);
}

bool IngredientFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // By urgency, from the typed rows (a sort of 10,000 compares ~140,000 pairs): what to use
    // soon first, soonest first; the rest keep the source's own order, by category then name.
    const IngredientsModel *rows = source();
    if ((m_groupBy == u"urgency" || m_soonOnly) && m_groupBy != u"compartment" && rows &&
        left.row() < rows->rows().size() && right.row() < rows->rows().size()) {
        const Ingredient &a = rows->rows().at(left.row()).item;
        const Ingredient &b = rows->rows().at(right.row()).item;
        const bool aSoon = nearBestBefore(a, m_today), bSoon = nearBestBefore(b, m_today);
        if (aSoon != bSoon)
            return aSoon;
        if (aSoon && a.bestBefore != b.bestBefore)
            return a.bestBefore < b.bestBefore;
        return left.row() < right.row();
    }
    // What to use soon first, soonest (then by name).
    const QString leftGroup = groupOf(left), rightGroup = groupOf(right);
    const bool leftSoon = leftGroup == QLatin1String(soonGroup);
    const bool rightSoon = rightGroup == QLatin1String(soonGroup);
    if (leftSoon != rightSoon)
        return leftSoon;
    if (leftSoon) {
        const QDate a = left.data(IngredientsModel::BestBeforeRole).toDate();
        const QDate b = right.data(IngredientsModel::BestBeforeRole).toDate();
        if (a != b)
            return a < b;
    } else {
        // Groups in the contract's order (dairy before meat…, fridge before freezer before door).
        const QStringList &order = m_groupBy == u"compartment" ? compartments() : categories();
        const qsizetype a = order.indexOf(leftGroup);
        const qsizetype b = order.indexOf(rightGroup);
        if (a != b)
            return a < b;
    }
    return QString::localeAwareCompare(left.data(IngredientsModel::NameRole).toString(),
                                       right.data(IngredientsModel::NameRole).toString()) < 0;
}

QVariant IngredientFilter::data(const QModelIndex &index, int role) const
{
    if (role == GroupRole)
        return groupOf(mapToSource(index));
    return QSortFilterProxyModel::data(index, role);
}

QHash<int, QByteArray> IngredientFilter::roleNames() const
{
    QHash<int, QByteArray> names =
        sourceModel() ? sourceModel()->roleNames() : QHash<int, QByteArray>();
    names.insert(GroupRole, "group");
    return names;
}

} // namespace larder::inventory

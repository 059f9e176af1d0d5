// SPDX-License-Identifier: MIT
#include "SuggestionsModel.h"
#include "IngredientFilter.h"
#include "InventorySync.h"

namespace larder::inventory {

SuggestionsModel::SuggestionsModel(QObject *parent) : ListModelBase(parent)
{
    m_later.setSingleShot(true);
    m_later.setInterval(0);
    connect(&m_later, &QTimer::timeout, this, &SuggestionsModel::recompute);
}

int SuggestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SuggestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Suggestion &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CategoryRole:
        return row.category;
    case UnitRole:
        return row.unit;
    case CompartmentRole:
        return row.compartment;
    case QuantityRole:
        return row.quantity;
    case TimesAddedRole:
        return row.timesAdded;
    default:
        return {};
    }
}

QHash<int, QByteArray> SuggestionsModel::roleNames() const
{
    return {{NameRole, "name"},         {CategoryRole, "category"},
            {UnitRole, "unit"},         {CompartmentRole, "compartment"},
            {QuantityRole, "quantity"}, {TimesAddedRole, "timesAdded"}};
}

void SuggestionsModel::setInventory(InventorySync *inventory)
{
    if (m_inventory == inventory)
        return;
    if (m_inventory)
        disconnect(m_inventory, nullptr, this, nullptr);
    m_inventory = inventory;
    if (m_inventory)
        connect(m_inventory, &InventorySync::knownChanged, &m_later, qOverload<>(&QTimer::start));
    recompute();
    emit inventoryChanged();
}

void SuggestionsModel::setPrefix(const QString &prefix)
{
    if (m_prefix == prefix)
        return;
    m_prefix = prefix;
    recompute();
    emit prefixChanged();
}

void SuggestionsModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    recompute();
    emit limitChanged();
}

void SuggestionsModel::setWithStaples(bool withStaples)
{
    if (m_withStaples == withStaples)
        return;
    m_withStaples = withStaples;
    recompute();
    emit withStaplesChanged();
}

void SuggestionsModel::recompute()
{
    replaceRows(m_rows, m_inventory
                            ? suggest(m_inventory->known(), m_prefix, m_limit, m_withStaples)
                            : QList<Suggestion>());
}

} // namespace larder::inventory

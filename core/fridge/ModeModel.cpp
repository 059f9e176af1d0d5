// SPDX-License-Identifier: MIT
#include "ModeModel.h"
#include "FridgeSpec.h"

namespace larder::fridge {

ModeModel::ModeModel(QObject *parent) : QAbstractListModel(parent)
{
    m_modes = {
        {QStringLiteral("normal"), tr("Normal"), tr("Keeps your setpoints."), QStringLiteral("●")},
        {QStringLiteral("eco"), tr("Eco"), tr("Saves energy, slightly warmer."),
         QStringLiteral("❦")},
        {QStringLiteral("vacation"), tr("Vacation"), tr("Fridge idles at 15 °C, freezer stays on."),
         QStringLiteral("✈")},
        {QStringLiteral("superCool"), tr("Super cool"), tr("Chills fast for 6 hours."),
         QStringLiteral("❄")},
        {QStringLiteral("superFreeze"), tr("Super freeze"), tr("Freezes fast for 24 hours."),
         QStringLiteral("✱")},
    };
    Q_ASSERT(m_modes.size() == FridgeSpec::modes().size());
}

int ModeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modes.size());
}

QVariant ModeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mode &mode = m_modes.at(index.row());
    switch (role) {
    case KeyRole:
        return mode.key;
    case Qt::DisplayRole:
    case LabelRole:
        return mode.label;
    case DescriptionRole:
        return mode.description;
    case SymbolRole:
        return mode.symbol;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModeModel::roleNames() const
{
    return {{KeyRole, "key"},
            {LabelRole, "label"},
            {DescriptionRole, "description"},
            {SymbolRole, "symbol"}};
}

QString ModeModel::labelFor(const QString &key) const
{
    for (const Mode &mode : m_modes)
        if (mode.key == key)
            return mode.label;
    return key;
}

} // namespace larder::fridge

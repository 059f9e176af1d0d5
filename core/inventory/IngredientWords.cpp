// SPDX-License-Identifier: MIT
#include "IngredientWords.h"
#include "Ingredient.h"

#include <QLocale>

namespace larder::inventory {

QStringList IngredientWords::categories()
{
    return inventory::categories();
}

QStringList IngredientWords::units()
{
    return inventory::units();
}

QStringList IngredientWords::compartments()
{
    return inventory::compartments();
}

QString IngredientWords::categoryLabel(const QString &category)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("dairy"), QT_TR_NOOP("Dairy")},
        {QStringLiteral("meat"), QT_TR_NOOP("Meat")},
        {QStringLiteral("fish"), QT_TR_NOOP("Fish")},
        {QStringLiteral("vegetables"), QT_TR_NOOP("Vegetables")},
        {QStringLiteral("fruit"), QT_TR_NOOP("Fruit")},
        {QStringLiteral("drinks"), QT_TR_NOOP("Drinks")},
        {QStringLiteral("leftovers"), QT_TR_NOOP("Leftovers")},
        {QStringLiteral("condiments"), QT_TR_NOOP("Sauces and condiments")},
        {QStringLiteral("bakery"), QT_TR_NOOP("Bakery")},
        {QStringLiteral("frozen"), QT_TR_NOOP("Frozen")},
        {QStringLiteral("other"), QT_TR_NOOP("Other")}};
    const auto label = labels.constFind(category);
    return label == labels.constEnd() ? category : tr(*label);
}

QString IngredientWords::compartmentLabel(const QString &compartment)
{
    if (compartment == u"freezer")
        return tr("freezer");
    if (compartment == u"door")
        return tr("door");
    return tr("fridge");
}

QString IngredientWords::compartmentTitle(const QString &compartment)
{
    if (compartment == u"freezer")
        return tr("In the freezer");
    if (compartment == u"door")
        return tr("In the door");
    return tr("In the fridge");
}

QString IngredientWords::amount(double quantity, const QString &unit)
{
    const bool whole = quantity == double(qint64(quantity));
    const QString number = QLocale().toString(quantity, 'f', whole ? 0 : 1);
    return unit == u"piece" ? number : tr("%1 %2").arg(number, unit);
}

} // namespace larder::inventory

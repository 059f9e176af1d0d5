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
        {QStringLiteral("other"), QT_TR_NOOP("Other")},
        // Not a category: the group of what to use soon (IngredientFilter, by urgency).
        {QStringLiteral("soon"), QT_TR_NOOP("Use soon")}};
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

QString IngredientWords::unitLabel(const QString &unit)
{
    if (unit == u"piece")
        return tr("pieces");
    if (unit == u"pack")
        return tr("packs");
    if (unit == u"g")
        return tr("g", "grams");
    if (unit == u"kg")
        return tr("kg", "kilograms");
    if (unit == u"ml")
        return tr("ml", "millilitres");
    if (unit == u"l")
        return tr("l", "litres");
    return unit;
}

QString IngredientWords::amount(double quantity, const QString &unit)
{
    const bool whole = quantity == double(qint64(quantity));
    const QString number = QLocale().toString(quantity, 'f', whole ? 0 : 1);
    if (unit == u"piece")
        return number;
    if (unit == u"pack")
        return quantity == 1 ? tr("1 pack") : tr("%1 packs").arg(number);
    if (unit == u"g")
        return tr("%1 g").arg(number);
    if (unit == u"kg")
        return tr("%1 kg").arg(number);
    if (unit == u"ml")
        return tr("%1 ml").arg(number);
    if (unit == u"l")
        return tr("%1 l").arg(number);
    return tr("%1 %2", "an amount and its unit").arg(number, unit);
}

} // namespace larder::inventory

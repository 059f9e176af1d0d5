// SPDX-License-Identifier: MIT
#pragma once

#include "Ingredient.h"

#include <QList>
#include <QString>

#include <functional>

/// What to offer someone who is adding an item: the names this fridge has held, most often
/// added first, then most recently added, with the category, unit, compartment and quantity
/// they usually had; and a few staples while the fridge's history is short. Pure.
namespace larder::inventory {

struct Suggestion
{
    QString name;
    QString category;
    QString unit;
    QString compartment;
    double quantity = 1; ///< as last added
    int timesAdded = 0;  ///< 0 for a staple
    qint64 lastAdded = 0;

    QString key() const;
    bool operator==(const Suggestion &) const = default;
};

/// Up to @p limit suggestions from @p known (live and removed items) whose name has a word
/// starting with @p prefix (case- and accent-folded; every name when it is empty). Staples fill
/// what is left when @p withStaples.
/// @p fold folds a name (IngredientFilter::folded; a caller may pass a cached one).
QList<Suggestion> suggest(const QList<Ingredient> &known, const QString &prefix, int limit,
                          bool withStaples = true,
                          const std::function<QString(const QString &)> &fold = {});

/// The staples offered to a new fridge.
const QList<Suggestion> &staples();

} // namespace larder::inventory

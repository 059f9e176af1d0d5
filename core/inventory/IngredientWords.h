// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace larder::inventory {

/// How the screens say an item's words: the API's categories, units and compartments, and
/// their labels in the user's language, so the owner app and the kiosk write them alike.
class IngredientWords : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QStringList categories READ categories CONSTANT)
    Q_PROPERTY(QStringList units READ units CONSTANT)
    Q_PROPERTY(QStringList compartments READ compartments CONSTANT)

public:
    using QObject::QObject;

    static QStringList categories();
    static QStringList units();
    static QStringList compartments();

    Q_INVOKABLE static QString categoryLabel(const QString &category);
    Q_INVOKABLE static QString compartmentLabel(const QString &compartment);
    /// A compartment as a heading: "In the fridge", "In the freezer", "In the door".
    Q_INVOKABLE static QString compartmentTitle(const QString &compartment);
    /// "6", "250 g", "1.5 l", "2 packs" (in the reader's language).
    Q_INVOKABLE static QString amount(double quantity, const QString &unit);
    /// A unit's name in a picker: "pieces", "packs", "g"…
    Q_INVOKABLE static QString unitLabel(const QString &unit);
};

} // namespace larder::inventory

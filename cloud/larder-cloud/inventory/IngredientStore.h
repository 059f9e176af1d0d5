// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/Ingredient.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace larder::cloud {

/// The fridges' ingredient lists in SQLite (schema version 2). Every applied change gets the
/// fridge's next sequence number; a change id seen before is answered as it was the first time
/// and applies nothing (a client's replay after a lost answer). Transactions keep an item, its
/// sequence number and the change id together.
class IngredientStore
{
public:
    /// Where a kind of list lives (schema versions 2 and 3): the fridges' ingredients, keyed by
    /// thing, and the families' shopping lists, keyed by family id, in tables of one shape.
    struct Tables
    {
        QString items, sequences, changes;
        QString key; ///< the column naming the list's owner
        int maxItems = 0;
        QString fullMessage; ///< %1: maxItems
        /// @p statement with {items}, {sequences}, {changes} and {key} filled in.
        QString sql(QString statement) const;
        static Tables ingredients();
        static Tables shopping();
    };
    /// Live items a fridge may hold.
    static constexpr int maxItems = 10'000;

    explicit IngredientStore(const QString &connectionName = QStringLiteral("larder"),
                             Tables tables = Tables::ingredients());

    struct Result
    {
        inventory::Outcome outcome;
        bool replay = false; ///< the change id was applied before: nothing changed now
        bool full = false;   ///< an add refused: the list already holds its most items
        QString fullMessage; ///< why, when full
    };
    /// Applies @p change to @p thing's list (inventory::applyChange); nullopt on a storage
    /// failure (nothing changed).
    std::optional<Result> apply(const QString &thing, const inventory::Change &change);
    /// Applies @p changes in order, in one transaction (a journal replayed in a batch): one
    /// result each, or nullopt on a storage failure (then nothing changed).
    std::optional<QList<Result>> applyAll(const QString &thing,
                                          const QList<inventory::Change> &changes);

    struct Page
    {
        QList<inventory::Ingredient> items;
        qint64 seq = 0;  ///< the fridge's latest change number
        qint64 next = 0; ///< continuation: pass as `after`; 0 when this was the last page
    };
    /// @p thing's items in change order. With @p since ≥ 0, the items changed after it,
    /// removed ones too (a client catching up); with −1, the live items. @p query matches names
    /// (case-folded substring). Pages of @p limit items after the item with seq @p after, and
    /// of at most @p maxBytes of documents when it is positive (an MQTT answer's budget).
    Page list(const QString &thing, const QString &query, qint64 since, qint64 after, int limit,
              qsizetype maxBytes = 0) const;
    std::optional<inventory::Ingredient> find(const QString &thing, const QString &id) const;
    /// The oldest live item of @p thing named @p name (compared case-folded), if any.
    std::optional<inventory::Ingredient> findByName(const QString &thing,
                                                    const QString &name) const;
    /// What the change feed carries for an applied change.
    static QJsonObject feedMessage(const inventory::Change &change, const Result &result);
    /// Removes a fridge's whole list (it left its family).
    bool forget(const QString &thing);

private:
    /// apply() inside the caller's transaction.
    std::optional<Result> applyWithin(const QString &thing, const inventory::Change &change);
    qint64 nextSeq(const QString &thing);
    int liveCount(const QString &thing) const;

    QString m_connection;
    Tables m_tables;
};

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#pragma once

#include "common/LocalDatabase.h"

#include "Ingredient.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace larder::inventory {

/// The app's own copy of its fridges' lists, in SQLite in the app's data folder: the items as
/// the cloud last confirmed them, the last change number seen, and the journal of changes made
/// here that the cloud has not confirmed yet (kept across restarts, replayed with their ids, so
/// nothing typed offline is lost and nothing applies twice).
class InventoryStore
{
public:
    /// @p path: the database file; @p connection: what its Qt SQL connection is named after.
    explicit InventoryStore(const QString &path,
                            const QString &connection = QStringLiteral("larder-inventory"));

    bool open(QString *error);
    /// The default file: `{AppDataLocation}/{name}.sqlite`.
    static QString defaultPath(const QString &name = QStringLiteral("inventory"));

    QList<Ingredient> confirmed(const QString &thing) const;
    qint64 lastSeq(const QString &thing) const;
    /// Keeps @p items as confirmed (the cloud's versions) and @p seq as seen, and drops the
    /// journal's @p settled change ids (the cloud answered them), in one transaction.
    bool saveConfirmed(const QString &thing, const QList<Ingredient> &items, qint64 seq,
                       const QStringList &settled = {});

    QList<Change> journal(const QString &thing) const;
    bool append(const QString &thing, const Change &change);
    bool drop(const QString &thing, const QString &changeId);
    /// Removes everything kept for @p thing (the door tablet's fridge left its family).
    bool forget(const QString &thing);

private:
    LocalDatabase m_db;
};

} // namespace larder::inventory

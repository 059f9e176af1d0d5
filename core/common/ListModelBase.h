// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace larder {

/// The base of Larder's list models over C++ structs: a `count` property, and replaceRows(),
/// which turns a new list into the row insertions, removals, moves and dataChanged a view needs
/// (so a refresh keeps the view's scroll position and delegates). A row type has `key()` (unique
/// in a list) and `operator==`.
class ListModelBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ListModelBase(QObject *parent = nullptr);

    int count() const { return rowCount(); }

signals:
    void countChanged();

protected:
    /// Makes @p rows equal to @p next (later duplicates of a key are dropped) with the fewest
    /// model signals that describe it.
    template <typename Row> void replaceRows(QList<Row> &rows, QList<Row> next);

public:
    /// The rows of a list answer (the seed API's `{"items":[…],"count"}`), each made by
    /// `Row::fromJson`.
    template <typename Row> static QList<Row> itemsOf(const QJsonObject &answer)
    {
        QList<Row> rows;
        for (const QJsonValue &item : answer.value(u"items").toArray())
            rows.append(Row::fromJson(item.toObject()));
        return rows;
    }
};

template <typename Row> void ListModelBase::replaceRows(QList<Row> &rows, QList<Row> next)
{
    {
        QHash<QString, bool> seen;
        next.removeIf([&seen](const Row &row) {
            const bool duplicate = seen.contains(row.key());
            seen.insert(row.key(), true);
            return duplicate;
        });
    }
    // The common whole-list cases in one signal each: a first load, and everything gone.
    if (rows.isEmpty() && !next.isEmpty()) {
        beginInsertRows({}, 0, int(next.size()) - 1);
        rows = std::move(next);
        endInsertRows();
        return;
    }
    if (next.isEmpty()) {
        if (!rows.isEmpty()) {
            beginRemoveRows({}, 0, int(rows.size()) - 1);
            rows.clear();
            endRemoveRows();
        }
        return;
    }
    QHash<QString, bool> wanted;
    for (const Row &row : std::as_const(next))
        wanted.insert(row.key(), true);
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (wanted.contains(rows.at(i).key()))
            continue;
        beginRemoveRows({}, i, i);
        rows.removeAt(i);
        endRemoveRows();
    }
    for (int i = 0; i < int(next.size()); ++i) {
        const Row &target = next.at(i);
        int found = -1;
        for (int j = i; j < int(rows.size()); ++j) {
            if (rows.at(j).key() == target.key()) {
                found = j;
                break;
            }
        }
        if (found < 0) {
            beginInsertRows({}, i, i);
            rows.insert(i, target);
            endInsertRows();
            continue;
        }
        if (found != i) {
            beginMoveRows({}, found, found, {}, i);
            rows.move(found, i);
            endMoveRows();
        }
        if (!(rows.at(i) == target)) {
            rows[i] = target;
            emit dataChanged(index(i), index(i));
        }
    }
}

} // namespace larder

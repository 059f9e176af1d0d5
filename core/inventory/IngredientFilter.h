// SPDX-License-Identifier: MIT
#pragma once

#include "IngredientsModel.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace larder::inventory {

/// The "What's inside" list as a person narrows it: search as you type (names, case- and
/// accent-insensitive), one category or all, grouped by category or compartment (the `group`
/// role gives a view its sections), by name within a group. Grouped by urgency, what to use soon
/// (best before within two days, or past) comes first, soonest first, then the categories;
/// `soonOnly` keeps only that group (the door's "Use soon").
class IngredientFilter : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(larder::inventory::IngredientsModel *source READ source WRITE setSource NOTIFY
                   sourceChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    /// "urgency" (use soon first, then by category), "category" or "compartment".
    Q_PROPERTY(QString groupBy READ groupBy WRITE setGroupBy NOTIFY groupByChanged)
    /// Only what to use soon, soonest first.
    Q_PROPERTY(bool soonOnly READ soonOnly WRITE setSoonOnly NOTIFY soonOnlyChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role { GroupRole = Qt::UserRole + 100 };

    explicit IngredientFilter(QObject *parent = nullptr);

    IngredientsModel *source() const;
    void setSource(IngredientsModel *source);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    QString category() const { return m_category; }
    void setCategory(const QString &category);
    QString groupBy() const { return m_groupBy; }
    void setGroupBy(const QString &groupBy);
    bool soonOnly() const { return m_soonOnly; }
    void setSoonOnly(bool soonOnly);
    int count() const { return rowCount(); }

    /// The group of what to use soon, in the `group` role.
    static constexpr const char *soonGroup = "soon";

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Folded for matching: lower case, accents removed ("Crème" → "creme").
    static QString folded(const QString &text);

signals:
    void sourceChanged();
    void searchChanged();
    void categoryChanged();
    void groupByChanged();
    void soonOnlyChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int groupRole() const;
    QString groupOf(const QModelIndex &index) const;
    bool soon(const QModelIndex &index) const;
    void refilter();
    void sortForGroup();

    QString m_search;
    QString m_foldedSearch;
    QString m_category;
    QString m_groupBy = QStringLiteral("category");
    bool m_soonOnly = false;
    /// "Today" for what is soon, taken when the list is sorted or filtered anew (not per row).
    QDate m_today = QDate::currentDate();
};

} // namespace larder::inventory

// SPDX-License-Identifier: MIT
#pragma once

#include "Suggestions.h"
#include "common/ListModelBase.h"

#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace larder::inventory {

class InventorySync;

/// Suggestions for adding to a fridge's list (inventory::suggest) as a model: the kiosk's
/// one-touch quick-add tiles, and the names offered as someone types in the app's add form.
/// Follows its InventorySync (recomputed once per batch of changes).
class SuggestionsModel : public larder::ListModelBase
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(larder::inventory::InventorySync *inventory READ inventory WRITE setInventory NOTIFY
                   inventoryChanged)
    Q_PROPERTY(QString prefix READ prefix WRITE setPrefix NOTIFY prefixChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(bool withStaples READ withStaples WRITE setWithStaples NOTIFY withStaplesChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        CategoryRole,
        UnitRole,
        CompartmentRole,
        QuantityRole,
        TimesAddedRole,
    };
    Q_ENUM(Role)

    explicit SuggestionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    InventorySync *inventory() const { return m_inventory; }
    void setInventory(InventorySync *inventory);
    QString prefix() const { return m_prefix; }
    void setPrefix(const QString &prefix);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    bool withStaples() const { return m_withStaples; }
    void setWithStaples(bool withStaples);

    const QList<Suggestion> &rows() const { return m_rows; }

signals:
    void inventoryChanged();
    void prefixChanged();
    void limitChanged();
    void withStaplesChanged();

private:
    void recompute();

    QPointer<InventorySync> m_inventory;
    QString m_prefix;
    int m_limit = 8;
    bool m_withStaples = true;
    QList<Suggestion> m_rows;
    QTimer m_later;                   ///< one recomputation per batch of changes
    QHash<QString, QString> m_folded; ///< name → folded
};

} // namespace larder::inventory

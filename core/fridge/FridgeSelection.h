// SPDX-License-Identifier: MIT
#pragma once

#include "FridgeListModel.h"
#include "board/Board.h"
#include "commands/Commands.h"
#include "history/TemperatureHistory.h"
#include "inventory/InventorySync.h"
#include "inventory/ShelfPhotos.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}
namespace larder::family {
class FamiliesModel;
}

namespace larder::fridge {

class FridgeController;

/// Which fridge the owner app shows. It lists the fridges of all the user's families (from
/// FamiliesModel), keeps the one selected (remembered across restarts), and owns its
/// FridgeController: created on selection, stopped and dropped when another is chosen or the
/// fridge leaves the user's families. The fridge's features (its list, shelf photos, history,
/// commands, support access…) register with addFeature and come and go with it.
class FridgeSelection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(larder::fridge::FridgeController *fridge READ fridge NOTIFY fridgeChanged)
    /// What is in the fridge on screen (null when none, or no list is kept here).
    Q_PROPERTY(larder::inventory::InventorySync *inventory READ inventory NOTIFY fridgeChanged)
    /// The latest photo of each shelf of the fridge on screen (null when none).
    Q_PROPERTY(larder::inventory::ShelfPhotos *lookInside READ lookInside NOTIFY fridgeChanged)
    /// The temperature history of the fridge on screen (null when none).
    Q_PROPERTY(larder::history::TemperatureHistory *history READ history NOTIFY fridgeChanged)
    /// The commands of the fridge on screen (null when none).
    Q_PROPERTY(larder::commands::Commands *commands READ commands NOTIFY fridgeChanged)
    /// The shopping list of the family of the fridge on screen (null when none).
    Q_PROPERTY(larder::inventory::InventorySync *shopping READ shopping NOTIFY shoppingChanged)
    /// The board of the family of the fridge on screen (null when none).
    Q_PROPERTY(larder::board::Board *board READ board NOTIFY boardChanged)
    Q_PROPERTY(QString familyId READ familyId NOTIFY fridgeChanged)
    Q_PROPERTY(QString familyName READ familyName NOTIFY fridgeChanged)
    /// Every fridge the user may use, and which is on screen.
    Q_PROPERTY(larder::fridge::FridgeListModel *fridges READ fridges CONSTANT)

public:
    FridgeSelection(mqtt::MqttClient *client, family::FamiliesModel *families,
                    QObject *parent = nullptr);
    ~FridgeSelection() override;

    FridgeController *fridge() const { return m_fridge; }
    /// The features of the fridge on screen that have a typed property (registered with
    /// addFeature under these names, like any other).
    inventory::InventorySync *inventory() const;
    inventory::ShelfPhotos *lookInside() const;
    history::TemperatureHistory *history() const;
    commands::Commands *commands() const;
    static constexpr const char *inventoryFeature = "inventory";
    static constexpr const char *lookInsideFeature = "lookInside";
    static constexpr const char *historyFeature = "history";
    static constexpr const char *commandsFeature = "commands";
    /// Makes a list of a thing or a family (started; owned by @p parent).
    using InventoryFactory =
        std::function<inventory::InventorySync *(const QString &thing, QObject *parent)>;
    inventory::InventorySync *shopping() const { return m_shopping; }
    /// Makes a family's shopping list when a fridge of that family comes on screen (keyed by
    /// the family id; started; owned by @p parent).
    void setShoppingFactory(InventoryFactory factory) { m_shoppingFactory = std::move(factory); }
    board::Board *board() const { return m_board; }
    /// Makes a family's board when a fridge of that family comes on screen (owned by @p parent).
    using BoardFactory = std::function<board::Board *(const QString &familyId, QObject *parent)>;
    void setBoardFactory(BoardFactory factory) { m_boardFactory = std::move(factory); }
    /// A feature of the fridge on screen, made when it comes on screen (owned by @p parent) and
    /// dropped when another is chosen: a feature registers here, by name, instead of being
    /// listed in this class.
    using FeatureFactory =
        std::function<QObject *(const QString &thing, const QString &familyId, QObject *parent)>;
    void addFeature(const QString &name, FeatureFactory factory);
    /// The feature @p name of the fridge on screen; null when none (bind to `fridge` too: it
    /// changes with it).
    Q_INVOKABLE QObject *feature(const QString &name) const { return m_features.value(name); }
    QString familyId() const { return m_familyId; }
    QString familyName() const { return m_familyName; }
    FridgeListModel *fridges() { return &m_fridges; }

    /// Shows the fridge @p deviceId (one of `fridges`).
    Q_INVOKABLE void select(const QString &deviceId);

    static constexpr const char *settingsKey = "fridge/last";

signals:
    void fridgeChanged();
    void shoppingChanged();
    void boardChanged();

private:
    void rebuild();
    void show(const FridgeListModel::Row *entry);
    void markCurrent();
    void followShopping();
    void followBoard();

    mqtt::MqttClient *m_client;
    family::FamiliesModel *m_families;
    FridgeController *m_fridge = nullptr;
    inventory::InventorySync *m_shopping = nullptr;
    InventoryFactory m_shoppingFactory;
    board::Board *m_board = nullptr;
    QString m_boardFamily;
    BoardFactory m_boardFactory;
    QHash<QString, FeatureFactory> m_featureFactories;
    QHash<QString, QObject *> m_features; ///< of the fridge on screen
    QString m_familyId;
    QString m_familyName;
    QString m_shown; ///< the thing marked current in m_fridges
    FridgeListModel m_fridges;
};

} // namespace larder::fridge

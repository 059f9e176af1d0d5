// SPDX-License-Identifier: MIT
#pragma once

#include "Ingredient.h"
#include "IngredientsModel.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QProperty>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
struct ApiResult;
} // namespace larder::api
namespace larder::mqtt {
class MqttClient;
}

namespace larder::inventory {

class InventoryChannel;
class InventoryStore;

/// One fridge's list kept in step with the cloud, for the app and the door tablet: it shows the
/// local copy at once, catches up with `?since=`, follows the change feed, and applies the
/// user's changes here first (pending) while sending them with their change ids — in order, in
/// batches, one batch at a time, again after a reconnect or a restart until the cloud answers. A
/// change the cloud refuses (someone removed the item first) comes back as a sentence in `notice`.
class InventorySync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app for the fridge on screen")
    Q_PROPERTY(larder::inventory::IngredientsModel *items READ items CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged BINDABLE bindableLoading)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged BINDABLE bindableError)
    /// What happened to a change of ours that someone else's overtook (a sentence).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged BINDABLE bindableNotice)
    Q_PROPERTY(
        int pendingCount READ pendingCount NOTIFY pendingCountChanged BINDABLE bindablePendingCount)

public:
    /// Reaches the cloud through @p channel (REST for members, MQTT for the door tablet) and
    /// follows the change feed on @p mqtt; neither is owned.
    InventorySync(InventoryChannel *channel, mqtt::MqttClient *mqtt, InventoryStore *store,
                  QString thing, Author me, QObject *parent = nullptr);
    /// Stops following the feed (the connection may serve another user next).
    ~InventorySync() override;

    IngredientsModel *items() { return &m_items; }
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QString notice() const { return m_notice; }
    int pendingCount() const { return m_pendingCount; }
    QBindable<bool> bindableLoading() { return &m_loading; }
    QBindable<QString> bindableError() { return &m_error; }
    QBindable<QString> bindableNotice() { return &m_notice; }
    QBindable<int> bindablePendingCount() { return &m_pendingCount; }
    QString thing() const { return m_thing; }

    /// Shows the local copy, catches up, follows the feed and sends what is pending.
    void start();

    /// Adds an item; its id (made here). Empty, with `error` set, when the input is refused.
    Q_INVOKABLE QString add(const QString &name, const QString &category = QStringLiteral("other"),
                            double quantity = 1, const QString &unit = QStringLiteral("piece"),
                            const QString &compartment = QStringLiteral("fridge"),
                            const QString &bestBefore = {}, const QString &note = {});
    /// One touch on a frequent item: adds @p quantity to the live item of that name and unit,
    /// or adds a new item when there is none; the item's id.
    Q_INVOKABLE QString restock(const QString &name, const QString &category, double quantity,
                                const QString &unit, const QString &compartment);
    /// Takes @p delta off or adds it to an item's quantity (−1: "took one").
    Q_INVOKABLE void adjust(const QString &itemId, double delta);
    /// Overwrites the fields in @p fields (name, category, unit, compartment, note, bestBefore).
    Q_INVOKABLE void edit(const QString &itemId, const QVariantMap &fields);
    /// Takes an item off the list; @p reason "removed" or "usedUp".
    Q_INVOKABLE void remove(const QString &itemId,
                            const QString &reason = QStringLiteral("usedUp"));
    Q_INVOKABLE void dismissNotice() { m_notice = QString(); }

    /// Every item this device knows of for the fridge, removed ones too, with its own changes
    /// applied (what suggestions are made from).
    QList<Ingredient> known() const;

    /// Sends what is pending now (also done on every reconnect and every few seconds while
    /// something waits).
    void flush();

    static constexpr int retryMs = 5'000;

signals:
    void loadingChanged();
    void errorChanged();
    void noticeChanged();
    void pendingCountChanged();
    /// known() changed.
    void knownChanged();

private:
    void record(Change change);
    void fetch(qint64 after);
    void onFeed(const QByteArray &payload, const QString &topic);
    void onAnswer(const QList<Change> &batch, const api::ApiResult &result);
    /// Takes the cloud's @p items (newer ones only) and @p seq; @p settled: journal entries the
    /// cloud answered, dropped in the same transaction.
    void adopt(const QList<Ingredient> &items, qint64 seq, const QStringList &settled = {});
    /// Lays the whole list out again: the cloud's items with the journal on top.
    void refresh();
    /// Shows one item again (the cloud's version with the journal's changes to it on top).
    void reshow(const QString &itemId);
    /// pendingCount and knownChanged after the rows changed.
    void settle();
    /// Changes shown row by row; more are laid out whole.
    static constexpr int kRowByRow = 64;

    InventoryChannel *m_channel;
    QPointer<mqtt::MqttClient> m_mqtt;
    InventoryStore *m_store;
    QString m_thing;
    Author m_me;
    QString m_feedTopic; ///< where the cloud publishes this list's changes
    IngredientsModel m_items;
    QHash<QString, Ingredient> m_confirmed; ///< the cloud's versions, by id
    QList<Change> m_journal;                ///< ours, not confirmed yet, in order
    qint64 m_seq = 0;                       ///< the last change number seen
    bool m_sending = false;                 ///< one change on its way at a time
    bool m_fetching = false;
    QTimer m_retry;
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(InventorySync, bool, m_loading, false,
                                         &InventorySync::loadingChanged)
    Q_OBJECT_BINDABLE_PROPERTY(InventorySync, QString, m_error, &InventorySync::errorChanged)
    Q_OBJECT_BINDABLE_PROPERTY(InventorySync, QString, m_notice, &InventorySync::noticeChanged)
    Q_OBJECT_BINDABLE_PROPERTY_WITH_ARGS(InventorySync, int, m_pendingCount, 0,
                                         &InventorySync::pendingCountChanged)
};

} // namespace larder::inventory

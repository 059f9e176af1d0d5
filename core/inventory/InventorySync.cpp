// SPDX-License-Identifier: MIT
#include "InventorySync.h"
#include "IngredientFilter.h"
#include "InventoryChannel.h"
#include "InventoryStore.h"

#include "common/Guarded.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace larder::inventory {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

InventorySync::InventorySync(InventoryChannel *channel, mqtt::MqttClient *mqtt,
                             InventoryStore *store, QString thing, Author me, QObject *parent)
    : QObject(parent), m_channel(channel), m_mqtt(mqtt), m_store(store), m_thing(std::move(thing)),
      m_me(std::move(me)), m_feedTopic(m_channel->feedTopic(m_thing))
{
    if (m_me.kind == u"member")
        m_items.setViewerId(m_me.id);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &InventorySync::flush);
    if (m_mqtt) {
        connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &InventorySync::onFeed);
        connect(m_mqtt, &mqtt::MqttClient::connected, this, [this] {
            fetch(m_seq); // what the feed carried while we were away
            flush();
        });
    }
}

InventorySync::~InventorySync()
{
    if (m_mqtt)
        m_mqtt->unsubscribe(m_feedTopic);
}

void InventorySync::start()
{
    for (const Ingredient &item : m_store->confirmed(m_thing))
        m_confirmed.insert(item.id, item);
    m_journal = m_store->journal(m_thing);
    m_seq = m_store->lastSeq(m_thing);
    refresh();
    if (m_mqtt)
        m_mqtt->subscribe(m_feedTopic);
    fetch(m_seq);
    flush();
}

void InventorySync::fetch(qint64 after)
{
    if (m_fetching)
        return;
    m_fetching = true;
    m_loading = m_confirmed.isEmpty();
    // Nothing seen yet: the live list (no tombstones); else what changed since.
    m_channel->list(m_thing, after > 0 ? after : -1,
                    guarded(this, [this, after](const api::ApiResult &result) {
                        m_fetching = false;
                        m_loading = false;
                        if (!result.ok) {
                            m_error = result.message;
                            return;
                        }
                        m_error = QString();
                        QList<Ingredient> items;
                        for (const QJsonValue &value : result.body.value(u"items").toArray())
                            if (const auto item = Ingredient::fromJson(value.toObject()))
                                items.append(*item);
                        const bool more = result.body.contains(u"next");
                        const qint64 seq = more ? result.body.value(u"next").toString().toLongLong()
                                                : result.body.value(u"seq").toInteger();
                        adopt(items, seq);
                        if (more)
                            fetch(seq > after ? seq : after);
                    }));
}

void InventorySync::adopt(const QList<Ingredient> &items, qint64 seq, const QStringList &settled)
{
    QList<Ingredient> newer;
    for (const Ingredient &item : items) {
        const auto known = m_confirmed.constFind(item.id);
        if (known != m_confirmed.constEnd() && known->seq >= item.seq)
            continue;
        m_confirmed.insert(item.id, item);
        newer.append(item);
    }
    m_seq = std::max(m_seq, seq);
    // A few changes (the feed's usual case): shown row by row, at once; many (a first load, a
    // catch-up) are laid out again whole.
    if (newer.size() <= kRowByRow) {
        for (const Ingredient &item : std::as_const(newer))
            reshow(item.id);
        settle();
    } else {
        refresh();
    }
    m_store->saveConfirmed(m_thing, newer, m_seq, settled); // after the screen
}

void InventorySync::onFeed(const QByteArray &payload, const QString &topic)
{
    if (topic != m_feedTopic)
        return;
    const QJsonObject change = QJsonDocument::fromJson(payload).object();
    const qint64 seq = change.value(u"seq").toInteger();
    const auto item = Ingredient::fromJson(change.value(u"item").toObject());
    if (!item || seq <= m_seq)
        return;
    // Our own change, confirmed: it leaves the journal now, not when the answer arrives (else
    // it would show applied twice for a moment).
    const QString changeId = change.value(u"changeId").toString();
    if (m_journal.removeIf([&](const Change &queued) { return queued.changeId == changeId; }) > 0)
        m_store->drop(m_thing, changeId);
    if (seq > m_seq + 1) {
        fetch(m_seq); // we missed some: catch up rather than skip them
        return;
    }
    adopt({*item}, seq);
}

void InventorySync::reshow(const QString &itemId)
{
    IngredientsModel::Row row;
    const auto confirmed = m_confirmed.constFind(itemId);
    std::optional<Ingredient> item =
        confirmed == m_confirmed.constEnd() ? std::nullopt : std::optional(*confirmed);
    for (const Change &change : std::as_const(m_journal)) {
        if (change.itemId != itemId)
            continue;
        const Outcome outcome = applyChange(item, change);
        if (outcome.kind == Outcome::Applied) {
            item = outcome.item;
            row.pending = true;
        }
    }
    if (item) {
        row.item = *item;
    } else {
        row.item.id = itemId; // nothing to show: leaves the list
        row.item.removed = true;
    }
    m_items.showOne(row);
}

void InventorySync::settle()
{
    m_pendingCount = int(m_journal.size());
    emit knownChanged();
}

void InventorySync::refresh()
{
    QHash<QString, IngredientsModel::Row> shown;
    for (auto it = m_confirmed.cbegin(); it != m_confirmed.cend(); ++it)
        shown.insert(it.key(), {it.value(), false, {}});
    for (const Change &change : std::as_const(m_journal)) {
        const auto current = shown.constFind(change.itemId);
        const Outcome outcome = applyChange(
            current == shown.constEnd() ? std::nullopt : std::optional(current->item), change);
        if (outcome.kind == Outcome::Applied)
            shown.insert(change.itemId, {outcome.item, true, {}});
    }
    m_items.show(shown.values());
    settle();
}

QList<Ingredient> InventorySync::known() const
{
    QList<Ingredient> all = m_confirmed.values();
    for (const auto &row : m_items.rows())
        if (row.pending && !m_confirmed.contains(row.item.id))
            all.append(row.item);
    return all;
}

QString InventorySync::restock(const QString &name, const QString &category, double quantity,
                               const QString &unit, const QString &compartment)
{
    const QString wanted = IngredientFilter::folded(name.trimmed());
    for (const auto &row : m_items.rows()) {
        if (row.item.unit == unit && row.searchKey == wanted) {
            adjust(row.item.id, quantity);
            return row.item.id;
        }
    }
    return add(name, category, quantity, unit, compartment);
}

void InventorySync::record(Change change)
{
    change.changeId = newId();
    change.by = m_me;
    change.at = QDateTime::currentSecsSinceEpoch();
    m_journal.append(change);
    reshow(change.itemId); // at once, as one row
    settle();
    flush();
    // Kept on disk before control returns to the user: a kill after this loses nothing (a
    // crash between the send and here cannot lose it either: the cloud has it).
    m_store->append(m_thing, change);
}

QString InventorySync::add(const QString &name, const QString &category, double quantity,
                           const QString &unit, const QString &compartment,
                           const QString &bestBefore, const QString &note)
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 80) {
        m_error = tr("Give the item a name of 1 to 80 characters.");
        return {};
    }
    if (!std::isfinite(quantity) || quantity < 0 || quantity > 100'000) {
        m_error = tr("The quantity must be a number from 0 to 100,000.");
        return {};
    }
    m_error = QString();
    Change change;
    change.kind = Change::Kind::Add;
    change.itemId = newId();
    change.item.id = change.itemId;
    change.item.name = name.trimmed();
    change.item.category = categories().contains(category) ? category : QStringLiteral("other");
    change.item.quantity = quantity;
    change.item.unit = units().contains(unit) ? unit : QStringLiteral("piece");
    change.item.compartment =
        compartments().contains(compartment) ? compartment : QStringLiteral("fridge");
    change.item.bestBefore = QDate::fromString(bestBefore, Qt::ISODate);
    change.item.note = note.trimmed();
    QString id = change.itemId;
    record(change);
    return id;
}

void InventorySync::adjust(const QString &itemId, double delta)
{
    if (!std::isfinite(delta) || delta == 0)
        return;
    Change change;
    change.kind = Change::Kind::Edit;
    change.itemId = itemId;
    change.quantityDelta = delta;
    record(change);
}

void InventorySync::edit(const QString &itemId, const QVariantMap &fields)
{
    Change change;
    change.kind = Change::Kind::Edit;
    change.itemId = itemId;
    change.set = QJsonObject::fromVariantMap(fields);
    if (!change.set.isEmpty())
        record(change);
}

void InventorySync::remove(const QString &itemId, const QString &reason)
{
    Change change;
    change.kind = Change::Kind::Remove;
    change.itemId = itemId;
    change.reason = removalReasons().contains(reason) ? reason : QStringLiteral("removed");
    record(change);
}

void InventorySync::flush()
{
    if (m_sending || m_journal.isEmpty())
        return;
    m_sending = true;
    // The oldest changes, in order, as one batch: a journal kept through a day offline goes
    // out in a few requests.
    const QList<Change> batch = m_journal.mid(0, m_channel->batchLimit());
    m_channel->send(m_thing, batch, guarded(this, [this, batch](const api::ApiResult &result) {
                        m_sending = false;
                        onAnswer(batch, result);
                    }));
}

void InventorySync::onAnswer(const QList<Change> &batch, const api::ApiResult &result)
{
    const bool unreachable =
        result.status == 0 || result.status >= 500 || result.status == 401 || result.status == 429;
    if (unreachable) {
        // Kept in the journal: sent again on the next connect, or a little later.
        m_retry.start();
        return;
    }
    const QList<api::ApiResult> results = resultsOf(result);
    QStringList settled;
    QList<Ingredient> answered;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        // The cloud decided (a refused batch: every change of it); the change leaves the
        // journal, whatever the answer.
        const Change &change = batch.at(i);
        if (i >= results.size() && result.ok)
            break; // a short answer: the rest goes again
        const api::ApiResult answer =
            i < results.size() ? results.at(i)
                               : api::ApiResult{false, result.status, {}, result.message};
        settled.append(change.changeId);
        m_journal.removeIf(
            [&](const Change &queued) { return queued.changeId == change.changeId; });
        const QJsonObject itemJson =
            answer.ok ? answer.body : answer.body.value(u"item").toObject();
        if (const auto item = Ingredient::fromJson(itemJson))
            answered.append(*item);
        if (!answer.ok) {
            if (answer.status == 409 && answer.body.value(u"error").toString() == u"ItemRemoved")
                m_notice = answer.message;
            else
                m_error = answer.message;
        }
    }
    // One transaction for the whole batch: the journal's entries out, the cloud's items in;
    // then the rows of what was refused (a pending add the cloud did not take leaves).
    adopt(answered, m_seq, settled);
    if (batch.size() <= kRowByRow)
        for (const Change &change : batch)
            reshow(change.itemId);
    else
        refresh();
    settle();
    flush();
}

} // namespace larder::inventory

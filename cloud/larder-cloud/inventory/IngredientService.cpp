// SPDX-License-Identifier: MIT
#include "IngredientService.h"
#include "IngredientBatch.h"
#include "IngredientInput.h"
#include "IngredientStore.h"
#include "IngredientVerdict.h"

#include "inventory/InventoryTopics.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcIngredients, "larder.ingredients", QtInfoMsg)

namespace larder::cloud {

using inventory::Change;
using inventory::Outcome;
namespace topics = inventory::topics;

namespace {
const inventory::Author kTablet{QStringLiteral("tablet"), {}, QStringLiteral("Kitchen tablet")};
const inventory::Author kCamera{QStringLiteral("camera"), {}, QStringLiteral("Camera")};
} // namespace

IngredientService::Lists IngredientService::fridges(mqtt::MqttClient *client)
{
    return {QStringLiteral("ingredients"), [](const QString &thing) { return thing; },
            [client](const QString &thing, const QJsonObject &change) {
                client->publish(topics::changes(thing),
                                QJsonDocument(change).toJson(QJsonDocument::Compact), 1);
            },
            true};
}

IngredientService::IngredientService(mqtt::MqttClient *client, IngredientStore *store, Lists lists,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_lists(std::move(lists))
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &IngredientService::onMessage);
}

QStringList IngredientService::requestFilters() const
{
    QStringList filters{QStringLiteral("larder/things/+/%1/request").arg(m_lists.feature)};
    if (m_lists.recognition)
        filters << QStringLiteral("larder/things/+/ingredients/recognition");
    return filters;
}

void IngredientService::start()
{
    for (const QString &filter : requestFilters())
        m_client->subscribe(filter, 1);
}

void IngredientService::onMessage(const QByteArray &payload, const QString &topic)
{
    if (const QString thing =
            topics::thingOfFeature(topic, m_lists.feature, QStringLiteral("request"));
        !thing.isEmpty())
        onRequest(thing, payload);
    else if (const QString seen = topics::thingOf(topic, QStringLiteral("recognition"));
             m_lists.recognition && !seen.isEmpty())
        onRecognition(seen, payload);
}

void IngredientService::answer(const QString &thing, const QString &clientToken,
                               const ingredients::Verdict &verdict)
{
    QJsonObject body{{QStringLiteral("clientToken"), clientToken}};
    if (verdict.ok() && (verdict.body.contains(u"items") || verdict.body.contains(u"results"))) {
        // A list page or a batch's results, as REST sends them.
        for (auto it = verdict.body.begin(); it != verdict.body.end(); ++it)
            body.insert(it.key(), it.value());
    } else if (verdict.ok()) {
        body.insert(QStringLiteral("item"), verdict.body);
    } else {
        body = verdict.body;
        body.insert(QStringLiteral("clientToken"), clientToken);
        body.insert(QStringLiteral("status"), verdict.status);
    }
    m_client->publish(
        QStringLiteral("larder/things/%1/%2/request/%3")
            .arg(thing, m_lists.feature,
                 verdict.ok() ? QStringLiteral("accepted") : QStringLiteral("rejected")),
        QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

ingredients::Verdict IngredientService::list(const QString &thing, const QJsonObject &body) const
{
    const auto number = [&](const char *name, qint64 fallback, bool *ok) {
        const QJsonValue value = body.value(QLatin1String(name));
        if (value.isUndefined() || value.isNull())
            return fallback;
        // `next` is a string on REST's pages; accept it as a number too.
        bool parsed = value.isDouble();
        const qint64 number =
            parsed ? qint64(value.toDouble()) : value.toString().toLongLong(&parsed);
        *ok = *ok && parsed && number >= 0 &&
              (!value.isDouble() || value.toDouble() == double(number));
        return number;
    };
    bool ok = true;
    const qint64 since = number("since", -1, &ok);
    const qint64 after = number("next", 0, &ok);
    const qint64 limit = number("limit", maxPage, &ok);
    const QString search = body.value(u"q").toString();
    if (!ok || limit < 1 || limit > maxPage || search.size() > 80)
        return ingredients::refusal(400, "BadRequest",
                                    QStringLiteral("Use q (up to 80 characters), since and next "
                                                   "(change numbers) and limit (1 to %1).")
                                        .arg(maxPage));
    return {200, ingredients::pageJson(
                     m_store->list(thing, search, since, after, int(limit), maxAnswerBytes))};
}

void IngredientService::onRequest(const QString &thing, const QByteArray &payload)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const QString token = body.value(u"clientToken").toString().left(64);
    const auto refuse = [&](const QString &why) {
        answer(thing, token, ingredients::refusal(400, "BadRequest", why));
    };
    if (body.isEmpty())
        return refuse(QStringLiteral("The request is not a JSON object."));
    const QString owner = m_lists.ownerOf(thing);
    if (owner.isEmpty())
        return answer(
            thing, token,
            ingredients::refusal(404, "NotFound", QStringLiteral("This fridge is in no family.")));
    const QString op = body.value(u"op").toString();
    if (op == u"list")
        return answer(thing, token, list(owner, body));
    if (op == u"batch") {
        QString why;
        const auto entries = ingredients::batchFrom(body, &why, ingredients::maxTabletBatch);
        if (!entries)
            return refuse(why);
        inventory::Author tablet = kTablet;
        tablet.id = thing;
        const auto results = ingredients::applyBatch(
            m_store, owner, *entries, tablet, QDateTime::currentSecsSinceEpoch(),
            [&](const QJsonObject &change) { m_lists.publish(owner, change); });
        if (!results)
            return answer(thing, token,
                          ingredients::refusal(500, "InternalError",
                                               QStringLiteral("The changes could not be saved.")));
        return answer(thing, token, {200, {{QStringLiteral("results"), *results}}});
    }
    QString why;
    std::optional<Change> change = ingredients::changeFrom(body, &why);
    if (!change && (op.isEmpty() || why.startsWith(u"\"op\"")))
        why = QStringLiteral("\"op\" is list, batch, add, edit or remove.");
    if (!change)
        return refuse(why);
    change->by = kTablet;
    change->by.id = thing;
    change->at = QDateTime::currentSecsSinceEpoch();
    const auto result = m_store->apply(owner, *change);
    if (!result)
        return answer(thing, token,
                      ingredients::refusal(500, "InternalError",
                                           QStringLiteral("The change could not be saved.")));
    if (result->outcome.kind == Outcome::Applied && !result->full)
        publishChange(owner, *change, *result);
    answer(thing, token, ingredients::verdictOf(*result, op == u"add"));
}

void IngredientService::publishChange(const QString &owner, const Change &change,
                                      const IngredientStore::Result &result)
{
    m_lists.publish(owner, IngredientStore::feedMessage(change, result));
}

void IngredientService::onRecognition(const QString &thing, const QByteArray &payload)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QList<Change> changes;
    const QJsonArray added = body.value(u"added").toArray();
    for (qsizetype i = 0; i < added.size() && i < maxRecognized; ++i) {
        QJsonObject seen = added.at(i).toObject();
        seen.insert(QStringLiteral("id"),
                    QStringLiteral("cam-") + QUuid::createUuid().toString(QUuid::Id128));
        seen.remove(QStringLiteral("changeId"));
        QString why;
        if (auto change = ingredients::addFrom(seen, &why))
            changes.append(*change);
        else
            qCInfo(lcIngredients) << thing << "ignores a recognised item:" << why;
    }
    const QJsonArray removed = body.value(u"removed").toArray();
    for (qsizetype i = 0; i < removed.size() && i < maxRecognized; ++i) {
        const auto item = m_store->findByName(thing, removed.at(i).toString());
        QString why;
        if (item)
            if (auto change = ingredients::removeFrom(item->id, {}, {}, &why))
                changes.append(*change);
    }
    for (Change &change : changes) {
        change.by = kCamera;
        change.at = now;
        const auto result = m_store->apply(thing, change);
        if (result && !result->full && result->outcome.kind == Outcome::Applied)
            publishChange(thing, change, *result);
    }
    if (m_photosAttached && body.value(u"photos").isArray())
        m_photosAttached(thing, body.value(u"photos").toArray());
}

} // namespace larder::cloud

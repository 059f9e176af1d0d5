// SPDX-License-Identifier: MIT
#include "IngredientService.h"
#include "IngredientInput.h"
#include "IngredientStore.h"

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

IngredientService::IngredientService(mqtt::MqttClient *client, IngredientStore *store,
                                     QObject *parent)
    : QObject(parent), m_client(client), m_store(store)
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &IngredientService::onMessage);
}

QStringList IngredientService::requestFilters()
{
    return {QStringLiteral("larder/things/+/ingredients/request"),
            QStringLiteral("larder/things/+/ingredients/recognition")};
}

void IngredientService::start()
{
    for (const QString &filter : requestFilters())
        m_client->subscribe(filter, 1);
}

void IngredientService::onMessage(const QByteArray &payload, const QString &topic)
{
    if (const QString thing = topics::thingOf(topic, QStringLiteral("request")); !thing.isEmpty())
        onRequest(thing, payload);
    else if (const QString seen = topics::thingOf(topic, QStringLiteral("recognition"));
             !seen.isEmpty())
        onRecognition(seen, payload);
}

void IngredientService::answer(const QString &thing, const QString &clientToken, int status,
                               const char *error, const QString &message, const QJsonObject &item)
{
    QJsonObject body{{QStringLiteral("clientToken"), clientToken}};
    if (!item.isEmpty())
        body.insert(QStringLiteral("item"), item);
    if (status >= 300) {
        body.insert(QStringLiteral("status"), status);
        body.insert(QStringLiteral("error"), QLatin1String(error));
        body.insert(QStringLiteral("message"), message);
    }
    m_client->publish(topics::answers(thing, status >= 300 ? QStringLiteral("rejected")
                                                           : QStringLiteral("accepted")),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

void IngredientService::onRequest(const QString &thing, const QByteArray &payload)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    const QString token = body.value(u"clientToken").toString().left(64);
    if (body.isEmpty()) {
        answer(thing, token, 400, "BadRequest", QStringLiteral("The request is not a JSON object."),
               {});
        return;
    }
    const QString op = body.value(u"op").toString();
    const QString itemId = body.value(u"itemId").toString();
    QString why;
    std::optional<Change> change;
    if (op == u"add")
        change = ingredients::addFrom(body, &why);
    else if ((op == u"edit" || op == u"remove") && !ingredients::isValidId(itemId))
        why = QStringLiteral("That is not an item id.");
    else if (op == u"edit")
        change = ingredients::editFrom(itemId, body, &why);
    else if (op == u"remove")
        change = ingredients::removeFrom(itemId, body.value(u"reason").toString(),
                                         body.value(u"changeId").toString(), &why);
    else
        why = QStringLiteral("\"op\" is add, edit or remove.");
    if (!change) {
        answer(thing, token, 400, "BadRequest", why, {});
        return;
    }
    change->by = kTablet;
    change->by.id = thing;
    change->at = QDateTime::currentSecsSinceEpoch();
    const auto result = m_store->apply(thing, *change);
    if (!result) {
        answer(thing, token, 500, "InternalError", QStringLiteral("The change could not be saved."),
               {});
        return;
    }
    if (result->full) {
        answer(thing, token, 409, "LimitExceeded",
               QStringLiteral("This fridge's list is full (%1 items). Remove what is gone first.")
                   .arg(IngredientStore::maxItems),
               {});
        return;
    }
    if (result->outcome.kind == Outcome::Applied)
        m_client->publish(topics::changes(thing),
                          QJsonDocument(IngredientStore::feedMessage(*change, *result))
                              .toJson(QJsonDocument::Compact),
                          1);
    switch (result->outcome.kind) {
    case Outcome::Applied:
    case Outcome::Unchanged:
        answer(thing, token, 200, "", {}, result->outcome.item.toJson());
        return;
    case Outcome::Conflict:
        answer(thing, token, 409, "ItemRemoved", result->outcome.message,
               result->outcome.item.toJson());
        return;
    case Outcome::NotFound:
        answer(thing, token, 404, "NoSuchItem", result->outcome.message, {});
        return;
    }
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
            m_client->publish(topics::changes(thing),
                              QJsonDocument(IngredientStore::feedMessage(change, *result))
                                  .toJson(QJsonDocument::Compact),
                              1);
    }
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "IngredientApi.h"
#include "IngredientBatch.h"
#include "IngredientInput.h"
#include "IngredientStore.h"
#include "IngredientVerdict.h"

#include "larder-cloud/api/FamilyStore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

namespace larder::cloud {

using api::Caller;
using api::failure;
using api::reply;
using inventory::Change;
using inventory::Outcome;

namespace {
constexpr int kDefaultPage = 200;
constexpr int kMaxPage = 500;

QHttpServerResponse badRequest(const QString &why)
{
    return failure(400, "BadRequest", why);
}
} // namespace

IngredientApi::Scope IngredientApi::fridges(const FamilyStore *families, Publish publish)
{
    return {QStringLiteral("/api/devices/<arg>/ingredients"),
            [families](const QString &sub, const QString &thing) {
                return families->canUseThing(sub, thing);
            },
            QStringLiteral("No such fridge."), std::move(publish)};
}

IngredientApi::Scope IngredientApi::shopping(const FamilyStore *families, Publish publish)
{
    return {QStringLiteral("/api/families/<arg>/shopping"),
            [families](const QString &sub, const QString &familyId) {
                return families->roleOf(familyId, sub).has_value();
            },
            QStringLiteral("No such family."), std::move(publish)};
}

IngredientApi::IngredientApi(const api::ApiAuth *auth, IngredientStore *store, Scope scope)
    : m_auth(auth), m_store(store), m_scope(std::move(scope))
{
}

void IngredientApi::registerRoutes(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    const QString items = m_scope.route;
    const QString item = m_scope.route + QStringLiteral("/<arg>");
    server.route(items, Method::Get, [this](const QString &thing, const QHttpServerRequest &r) {
        return list(thing, r);
    });
    server.route(items, Method::Post, [this](const QString &thing, const QHttpServerRequest &r) {
        return add(thing, r);
    });
    server.route(
        items + QStringLiteral("/changes"), Method::Post,
        [this](const QString &thing, const QHttpServerRequest &r) { return batch(thing, r); });
    server.route(item, Method::Patch,
                 [this](const QString &thing, const QString &id, const QHttpServerRequest &r) {
                     return edit(thing, id, r);
                 });
    server.route(item, Method::Delete,
                 [this](const QString &thing, const QString &id, const QHttpServerRequest &r) {
                     return remove(thing, id, r);
                 });
}

QHttpServerResponse IngredientApi::forMember(const QString &thing,
                                             const QHttpServerRequest &request,
                                             const api::ApiAuth::CallerAction &action) const
{
    return m_auth->asCaller(request, [&](const Caller &caller) {
        if (!m_scope.mayUse(caller.sub, thing))
            return failure(404, "NotFound", m_scope.notFound);
        return action(caller);
    });
}

QHttpServerResponse IngredientApi::list(const QString &thing, const QHttpServerRequest &request)
{
    return forMember(thing, request, [&](const Caller &) {
        const QUrlQuery query(request.url());
        bool ok = true;
        const auto number = [&](const char *name, qint64 fallback) {
            const QString text = query.queryItemValue(QLatin1String(name));
            if (text.isEmpty())
                return fallback;
            bool parsed = false;
            const qint64 value = text.toLongLong(&parsed);
            ok = ok && parsed && value >= 0;
            return value;
        };
        const qint64 since = number("since", -1); // absent: the live list
        const qint64 after = number("next", 0);
        const qint64 limit = number("limit", kDefaultPage);
        const QString search = query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        if (!ok || limit < 1 || limit > kMaxPage || search.size() > 80)
            return badRequest(QStringLiteral("Use q (up to 80 characters), since and next "
                                             "(change numbers) and limit (1 to 500)."));
        return reply(ingredients::pageJson(m_store->list(thing, search, since, after, int(limit))));
    });
}

QHttpServerResponse IngredientApi::commit(const QString &thing, Change change, const Caller &caller,
                                          bool adding)
{
    change.by = {QStringLiteral("member"), caller.sub, caller.displayName()};
    change.at = api::now();
    const auto result = m_store->apply(thing, change);
    if (!result)
        return failure(500, "InternalError", QStringLiteral("The change could not be saved."));
    if (result->outcome.kind == Outcome::Applied && !result->full)
        m_scope.publish(thing, IngredientStore::feedMessage(change, *result));
    const ingredients::Verdict verdict = ingredients::verdictOf(*result, adding);
    return reply(verdict.body, verdict.status);
}

QHttpServerResponse IngredientApi::add(const QString &thing, const QHttpServerRequest &request)
{
    return forMember(thing, request, [&](const Caller &caller) {
        const auto body = api::bodyOf(request);
        if (!body)
            return badRequest(QStringLiteral("The request is not a JSON object."));
        QString why;
        auto change = ingredients::addFrom(*body, &why);
        if (!change)
            return badRequest(why);
        return commit(thing, *change, caller, true);
    });
}

QHttpServerResponse IngredientApi::batch(const QString &thing, const QHttpServerRequest &request)
{
    return forMember(thing, request, [&](const Caller &caller) {
        // Up to 100 changes of up to about 2 KB each (long names and notes in any script).
        constexpr qsizetype maxBytes = 256 * 1024;
        if (request.body().size() > maxBytes)
            return failure(
                413, "PayloadTooLarge",
                QStringLiteral("A batch is at most 256 KB; send fewer changes at once."));
        const auto body = api::bodyOf(request, maxBytes);
        if (!body)
            return badRequest(QStringLiteral("The request is not a JSON object."));
        QString why;
        const auto entries = ingredients::batchFrom(*body, &why);
        if (!entries)
            return badRequest(why);
        const auto results = ingredients::applyBatch(
            m_store, thing, *entries, {QStringLiteral("member"), caller.sub, caller.displayName()},
            api::now(), [&](const QJsonObject &change) { m_scope.publish(thing, change); });
        if (!results)
            return failure(500, "InternalError", QStringLiteral("The changes could not be saved."));
        return reply({{QStringLiteral("results"), *results}});
    });
}

QHttpServerResponse IngredientApi::edit(const QString &thing, const QString &itemId,
                                        const QHttpServerRequest &request)
{
    return forMember(thing, request, [&](const Caller &caller) {
        const auto body = api::bodyOf(request);
        if (!body)
            return badRequest(QStringLiteral("The request is not a JSON object."));
        QString why;
        auto change = ingredients::isValidId(itemId) ? ingredients::editFrom(itemId, *body, &why)
                                                     : std::nullopt;
        if (!change)
            return badRequest(why.isEmpty() ? QStringLiteral("That is not an item id.") : why);
        return commit(thing, *change, caller, false);
    });
}

QHttpServerResponse IngredientApi::remove(const QString &thing, const QString &itemId,
                                          const QHttpServerRequest &request)
{
    return forMember(thing, request, [&](const Caller &caller) {
        const QUrlQuery query(request.url());
        QString why;
        auto change =
            ingredients::isValidId(itemId)
                ? ingredients::removeFrom(itemId, query.queryItemValue(QStringLiteral("reason")),
                                          query.queryItemValue(QStringLiteral("changeId")), &why)
                : std::nullopt;
        if (!change)
            return badRequest(why.isEmpty() ? QStringLiteral("That is not an item id.") : why);
        return commit(thing, *change, caller, false);
    });
}

} // namespace larder::cloud

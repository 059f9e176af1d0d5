// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/Ingredient.h"
#include "larder-cloud/api/ApiCommon.h"

#include <QJsonObject>

#include <functional>

namespace larder::cloud {

class FamilyStore;
class IngredientStore;

/// A list of items over REST (docs/api.md, "Ingredients" and "Shopping lists"): what is in a
/// fridge (`GET|POST /devices/{id}/ingredients`, `PATCH|DELETE …/{itemId}`) and a family's
/// shopping list (`/families/{id}/shopping`, the same requests), for the members of the
/// fridge's or the family's family (404 for anyone else). Every applied change goes to the
/// scope's publish, which puts it on the list's MQTT change feed.
class IngredientApi : public api::Endpoints
{
public:
    using Publish = std::function<void(const QString &owner, const QJsonObject &change)>;
    /// Which lists the endpoints serve: their route, who may use a list, and where changes go.
    struct Scope
    {
        QString route; ///< with `<arg>` for the owner (thing or family id)
        std::function<bool(const QString &sub, const QString &owner)> mayUse;
        QString notFound; ///< the 404's sentence
        Publish publish;
    };
    static Scope fridges(const FamilyStore *families, Publish publish);
    static Scope shopping(const FamilyStore *families, Publish publish);

    IngredientApi(const api::ApiAuth *auth, IngredientStore *store, Scope scope);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse list(const QString &thing, const QHttpServerRequest &request);
    QHttpServerResponse add(const QString &thing, const QHttpServerRequest &request);
    /// `POST …/changes` `{"changes":[…]}`: a journal's changes, applied in order.
    QHttpServerResponse batch(const QString &thing, const QHttpServerRequest &request);
    QHttpServerResponse edit(const QString &thing, const QString &itemId,
                             const QHttpServerRequest &request);
    QHttpServerResponse remove(const QString &thing, const QString &itemId,
                               const QHttpServerRequest &request);
    /// Applies @p change as @p caller, publishes it when it changed something, and answers.
    QHttpServerResponse commit(const QString &thing, inventory::Change change,
                               const api::Caller &caller, bool adding);
    /// Runs @p action when the caller may use @p thing's list; 404 otherwise.
    QHttpServerResponse forMember(const QString &thing, const QHttpServerRequest &request,
                                  const api::ApiAuth::CallerAction &action) const;

    const api::ApiAuth *m_auth;
    IngredientStore *m_store;
    Scope m_scope;
};

} // namespace larder::cloud

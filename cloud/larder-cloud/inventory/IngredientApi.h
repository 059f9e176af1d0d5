// SPDX-License-Identifier: MIT
#pragma once

#include "inventory/Ingredient.h"
#include "larder-cloud/api/ApiCommon.h"

#include <QJsonObject>

#include <functional>

namespace larder::cloud {

class FamilyStore;
class IngredientStore;

/// What is in a fridge, over REST (docs/api.md, "Ingredients"): `GET|POST
/// /devices/{id}/ingredients`, `PATCH|DELETE /devices/{id}/ingredients/{itemId}`, for members
/// of the fridge's family (404 for anyone else). Every applied change goes to @p publish, which
/// puts it on the fridge's MQTT change feed.
class IngredientApi : public api::Endpoints
{
public:
    using Publish = std::function<void(const QString &thing, const QJsonObject &change)>;

    IngredientApi(const api::ApiAuth *auth, FamilyStore *families, IngredientStore *store,
                  Publish publish);
    void registerRoutes(QHttpServer &server) override;

private:
    QHttpServerResponse list(const QString &thing, const QHttpServerRequest &request);
    QHttpServerResponse add(const QString &thing, const QHttpServerRequest &request);
    QHttpServerResponse edit(const QString &thing, const QString &itemId,
                             const QHttpServerRequest &request);
    QHttpServerResponse remove(const QString &thing, const QString &itemId,
                               const QHttpServerRequest &request);
    /// Applies @p change as @p caller, publishes it when it changed something, and answers.
    QHttpServerResponse commit(const QString &thing, inventory::Change change,
                               const api::Caller &caller, bool adding);
    /// Runs @p action when the caller belongs to @p thing's family; 404 otherwise.
    QHttpServerResponse forMember(const QString &thing, const QHttpServerRequest &request,
                                  const api::ApiAuth::CallerAction &action) const;

    const api::ApiAuth *m_auth;
    FamilyStore *m_families;
    IngredientStore *m_store;
    Publish m_publish;
};

} // namespace larder::cloud

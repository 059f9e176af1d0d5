// SPDX-License-Identifier: MIT
#pragma once

#include "IngredientStore.h"
#include "IngredientVerdict.h"

#include <QJsonArray>
#include <QObject>
#include <QStringList>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

/// A list's MQTT side, on the MQTT plane (docs/api.md, "Ingredients" and "Shopping lists"):
/// the door tablet's requests on `larder/things/{thing}/{feature}/request` (list, add, edit,
/// remove, batch: the same fields and checks as REST, answered on `…/request/accepted|rejected`
/// with its clientToken, made by "Kitchen tablet"), and for the ingredients what the fridge's
/// cameras saw when the door closed (added items, and removed ones by name, made by "Camera").
/// Every applied change goes to the list's publish. The broker plugin decides who may publish
/// what; this service trusts the topic's thing.
class IngredientService : public QObject
{
    Q_OBJECT
public:
    /// Which list a fridge's requests reach and where its changes go.
    struct Lists
    {
        QString feature; ///< the topic's feature: "ingredients" or "shopping"
        /// The list @p thing's requests change (the thing, its family), or "" for none.
        std::function<QString(const QString &thing)> ownerOf;
        std::function<void(const QString &owner, const QJsonObject &change)> publish;
        bool recognition = false; ///< also takes what the cameras saw
    };
    /// What is in each fridge: its own list, changes on its feed.
    static Lists fridges(mqtt::MqttClient *client);

    IngredientService(mqtt::MqttClient *client, IngredientStore *store, Lists lists,
                      QObject *parent = nullptr);

    void start();
    QStringList requestFilters() const;
    /// Takes the shelf photos a recognition carries (`"photos":[{"shelf","key"}…]`).
    using PhotosAttached = std::function<void(const QString &thing, const QJsonArray &photos)>;
    void setPhotosAttached(PhotosAttached attached) { m_photosAttached = std::move(attached); }

    /// Items one list answer carries at most, and their bytes (the answer stays well under
    /// MQTT's 128 KB; the page ends early, with `next`, when it would not).
    static constexpr int maxPage = 200;
    static constexpr qsizetype maxAnswerBytes = 96 * 1024;
    /// Items one recognition message may add or remove (more are ignored).
    static constexpr int maxRecognized = 50;

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    void onRequest(const QString &thing, const QByteArray &payload);
    void onRecognition(const QString &thing, const QByteArray &payload);
    ingredients::Verdict list(const QString &thing, const QJsonObject &body) const;
    void answer(const QString &thing, const QString &clientToken,
                const ingredients::Verdict &verdict);
    void publishChange(const QString &owner, const inventory::Change &change,
                       const IngredientStore::Result &result);

    mqtt::MqttClient *m_client;
    IngredientStore *m_store;
    Lists m_lists;
    PhotosAttached m_photosAttached;
};

} // namespace larder::cloud

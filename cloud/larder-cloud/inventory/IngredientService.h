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

/// The ingredient lists' MQTT side, on the MQTT plane (docs/api.md, "Ingredients"): the door
/// tablet's requests (list, add, edit, remove: the same fields and checks as REST, answered on
/// `…/request/accepted|rejected` with its clientToken, made by "Kitchen tablet"), and what the
/// fridge's cameras saw when the door closed (added items, and removed ones by name, made by
/// "Camera"). Every applied change goes out on the fridge's change feed. The broker plugin
/// decides who may publish what; this service trusts the topic's thing.
class IngredientService : public QObject
{
    Q_OBJECT
public:
    IngredientService(mqtt::MqttClient *client, IngredientStore *store, QObject *parent = nullptr);

    void start();
    static QStringList requestFilters();
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
    void publishChange(const QString &thing, const inventory::Change &change,
                       const IngredientStore::Result &result);

    mqtt::MqttClient *m_client;
    IngredientStore *m_store;
    PhotosAttached m_photosAttached;
};

} // namespace larder::cloud

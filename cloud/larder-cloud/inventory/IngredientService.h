// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class IngredientStore;

/// The ingredient lists' MQTT side, on the MQTT plane (docs/api.md, "Ingredients"): the door
/// tablet's requests (add, edit, remove: the same fields and checks as REST, answered on
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

    /// Items one recognition message may add or remove (more are ignored).
    static constexpr int maxRecognized = 50;

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    void onRequest(const QString &thing, const QByteArray &payload);
    void onRecognition(const QString &thing, const QByteArray &payload);
    void answer(const QString &thing, const QString &clientToken, int status, const char *error,
                const QString &message, const QJsonObject &item);

    mqtt::MqttClient *m_client;
    IngredientStore *m_store;
};

} // namespace larder::cloud

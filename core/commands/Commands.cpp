// SPDX-License-Identifier: MIT
#include "Commands.h"

#include "JobTopics.h"
#include "api/ApiClient.h"
#include "common/Guarded.h"
#include "mqtt/MqttClient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace larder::commands {

Commands::Commands(api::ApiClient *api, mqtt::MqttClient *mqtt, QString thing, QObject *parent)
    : QObject(parent), m_api(api), m_mqtt(mqtt), m_thing(std::move(thing)),
      m_feed(topics::changes(m_thing)), m_model(this)
{
    if (m_mqtt) {
        connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &Commands::onFeed);
        // What the feed carried while the connection was down.
        connect(m_mqtt, &mqtt::MqttClient::connected, this, &Commands::refresh);
        m_mqtt->subscribe(m_feed);
    }
    connect(&m_model, &CommandsModel::rowsInserted, this, &Commands::countActive);
    connect(&m_model, &CommandsModel::rowsRemoved, this, &Commands::countActive);
    connect(&m_model, &CommandsModel::modelReset, this, &Commands::countActive);
    connect(&m_model, &CommandsModel::dataChanged, this, &Commands::countActive);
}

void Commands::countActive()
{
    const auto active =
        std::count_if(m_model.rows().cbegin(), m_model.rows().cend(), [](const CommandRow &row) {
            return row.phase() == u"waiting" || row.phase() == u"running";
        });
    if (active != m_active) {
        m_active = int(active);
        emit activeChanged();
    }
}

Commands::~Commands()
{
    if (m_mqtt)
        m_mqtt->unsubscribe(m_feed);
}

QVariantMap Commands::can() const
{
    QVariantMap map;
    for (const QString &name : m_supported)
        map.insert(name, true);
    return map;
}

void Commands::refresh()
{
    setLoading(m_model.count() == 0 || m_loading);
    m_api->get(QStringLiteral("/devices/%1/commands").arg(m_thing),
               guarded(this, [this](const api::ApiResult &result) {
                   setLoading(false);
                   if (!result.ok)
                       return setError(result.message);
                   m_model.show(ListModelBase::itemsOf<CommandRow>(result.body));
                   QStringList supported;
                   for (const QJsonValue &name : result.body.value(u"supported").toArray())
                       supported.append(name.toString());
                   if (supported != m_supported) {
                       m_supported = supported;
                       emit supportedChanged();
                   }
                   setError({});
               }));
}

void Commands::send(const QString &command, const QVariantMap &params)
{
    if (m_busy)
        return;
    setBusy(true);
    m_api->post(QStringLiteral("/devices/%1/commands").arg(m_thing),
                {{QStringLiteral("command"), command},
                 {QStringLiteral("params"), QJsonObject::fromVariantMap(params)}},
                guarded(this, [this](const api::ApiResult &result) {
                    setBusy(false);
                    if (!result.ok)
                        return setError(result.message);
                    setError({});
                    m_model.apply(CommandRow::fromJson(result.body));
                }));
}

void Commands::onFeed(const QByteArray &payload, const QString &topic)
{
    if (topic != m_feed)
        return;
    const CommandRow row = CommandRow::fromJson(QJsonDocument::fromJson(payload).object());
    if (row.id.isEmpty())
        return;
    const auto known = std::find_if(m_model.rows().cbegin(), m_model.rows().cend(),
                                    [&](const CommandRow &r) { return r.id == row.id; });
    const bool ended = row.phase() == u"done" || row.phase() == u"failed";
    const bool wasOpen = known == m_model.rows().cend() ||
                         (known->phase() != u"done" && known->phase() != u"failed");
    m_model.apply(row);
    if (ended && wasOpen)
        emit finished(row.title, row.stateText(), row.phase() == u"done");
}

void Commands::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void Commands::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

void Commands::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace larder::commands

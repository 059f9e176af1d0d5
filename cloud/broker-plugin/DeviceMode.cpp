// SPDX-License-Identifier: MIT
#include "DeviceMode.h"
#include "DeviceAuthorizer.h"
#include "PluginDatabase.h"

#include "../common/ProvisioningRoutes.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <ctime>
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>

namespace larder::cloud::deviceMode {

namespace {

struct DevicePlugin
{
    bool deviceMode = true; ///< first member: the plugin's cleanup tells the kinds apart
    mosquitto_plugin_id_t *id = nullptr;
    PluginDatabase db;
    QString service; ///< larder-cloud's own certificate CN

    struct Known
    {
        DeviceIdentity identity;
        qint64 at = 0;
    };
    QHash<QString, Known> identities; ///< CN → who, reused for 2 s (status changes apply fast)
    QSet<QString> admitted;           ///< client ids once allowed something (to notice revocation)

    struct Answer
    {
        QString client;
        qint64 at = 0;
    };
    QHash<QByteArray, Answer> answers; ///< provisioning answer (topic+payload hash) → its client

    DeviceIdentity identify(const QString &cn)
    {
        if (cn.isEmpty())
            return {};
        if (cn == service)
            return {DeviceIdentity::Kind::Service, {}};
        const qint64 now = qint64(std::time(nullptr));
        if (const auto known = identities.constFind(cn);
            known != identities.constEnd() && now - known->at < 2)
            return known->identity;
        bool found = false;
        const QStringList row = db.row("SELECT status, IFNULL(thing, ''), role FROM certificates "
                                       "WHERE cn = ?",
                                       {cn}, &found);
        DeviceIdentity identity;
        if (!found) {
            // Appliance certificates issued before the registry (`device-cert`): CN = thing.
            if (db.exists("SELECT 1 FROM things WHERE name = ?", {cn}))
                identity = {DeviceIdentity::Kind::Appliance, cn};
        } else if (row.value(0) == u"CLAIM") {
            identity.kind = DeviceIdentity::Kind::Claim;
        } else if (row.value(0) == u"PENDING_ACTIVATION") {
            identity.kind = DeviceIdentity::Kind::Pending;
        } else if (row.value(0) == u"ACTIVE" && !row.value(1).isEmpty()) {
            identity = {row.value(2) == u"kiosk" ? DeviceIdentity::Kind::Kiosk
                                                 : DeviceIdentity::Kind::Appliance,
                        row.value(1)};
        }
        if (identities.size() > 10000)
            identities.clear();
        identities.insert(cn, {identity, now});
        return identity;
    }

    static QByteArray answerKey(const char *topic, const void *payload, uint32_t size)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(QByteArrayView(topic));
        hash.addData(QByteArrayView(static_cast<const char *>(payload), qsizetype(size)));
        return hash.result();
    }
};

QString usernameOf(const mosquitto *client)
{
    const char *name = mosquitto_client_username(client);
    return QString::fromUtf8(name ? name : "");
}

int onAclCheck(int, void *data, void *userdata)
{
    auto *plugin = static_cast<DevicePlugin *>(userdata);
    auto *event = static_cast<mosquitto_evt_acl_check *>(data);
    if (event->access == MOSQ_ACL_UNSUBSCRIBE)
        return MOSQ_ERR_SUCCESS;
    const QString clientId = QString::fromUtf8(mosquitto_client_id(event->client));
    const DeviceIdentity identity = plugin->identify(usernameOf(event->client));
    DeviceAuthorizer::Access access = DeviceAuthorizer::Access::Read;
    if (event->access == MOSQ_ACL_WRITE)
        access = DeviceAuthorizer::Access::Write;
    else if (event->access == MOSQ_ACL_SUBSCRIBE)
        access = DeviceAuthorizer::Access::Subscribe;
    const QString topic = QString::fromUtf8(event->topic);
    bool forThisClient = false;
    if (access == DeviceAuthorizer::Access::Read && routes::isProvisioningTopic(topic)) {
        const auto answer = plugin->answers.constFind(
            DevicePlugin::answerKey(event->topic, event->payload, event->payloadlen));
        forThisClient = answer != plugin->answers.constEnd() && answer->client == clientId;
    }
    const QByteArray payload(static_cast<const char *>(event->payload),
                             qsizetype(event->payloadlen));
    const bool ok = DeviceAuthorizer::allowed(identity, access, topic, payload, forThisClient);
    if (ok) {
        plugin->admitted.insert(clientId);
    } else if (identity.kind == DeviceIdentity::Kind::Refused &&
               plugin->admitted.remove(clientId)) {
        // Revoked while connected (the fridge was deleted): end the connection.
        mosquitto_log_printf(MOSQ_LOG_NOTICE, "larder-auth: %s was revoked; disconnecting it",
                             qPrintable(clientId));
        mosquitto_kick_client_by_clientid(mosquitto_client_id(event->client), false);
    }
    return ok ? MOSQ_ERR_SUCCESS : MOSQ_ERR_ACL_DENIED;
}

void setTopic(mosquitto_evt_message *event, const QString &topic)
{
    mosquitto_free(event->topic);
    event->topic = mosquitto_strdup(topic.toUtf8().constData());
}

int onMessage(int, void *data, void *userdata)
{
    auto *plugin = static_cast<DevicePlugin *>(userdata);
    auto *event = static_cast<mosquitto_evt_message *>(data);
    const QString topic = QString::fromUtf8(event->topic);
    const QString cn = usernameOf(event->client);
    const qint64 now = qint64(std::time(nullptr));
    if (plugin->identify(cn).kind == DeviceIdentity::Kind::Service) {
        const auto answer = routes::parseAnswer(topic);
        if (!answer)
            return MOSQ_ERR_SUCCESS;
        setTopic(event, answer->second);
        for (auto it = plugin->answers.begin(); it != plugin->answers.end();)
            it = now - it->at > 60 ? plugin->answers.erase(it) : std::next(it);
        plugin->answers.insert(
            DevicePlugin::answerKey(event->topic, event->payload, event->payloadlen),
            {answer->first, now});
        return MOSQ_ERR_SUCCESS;
    }
    const QString internal =
        routes::requestTopic(topic, QString::fromUtf8(mosquitto_client_id(event->client)), cn);
    if (!internal.isEmpty())
        setTopic(event, internal);
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void *data, void *userdata)
{
    static_cast<DevicePlugin *>(userdata)->admitted.remove(QString::fromUtf8(
        mosquitto_client_id(static_cast<mosquitto_evt_disconnect *>(data)->client)));
    return MOSQ_ERR_SUCCESS;
}

} // namespace

int init(mosquitto_plugin_id_t *identifier, void **userdata, mosquitto_opt *options,
         int optionCount)
{
    auto *plugin = new DevicePlugin;
    plugin->id = identifier;
    QString dbPath;
    for (int i = 0; i < optionCount; ++i) {
        const QByteArray key(options[i].key);
        if (key == "database")
            dbPath = QString::fromUtf8(options[i].value);
        else if (key == "service")
            plugin->service = QString::fromUtf8(options[i].value);
    }
    if (plugin->service.isEmpty() || !plugin->db.open(dbPath)) {
        mosquitto_log_printf(MOSQ_LOG_ERR,
                             "larder-auth (device): needs plugin_opt_database and _service");
        delete plugin;
        return MOSQ_ERR_INVAL;
    }
    *userdata = plugin;
    mosquitto_callback_register(identifier, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr, plugin);
    mosquitto_callback_register(identifier, MOSQ_EVT_MESSAGE, onMessage, nullptr, plugin);
    mosquitto_callback_register(identifier, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr, plugin);
    return MOSQ_ERR_SUCCESS;
}

int cleanup(void *userdata)
{
    auto *plugin = static_cast<DevicePlugin *>(userdata);
    mosquitto_callback_unregister(plugin->id, MOSQ_EVT_ACL_CHECK, onAclCheck, nullptr);
    mosquitto_callback_unregister(plugin->id, MOSQ_EVT_MESSAGE, onMessage, nullptr);
    mosquitto_callback_unregister(plugin->id, MOSQ_EVT_DISCONNECT, onDisconnect, nullptr);
    delete plugin;
    return MOSQ_ERR_SUCCESS;
}

} // namespace larder::cloud::deviceMode

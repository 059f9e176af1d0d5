// SPDX-License-Identifier: MIT
#include "DeviceMode.h"
#include "DeviceAuthorizer.h"
#include "InFlight.h"
#include "LogText.h"
#include "PluginDatabase.h"
#include "PluginInstance.h"
#include "PresenceTracker.h"
#include "RequestGates.h"

#include "common/PresenceTopics.h"
#include "common/ProvisioningRoutes.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <cstring>
#include <ctime>
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>
#include <openssl/x509.h>

namespace larder::cloud::deviceMode {

namespace {

struct DevicePlugin : PluginInstance
{
    using PluginInstance::PluginInstance;
    void registerCallbacks();
    PluginDatabase db;
    QString service;     ///< larder-cloud's own certificate CN (and its shadow service's client id)
    QString development; ///< the development listener's certificate CN (that listener only)
    PresenceTracker presence;

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
        if (!development.isEmpty() && cn == development)
            return {DeviceIdentity::Kind::Development, {}};
        const qint64 now = qint64(std::time(nullptr));
        if (const auto known = identities.constFind(cn);
            known != identities.constEnd() && now - known->at < 2)
            return known->identity;
        bool found = false;
        const QStringList row = db.row("SELECT status, COALESCE(thing, ''), role FROM certificates "
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

/// The common name of the client's TLS certificate (the listener requires one).
QString commonNameOf(mosquitto *client)
{
    X509 *certificate = static_cast<X509 *>(mosquitto_client_certificate(client));
    if (!certificate)
        return {};
    char name[256] = {};
    const int length = X509_NAME_get_text_by_NID(X509_get_subject_name(certificate), NID_commonName,
                                                 name, sizeof(name));
    X509_free(certificate);
    return length > 0 ? QString::fromUtf8(name, length) : QString();
}

/// Publishes @p body straight to the shadow service's connection (no subscription involved).
void tellService(const DevicePlugin &plugin, const QString &topic, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    void *payload = mosquitto_malloc(size_t(json.size()));
    if (!payload)
        return;
    std::memcpy(payload, json.constData(), size_t(json.size()));
    mosquitto_broker_publish(plugin.service.toUtf8().constData(), topic.toUtf8().constData(),
                             int(json.size()), payload, 1, false, nullptr);
}

void tellPresence(const DevicePlugin &plugin, const QString &thing, const QString &clientId,
                  bool connected)
{
    tellService(plugin, presence::eventTopic(),
                {{QStringLiteral("thing"), thing},
                 {QStringLiteral("clientId"), clientId},
                 {QStringLiteral("connected"), connected}});
}

/// CONNECT: the certificate decides who this is (never the user name a client sends), pending,
/// revoked and unknown certificates are refused, and the client id must be the identity's own.
int onBasicAuth(int, void *data, void *userdata)
{
    auto *plugin = static_cast<DevicePlugin *>(userdata);
    auto *event = static_cast<mosquitto_evt_basic_auth *>(data);
    const QString cn = commonNameOf(event->client);
    const QString clientId = QString::fromUtf8(mosquitto_client_id(event->client));
    plugin->identities.remove(cn); // a connect always reads the registry afresh
    const DeviceIdentity identity = plugin->identify(cn);
    const bool developmentListener = !plugin->development.isEmpty();
    if (!DeviceAuthorizer::mayConnect(identity, cn, clientId) ||
        developmentListener != (identity.kind == DeviceIdentity::Kind::Development)) {
        mosquitto_log_printf(MOSQ_LOG_NOTICE, "larder-auth (device): refused %s as %s",
                             logSafe(cn).constData(), logSafe(clientId).constData());
        return MOSQ_ERR_AUTH;
    }
    // Admitted connections count (each is presence and a shadow write in the cloud).
    if (identity.kind != DeviceIdentity::Kind::Service &&
        identity.kind != DeviceIdentity::Kind::Development && !admitConnection(cn)) {
        mosquitto_log_printf(MOSQ_LOG_NOTICE,
                             "larder-auth (device): refused %s: too many connections a second",
                             logSafe(cn).constData());
        return MOSQ_ERR_AUTH;
    }
    mosquitto_set_username(event->client, cn.toUtf8().constData());
    if (identity.kind == DeviceIdentity::Kind::Appliance) {
        InFlight::shared().forget(identity.thing); // a new connection starts with its budget
        if (plugin->presence.connected(event->client, identity.thing))
            tellPresence(*plugin, identity.thing, clientId, true);
    }
    return MOSQ_ERR_SUCCESS;
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
    // Allowed, but within the device's share? (Publishes and wills alike pass here.)
    if (ok && access == DeviceAuthorizer::Access::Write &&
        identity.kind != DeviceIdentity::Kind::Service &&
        identity.kind != DeviceIdentity::Kind::Development &&
        !admitDeviceRequest(event->topic, event->payload, int(event->payloadlen),
                            usernameOf(event->client)))
        return MOSQ_ERR_ACL_DENIED;
    if (ok) {
        plugin->admitted.insert(clientId);
    } else if (identity.kind == DeviceIdentity::Kind::Refused &&
               plugin->admitted.remove(clientId)) {
        // Revoked while connected (the fridge was deleted): end the connection.
        mosquitto_log_printf(MOSQ_LOG_NOTICE, "larder-auth: %s was revoked; disconnecting it",
                             logSafe(clientId).constData());
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
    const bool fromService = plugin->identify(cn).kind == DeviceIdentity::Kind::Service;
    // A request past its thing's in-flight share goes no further (not even to provisioning's
    // routes). Every other device request was counted in the ACL check (admitDeviceRequest).
    if (gateShadowMessage(event, fromService))
        return MOSQ_ERR_SUCCESS;
    if (fromService) {
        if (topic == presence::requestTopic()) {
            tellService(*plugin, presence::snapshotTopic(), plugin->presence.snapshot());
            return MOSQ_ERR_SUCCESS;
        }
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
    auto *plugin = static_cast<DevicePlugin *>(userdata);
    mosquitto *client = static_cast<mosquitto_evt_disconnect *>(data)->client;
    const QString clientId = QString::fromUtf8(mosquitto_client_id(client));
    plugin->admitted.remove(clientId);
    const QString thing = plugin->presence.disconnected(client);
    if (!thing.isEmpty())
        tellPresence(*plugin, thing, clientId, false);
    return MOSQ_ERR_SUCCESS;
}

void DevicePlugin::registerCallbacks()
{
    on(MOSQ_EVT_BASIC_AUTH, onBasicAuth, this);
    on(MOSQ_EVT_ACL_CHECK, onAclCheck, this);
    on(MOSQ_EVT_MESSAGE, onMessage, this);
    on(MOSQ_EVT_DISCONNECT, onDisconnect, this);
}

} // namespace

int init(mosquitto_plugin_id_t *identifier, void **userdata, mosquitto_opt *options,
         int optionCount)
{
    auto *plugin = new DevicePlugin(identifier);
    QString dbPath;
    for (int i = 0; i < optionCount; ++i) {
        const QByteArray key(options[i].key);
        if (key == "database")
            dbPath = QString::fromUtf8(options[i].value);
        else if (key == "service")
            plugin->service = QString::fromUtf8(options[i].value);
        else if (key == "development")
            plugin->development = QString::fromUtf8(options[i].value);
    }
    if (plugin->service.isEmpty() || !plugin->db.open(dbPath)) {
        mosquitto_log_printf(MOSQ_LOG_ERR,
                             "larder-auth (device): needs plugin_opt_database and _service");
        delete plugin;
        return MOSQ_ERR_INVAL;
    }
    plugin->registerCallbacks();
    *userdata = static_cast<PluginInstance *>(plugin);
    return MOSQ_ERR_SUCCESS;
}

} // namespace larder::cloud::deviceMode

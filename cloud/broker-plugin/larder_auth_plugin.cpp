// SPDX-License-Identifier: MIT
// Mosquitto plugin (API v5) for larder-cloud's app listener: MQTT username/password where the
// password is the user's ID token (as with AWS IoT custom authentication). It verifies the
// token (signature against the pool's JWKS, issuer, audience, token_use, expiry, live session)
// at connect, and asks AppAuthorizer for every subscribe/publish/delivery. Once a token has
// expired or its session was signed out, every further subscribe, publish and delivery of
// that connection is refused. (Disconnecting it needs the tick event, which Mosquitto 2.0
// gives only to global plugins; this one is per listener.)
#include "AppAuthorizer.h"
#include "DeviceMode.h"
#include "LogText.h"
#include "PluginDatabase.h"
#include "PluginInstance.h"
#include "RequestGates.h"

#include "mqtt/ClientIds.h"

#include "larder-cloud/identity/Jwt.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <ctime>
#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>

using larder::cloud::AppAuthorizer;

namespace {

struct Session
{
    QString sub;
    QString origin;
    qint64 expires = 0;
    qint64 checkedAt = 0; ///< when the session was last found alive (re-checked every 2 s)
    bool staff = false;   ///< a support account: only what a family's consent allows
};

struct Plugin : larder::cloud::PluginInstance
{
    using PluginInstance::PluginInstance;
    void registerCallbacks();
    QString jwksPath, issuer, clientId;
    QJsonObject jwks;
    larder::cloud::PluginDatabase db;
    QHash<QString, Session> sessions; ///< MQTT client id → who it is

    bool query(const char *sql, const QStringList &values) { return db.exists(sql, values); }
    bool sessionAlive(const QString &origin)
    {
        return query("SELECT 1 FROM sessions WHERE session = ? AND expires > ?",
                     {origin, QString::number(std::time(nullptr))});
    }

    /// Family membership answers, per user and fridge, reused for 5 s: every message is
    /// checked, and a membership change (leave, removal) applies within 5 s.
    struct Cached
    {
        bool allowed = false;
        qint64 at = 0;
    };
    QHash<QString, Cached> access;
    QHash<QString, Cached> decisions; ///< (user, access, topic) → allowed, for reads

    bool canUse(const QString &sub, const QString &thing)
    {
        const qint64 now = qint64(std::time(nullptr));
        const QString key = sub + u'\n' + thing;
        const auto cached = access.constFind(key);
        if (cached != access.constEnd() && now - cached->at < 5)
            return cached->allowed;
        const bool allowed =
            query("SELECT 1 FROM thing_families t JOIN members m ON m.family_id = t.family_id "
                  "WHERE t.thing = ? AND m.sub = ?",
                  {thing, sub});
        if (access.size() > 10000)
            access.clear(); // bounded: a flood of names cannot grow it forever
        access.insert(key, {allowed, now});
        return allowed;
    }
    bool isMember(const QString &sub, const QString &familyId)
    {
        const qint64 now = qint64(std::time(nullptr));
        const QString key = sub + QStringLiteral("\nfamily\n") + familyId;
        const auto cached = access.constFind(key);
        if (cached != access.constEnd() && now - cached->at < 5)
            return cached->allowed;
        const bool allowed =
            query("SELECT 1 FROM members WHERE family_id = ? AND sub = ?", {familyId, sub});
        if (access.size() > 10000)
            access.clear();
        access.insert(key, {allowed, now});
        return allowed;
    }
    /// What the consent @p sub (a support agent) holds for @p thing allows, reused for 5 s: an
    /// owner ending it or its time running out applies within 5 s.
    AppAuthorizer::Consent consentOf(const QString &sub, const QString &thing)
    {
        const qint64 now = qint64(std::time(nullptr));
        const QString key = sub + QStringLiteral("\nconsent\n") + thing;
        if (const auto cached = consents.constFind(key);
            cached != consents.constEnd() && now - cached->at < 5)
            return cached->consent;
        AppAuthorizer::Consent consent = AppAuthorizer::Consent::None;
        if (query("SELECT 1 FROM support_consents WHERE agent = ? AND thing = ? AND ended = 0 "
                  "AND expires > ? AND allow_writes = 1",
                  {sub, thing, QString::number(now)}))
            consent = AppAuthorizer::Consent::ReadWrite;
        else if (query("SELECT 1 FROM support_consents WHERE agent = ? AND thing = ? AND ended = "
                       "0 AND expires > ?",
                       {sub, thing, QString::number(now)}))
            consent = AppAuthorizer::Consent::Read;
        if (consents.size() > 10000)
            consents.clear();
        consents.insert(key, {consent, now});
        return consent;
    }
    struct CachedConsent
    {
        AppAuthorizer::Consent consent = AppAuthorizer::Consent::None;
        qint64 at = 0;
    };
    QHash<QString, CachedConsent> consents;

    void loadJwks()
    {
        QFile file(jwksPath);
        if (file.open(QIODevice::ReadOnly))
            jwks = QJsonDocument::fromJson(file.readAll()).object();
    }
};

int onBasicAuth(int, void *data, void *userdata)
{
    auto *plugin = static_cast<Plugin *>(userdata);
    auto *event = static_cast<mosquitto_evt_basic_auth *>(data);
    const QString token = QString::fromUtf8(event->password ? event->password : "");
    const QString clientId = QString::fromUtf8(mosquitto_client_id(event->client));
    QString why;
    auto claims = larder::cloud::jwt::verify(token, plugin->jwks, &why);
    if (!claims && why == u"unknown signing key") {
        plugin->loadJwks(); // the pool's key may have been created after we started
        claims = larder::cloud::jwt::verify(token, plugin->jwks, &why);
    }
    const qint64 now = qint64(std::time(nullptr));
    if (claims) {
        if (claims->value(u"iss").toString() != plugin->issuer ||
            claims->value(u"aud").toString() != plugin->clientId ||
            claims->value(u"token_use").toString() != u"id")
            why = QStringLiteral("token not for this pool");
        else if (claims->value(u"exp").toInteger() <= now)
            why = QStringLiteral("token expired");
        else if (!larder::clientids::isAppOf(claims->value(u"sub").toString(), clientId))
            why = QStringLiteral("client id not the user's own");
        else if (!plugin->sessionAlive(claims->value(u"origin_jti").toString()))
            why = QStringLiteral("session signed out");
        else {
            plugin->sessions.insert(
                clientId,
                {claims->value(u"sub").toString(), claims->value(u"origin_jti").toString(),
                 claims->value(u"exp").toInteger(), now,
                 claims->value(u"cognito:groups").toArray().contains(QStringLiteral("support"))});
            return MOSQ_ERR_SUCCESS;
        }
    }
    mosquitto_log_printf(MOSQ_LOG_NOTICE, "larder-auth: refused %s: %s",
                         larder::cloud::logSafe(clientId).constData(),
                         larder::cloud::logSafe(why).constData());
    return MOSQ_ERR_AUTH;
}

int onAclCheck(int, void *data, void *userdata)
{
    auto *plugin = static_cast<Plugin *>(userdata);
    auto *event = static_cast<mosquitto_evt_acl_check *>(data);
    const auto session =
        plugin->sessions.find(QString::fromUtf8(mosquitto_client_id(event->client)));
    const qint64 now = qint64(std::time(nullptr));
    if (session == plugin->sessions.end() || session->expires <= now)
        return MOSQ_ERR_ACL_DENIED; // expired: nothing more goes in or out
    if (now - session->checkedAt >= 2) {
        if (!plugin->sessionAlive(session->origin)) {
            mosquitto_log_printf(
                MOSQ_LOG_NOTICE, "larder-auth: %s was signed out; refusing its traffic",
                larder::cloud::logSafe(QString::fromUtf8(mosquitto_client_id(event->client)))
                    .constData());
            plugin->sessions.erase(session); // signed out (GlobalSignOut, password reset)
            return MOSQ_ERR_ACL_DENIED;
        }
        session->checkedAt = now;
    }
    AppAuthorizer::Access access = AppAuthorizer::Access::Read;
    if (event->access == MOSQ_ACL_WRITE)
        access = AppAuthorizer::Access::Write;
    else if (event->access == MOSQ_ACL_SUBSCRIBE)
        access = AppAuthorizer::Access::Subscribe;
    else if (event->access == MOSQ_ACL_UNSUBSCRIBE)
        return MOSQ_ERR_SUCCESS;
    const QString sub = session->sub;
    const bool staff = session->staff;
    const auto decide = [&] {
        const QByteArray payload(static_cast<const char *>(event->payload),
                                 qsizetype(event->payloadlen));
        if (staff)
            return AppAuthorizer::staffAllowed(
                access, QString::fromUtf8(event->topic), payload,
                [plugin, &sub](const QString &thing) { return plugin->consentOf(sub, thing); });
        return AppAuthorizer::allowed(
            access, QString::fromUtf8(event->topic), payload,
            [plugin, &sub](const QString &thing) { return plugin->canUse(sub, thing); },
            [plugin, &sub](const QString &family) { return plugin->isMember(sub, family); });
    };
    bool ok = false;
    if (access == AppAuthorizer::Access::Write || staff) {
        // A write depends on its payload (no `reported`); an agent's consent is cached on its
        // own (5 s), so an ended one closes within 5 s: decided every time.
        ok = decide();
    } else {
        // Deliveries repeat the same topics: reuse the decision for 5 s, like membership.
        const QString key =
            sub + u'\n' + QChar(u'0' + int(access)) + QString::fromUtf8(event->topic);
        const auto cached = plugin->decisions.constFind(key);
        if (cached != plugin->decisions.constEnd() && now - cached->at < 5) {
            ok = cached->allowed;
        } else {
            ok = decide();
            if (plugin->decisions.size() > 10000)
                plugin->decisions.clear();
            plugin->decisions.insert(key, {ok, now});
        }
    }
    return ok ? MOSQ_ERR_SUCCESS : MOSQ_ERR_ACL_DENIED;
}

int onMessage(int, void *data, void *)
{
    (void)larder::cloud::gateShadowMessage(static_cast<mosquitto_evt_message *>(data), false);
    return MOSQ_ERR_SUCCESS;
}

int onDisconnect(int, void *data, void *userdata)
{
    auto *plugin = static_cast<Plugin *>(userdata);
    plugin->sessions.remove(QString::fromUtf8(
        mosquitto_client_id(static_cast<mosquitto_evt_disconnect *>(data)->client)));
    return MOSQ_ERR_SUCCESS;
}

void Plugin::registerCallbacks()
{
    on(MOSQ_EVT_BASIC_AUTH, onBasicAuth, this);
    on(MOSQ_EVT_ACL_CHECK, onAclCheck, this);
    on(MOSQ_EVT_MESSAGE, onMessage, this);
    on(MOSQ_EVT_DISCONNECT, onDisconnect, this);
}

} // namespace

extern "C" {

int mosquitto_plugin_version(int count, const int *versions)
{
    for (int i = 0; i < count; ++i)
        if (versions[i] == 5)
            return 5;
    return -1;
}

int mosquitto_plugin_init(mosquitto_plugin_id_t *identifier, void **userdata,
                          struct mosquitto_opt *options, int optionCount)
{
    for (int i = 0; i < optionCount; ++i)
        if (QByteArray(options[i].key) == "mode" && QByteArray(options[i].value) == "device")
            return larder::cloud::deviceMode::init(identifier, userdata, options, optionCount);
    auto *plugin = new Plugin(identifier);
    QString dbPath;
    for (int i = 0; i < optionCount; ++i) {
        const QByteArray key(options[i].key);
        const QString value = QString::fromUtf8(options[i].value);
        if (key == "jwks")
            plugin->jwksPath = value;
        else if (key == "database")
            dbPath = value;
        else if (key == "issuer")
            plugin->issuer = value;
        else if (key == "client_id")
            plugin->clientId = value;
    }
    plugin->loadJwks();
    if (plugin->issuer.isEmpty() || plugin->clientId.isEmpty() || !plugin->db.open(dbPath)) {
        mosquitto_log_printf(
            MOSQ_LOG_ERR, "larder-auth: needs plugin_opt_database, _jwks, _issuer and _client_id");
        delete plugin;
        return MOSQ_ERR_INVAL;
    }
    plugin->registerCallbacks();
    *userdata = static_cast<larder::cloud::PluginInstance *>(plugin);
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_plugin_cleanup(void *userdata, struct mosquitto_opt *, int)
{
    // Either mode: the instance unregisters its own callbacks.
    delete static_cast<larder::cloud::PluginInstance *>(userdata);
    return MOSQ_ERR_SUCCESS;
}

} // extern "C"

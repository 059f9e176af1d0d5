// SPDX-License-Identifier: MIT
#include "OwnerApp.h"
#include "camera/LiveCamera.h"
#include "common/Guarded.h"
#include "support/SupportAccess.h"

#include <QStandardPaths>
#include <QTime>

#include "inventory/InventorySync.h"

#include <QSslCertificate>

#include <QLoggingCategory>

using namespace larder;

OwnerApp::OwnerApp(const profile::CloudProfile &profile, QObject *parent)
    : QObject(parent),
      m_cognito(&m_network, profile.identityEndpoint, profile.appClientId, profile.caFile),
      m_store(QStringLiteral("larder-") + profile.userPoolId), m_session(&m_cognito, &m_store),
      m_account(&m_cognito, &m_session), m_connection(&m_session, &m_mqtt, profile.mqttUsername()),
      m_api(
          &m_network, profile.apiBaseUrl, [this] { return m_session.tokens().idToken; },
          profile.caFile),
      m_inventoryStore(larder::inventory::InventoryStore::defaultPath()),
      m_shoppingStore(larder::inventory::InventoryStore::defaultPath(QStringLiteral("shopping")),
                      QStringLiteral("larder-shopping")),
      m_families(&m_api), m_selection(&m_mqtt, &m_families),
      m_pairing(&m_api, &m_families, &m_selection)
{
    // What is in each fridge: kept on this device too, so it shows at once and offline edits
    // wait in the journal.
    QString error;
    if (!m_inventoryStore.open(&error))
        qWarning("larder: the local ingredient store cannot be opened: %s", qPrintable(error));
    if (!m_shoppingStore.open(&error))
        qWarning("larder: the local shopping-list store cannot be opened: %s", qPrintable(error));
    const auto listsOn = [this](inventory::InventoryChannel *channel,
                                inventory::InventoryStore *store) {
        return [this, channel, store](const QString &owner, QObject *parent) {
            const auto &tokens = m_session.tokens();
            auto *list = new inventory::InventorySync(
                channel, &m_mqtt, store, owner,
                inventory::Author{QStringLiteral("member"), tokens.sub,
                                  tokens.name.isEmpty() ? tokens.email : tokens.name},
                parent);
            list->start();
            return list;
        };
    };
    m_selection.addFeature(QLatin1String(fridge::FridgeSelection::inventoryFeature),
                           [lists = listsOn(&m_inventoryChannel, &m_inventoryStore)](
                               const QString &thing, const QString &, QObject *parent) {
                               return lists(thing, parent);
                           });
    m_selection.setShoppingFactory(listsOn(&m_shoppingChannel, &m_shoppingStore));
    // The family board: its uploads wait in the journal across restarts.
    if (!m_uploads.open(&error))
        qWarning("larder: the upload journal cannot be opened: %s", qPrintable(error));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!profile.caFile.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromPath(profile.caFile));
    m_selection.setBoardFactory([this, tls](const QString &familyId, QObject *parent) {
        const family::Family *family = m_families.find(familyId);
        const bool owner = family && family->myRole == family::MemberRole::Owner;
        auto *board = board::Board::forMember(&m_api, &m_mqtt, &m_uploads, tls, familyId,
                                              m_session.tokens().sub, owner, parent);
        board->refresh();
        return board;
    });
    // "Look inside": each fridge's shelf photos, their pictures cached per fridge.
    m_selection.addFeature(
        QLatin1String(fridge::FridgeSelection::lookInsideFeature),
        [this, tls](const QString &thing, const QString &familyId, QObject *parent) {
            auto *photos = new inventory::ShelfPhotos(
                &m_api, &m_mqtt, tls, familyId, thing,
                QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                    QStringLiteral("/photos/") + thing,
                parent);
            photos->refresh();
            return photos;
        });
    // "Show camera": each fridge's shelves live, over WebRTC, signalled on the app's connection;
    // the relay's credentials (if the cloud runs one) asked for per viewing.
    m_selection.addFeature(
        QStringLiteral("camera"),
        [this, ice = camera::WebRtcPeer::IceServers::from(profile.iceServers),
         askCloud = camera::LiveCamera::relayFromCloud(profile.iceServers)](
            const QString &thing, const QString &, QObject *parent) {
            auto *view = new camera::LiveCamera(
                &m_mqtt, thing, ice.value_or(camera::WebRtcPeer::IceServers{}), parent);
            if (askCloud)
                view->setIceProvider([api = &m_api, thing](QObject *context, auto done) {
                    api->get(QStringLiteral("/devices/%1/camera/ice-servers").arg(thing),
                             guarded(context, [done](const api::ApiResult &result) {
                                 done(result.ok ? camera::LiveCamera::iceServersIn(result.body)
                                                : QStringList());
                             }));
                });
            return view;
        });
    // Each fridge's temperatures over a day or a month, for its charts.
    m_selection.addFeature(QLatin1String(fridge::FridgeSelection::historyFeature),
                           [this](const QString &thing, const QString &, QObject *parent) {
                               auto *history = new history::TemperatureHistory(
                                   history::TemperatureHistory::overRest(&m_api, thing), parent);
                               history->load();
                               return history;
                           });
    // Support's access to each fridge: its family's owner grants and ends it; everyone sees
    // the trail of who looked.
    m_selection.addFeature(
        QStringLiteral("supportAccess"),
        [this](const QString &thing, const QString &familyId, QObject *parent) {
            const auto families = m_families.families();
            const bool owner = std::any_of(families.cbegin(), families.cend(), [&](const auto &f) {
                return f.familyId == familyId && f.myRole == family::MemberRole::Owner;
            });
            auto *access = new support::SupportAccess(&m_api, thing, owner, parent);
            access->refresh();
            return access;
        });
    // Every alert raised at the person's level is a desktop notification too (but warnings in
    // their quiet hours); clicking it opens that fridge.
    connect(&m_alerts, &alerts::Alerts::raised, &m_notifier,
            [this](const QString &deviceId, const QString &deviceName, const QString &message,
                   const QString &type) {
                if (m_alerts.notifies(type) &&
                    !m_alerts.quietHours().silences(type, QTime::currentTime()))
                    m_notifier.notify(deviceId, deviceName, message, type == u"error");
            });
    connect(&m_notifier, &alerts::DesktopNotifier::activated, this, [this](const QString &id) {
        m_selection.select(id);
        emit fridgeRequested(id);
    });
    // Commands to the fridge on screen, followed live.
    m_selection.addFeature(QLatin1String(fridge::FridgeSelection::commandsFeature),
                           [this](const QString &thing, const QString &, QObject *parent) {
                               auto *commands =
                                   new commands::Commands(&m_api, &m_mqtt, thing, parent);
                               commands->refresh();
                               return commands;
                           });
    // The client id is the signed-in user's own (AuthenticatedConnection sets it).
    m_mqtt.setSettings(profile.mqttSettings({}));

    connect(&m_session, &auth::AuthSession::stateChanged, this, &OwnerApp::onSessionState);
    // A 401 means the ID token is no longer accepted: refresh (which ends a revoked session).
    connect(&m_api, &api::ApiClient::unauthorized, &m_session, &auth::AuthSession::refresh);
    // …and the list that failed on the old token is fetched again with the new one.
    // A new name in the new tokens: the families list carries it to the family (and back).
    connect(&m_session, &auth::AuthSession::tokensChanged, this,
            [this, name = m_session.name()]() mutable {
                const bool renamed = std::exchange(name, m_session.name()) != m_session.name();
                if (m_signedIn && !m_session.staff() && (renamed || !m_families.error().isEmpty()))
                    m_families.reload();
            });
    // The alerts follow the user's families' feeds, and the list as it loads or changes.
    const auto followFamilies = [this] {
        QStringList ids;
        for (const family::Family &family : m_families.families())
            ids.append(family.familyId);
        m_alerts.setFamilies(ids);
        if (m_signedIn && m_families.loaded())
            m_alerts.refresh();
    };
    connect(&m_families, &family::FamiliesModel::loadedChanged, this, followFamilies);
    connect(&m_families, &QAbstractItemModel::rowsInserted, this, followFamilies);
    connect(&m_families, &QAbstractItemModel::rowsRemoved, this, followFamilies);
    connect(&m_families, &QAbstractItemModel::modelReset, this, followFamilies);
    m_familyRefresh.setInterval(familyRefreshMs);
    connect(&m_familyRefresh, &QTimer::timeout, &m_families, &family::FamiliesModel::reload);
}

void OwnerApp::start()
{
    const QString email = qEnvironmentVariable("LARDER_EMAIL");
    const QString password = qEnvironmentVariable("LARDER_PASSWORD");
    qunsetenv("LARDER_PASSWORD"); // not for child processes
    if (!email.isEmpty() && !password.isEmpty()) {
        m_session.signIn(email, password);
        return;
    }
    m_session.restore();
}

void OwnerApp::onSessionState()
{
    const bool signedIn = m_session.state() == auth::AuthSession::SignedIn;
    if (signedIn == m_signedIn)
        return;
    m_signedIn = signedIn;
    // A support account uses no family's endpoints: diagnostics instead.
    if (signedIn && m_session.staff())
        return m_diagnostics.start();
    if (!signedIn)
        m_diagnostics.stop();
    if (signedIn) {
        m_families.setMyUserId(m_session.tokens().sub);
        m_families.reload();
        m_familyRefresh.start();
    } else {
        m_familyRefresh.stop();
        m_alerts.setFamilies({});
        m_families.clear();
        m_families.setMyUserId({});
    }
}

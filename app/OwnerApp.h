// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/Alerts.h"
#include "alerts/DesktopNotifier.h"
#include "api/ApiClient.h"
#include "auth/AccountActions.h"
#include "auth/AuthSession.h"
#include "auth/AuthenticatedConnection.h"
#include "auth/CognitoClient.h"
#include "auth/SessionStore.h"
#include "family/FamiliesModel.h"
#include "fridge/FridgeSelection.h"
#include "inventory/InventoryStore.h"
#include "inventory/RestInventoryChannel.h"
#include "media/UploadJournal.h"
#include "mqtt/MqttClient.h"
#include "pairing/PairingFlow.h"
#include "profile/CloudProfile.h"

#include "DiagnosticsApp.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

/// Everything the owner app is made of, created and wired once: the identity client and the
/// session (kept in the keychain), the MQTT connection signed in with the session's ID token,
/// the REST API, the user's families and the fridge on screen.
class OwnerApp : public QObject
{
    Q_OBJECT
public:
    explicit OwnerApp(const larder::profile::CloudProfile &profile, QObject *parent = nullptr);

    /// Restores the last session, or, when LARDER_EMAIL and LARDER_PASSWORD are set (the
    /// demo's first run, screenshots, self-tests), signs in with them.
    void start();

    larder::auth::AuthSession *session() { return &m_session; }
    larder::auth::AccountActions *account() { return &m_account; }
    larder::family::FamiliesModel *families() { return &m_families; }
    larder::fridge::FridgeSelection *selection() { return &m_selection; }
    larder::pairing::PairingFlow *pairing() { return &m_pairing; }
    larder::alerts::Alerts *alerts() { return &m_alerts; }
    /// What a support account's sign-in opens instead (session().staff).
    DiagnosticsApp *diagnostics() { return &m_diagnostics; }

    /// How often the family list is refreshed while signed in (members and fridges change).
    static constexpr int familyRefreshMs = 60'000;

signals:
    /// The person asked to see fridge @p deviceId (a desktop notification was clicked).
    void fridgeRequested(const QString &deviceId);

private:
    void onSessionState();

    QNetworkAccessManager m_network;
    larder::auth::CognitoClient m_cognito;
    larder::auth::SessionStore m_store;
    larder::auth::AuthSession m_session;
    larder::auth::AccountActions m_account;
    larder::mqtt::MqttClient m_mqtt;
    larder::auth::AuthenticatedConnection m_connection;
    larder::api::ApiClient m_api;
    larder::inventory::InventoryStore m_inventoryStore;
    larder::inventory::RestInventoryChannel m_inventoryChannel{&m_api};
    larder::inventory::InventoryStore m_shoppingStore;
    larder::inventory::RestInventoryChannel m_shoppingChannel{
        &m_api, larder::inventory::RestInventoryChannel::Kind::Shopping};
    larder::media::UploadJournal m_uploads;
    larder::family::FamiliesModel m_families;
    larder::fridge::FridgeSelection m_selection;
    larder::pairing::PairingFlow m_pairing;
    larder::alerts::Alerts m_alerts{&m_api, &m_mqtt};
    DiagnosticsApp m_diagnostics{&m_api, &m_mqtt};
    larder::alerts::DesktopNotifier m_notifier;
    QTimer m_familyRefresh;
    bool m_signedIn = false;
};

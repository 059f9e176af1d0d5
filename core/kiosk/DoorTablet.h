// SPDX-License-Identifier: MIT
#pragma once

#include "alerts/DoorAlarm.h"
#include "board/Board.h"
#include "camera/LiveCamera.h"
#include "inventory/ShelfPhotos.h"

#include "mqtt/MqttTypes.h"
#include "pairing/PairingPayload.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <QtQml/qqmlregistration.h>
#include <memory>

namespace larder::mqtt {
class MqttClient;
class MqttRequests;
} // namespace larder::mqtt
namespace larder::fridge {
class FridgeController;
}
namespace larder::history {
class TemperatureHistory;
}
namespace larder::inventory {
class InventorySync;
class TabletList;
} // namespace larder::inventory

namespace larder::kiosk {

/// The door tablet's identity, from the factory's claim certificate to a paired kiosk
/// (PROTOCOLS.md section 2). With its claim certificate it makes its own key, asks for a
/// certificate (CreateCertificateFromCsr) and registers its thing (RegisterThing); then it
/// connects with its own certificate and waits, showing the pairing code, until a family pairs
/// the fridge; then it follows the fridge like a family member's app. When the certificate is
/// revoked (the fridge was deleted), it starts over. Files live in the device folder:
/// `claim.cert.pem`, `claim.key.pem`, `ca.pem`, `label.txt` from the factory, and
/// `device.key.pem` (made here, 0600, never sent), `device.cert.pem`, `thing.txt`.
class DoorTablet : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by the app")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QString pairingUri READ pairingUri NOTIFY labelChanged)
    Q_PROPERTY(QString pairingCode READ pairingCode NOTIFY labelChanged)
    Q_PROPERTY(QString serial READ serial NOTIFY labelChanged)
    Q_PROPERTY(QString model READ model NOTIFY labelChanged)
    Q_PROPERTY(larder::fridge::FridgeController *fridge READ fridge NOTIFY stateChanged)
    /// What is inside, once paired: kept in `inventory.sqlite` in the device folder, changed
    /// over this tablet's own MQTT connection.
    Q_PROPERTY(larder::inventory::InventorySync *inventory READ inventory NOTIFY stateChanged)
    /// The family's shopping list, once paired: read, added to and ticked off on the door (where
    /// people notice the milk is gone); kept in `shopping.sqlite` in the device folder.
    Q_PROPERTY(larder::inventory::InventorySync *shopping READ shopping NOTIFY stateChanged)
    /// The family board, once paired: over the tablet's own connection, as "Kitchen tablet";
    /// its uploads in `uploads.sqlite` in the device folder.
    Q_PROPERTY(larder::board::Board *board READ board NOTIFY stateChanged)
    /// The fridge's last 24 hours, once paired: the compartments' trend on the door.
    Q_PROPERTY(larder::history::TemperatureHistory *history READ history NOTIFY stateChanged)
    /// The fridge's cameras live on the door, once paired (its own fridge only).
    Q_PROPERTY(larder::camera::LiveCamera *camera READ camera NOTIFY stateChanged)
    /// The latest photo of each shelf, once paired: listed and fetched over this connection.
    Q_PROPERTY(larder::inventory::ShelfPhotos *lookInside READ lookInside NOTIFY stateChanged)
    /// The fridge's alarm, once paired: its open alerts, sounded on the door.
    Q_PROPERTY(larder::alerts::DoorAlarm *alarm READ alarm NOTIFY stateChanged)

public:
    enum State {
        Starting,
        Provisioning,      ///< asking the cloud for this tablet's certificate
        WaitingForPairing, ///< identity ready; a family must pair the fridge
        Paired,            ///< following the fridge
        Failed,            ///< see error; retries by itself
    };
    Q_ENUM(State)

    DoorTablet(const QString &deviceDir, const QString &host, int port, QObject *parent = nullptr);
    ~DoorTablet() override;
    /// Where the live camera's ICE may look (the profile's); before it pairs.
    /// @p askForRelay: the cloud gives out a relay's credentials (LiveCamera::relayFromCloud).
    void setIceServers(const camera::WebRtcPeer::IceServers &servers, bool askForRelay)
    {
        m_iceServers = servers;
        m_askForRelay = askForRelay;
    }

    void start();

    State state() const { return m_state; }
    QString error() const { return m_error; }
    QString pairingUri() const { return m_label.toUri(); }
    QString pairingCode() const { return m_label.printedSecret(); }
    QString serial() const { return m_label.serial; }
    QString model() const { return m_label.model; }
    QString thing() const { return m_thing; }
    fridge::FridgeController *fridge() const { return m_fridge; }
    inventory::InventorySync *inventory() const;
    inventory::InventorySync *shopping() const;
    board::Board *board() const { return m_board; }
    alerts::DoorAlarm *alarm() const { return m_alarm; }
    history::TemperatureHistory *history() const { return m_history; }
    camera::LiveCamera *camera() const { return m_camera; }
    inventory::ShelfPhotos *lookInside() const { return m_lookInside; }
    /// For the door's local diagnostics: the tablet's own broker connection (null before it
    /// has an identity; made anew when it reconnects: `stateChanged`), where it connects, and
    /// its certificate and CA files.
    mqtt::MqttClient *deviceClient() const { return m_device; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString certificatePath() const { return path("device.cert.pem"); }
    QString caPath() const { return path("ca.pem"); }

    /// How often a waiting tablet asks again whether it may reach its fridge.
    static constexpr int pairingPollMs = 3000;
    static constexpr int retryMs = 10'000;

signals:
    void stateChanged();
    void errorChanged();
    void labelChanged();

private:
    QString path(const char *name) const;
    /// The device listener with one of this folder's certificates.
    mqtt::ConnectionSettings settingsFor(const QString &clientId, const char *certificate,
                                         const char *key) const;
    void provision();
    void onClaimMessage(const QByteArray &payload, const QString &topic);
    void connectDevice();
    void probe();
    void onGranted(const QString &filter, bool granted);
    void follow();
    void unfollow();
    void startOver(const QString &why);
    void fail(const QString &why);
    void setState(State state);
    void setError(const QString &error);

    QString m_dir;
    QString m_host;
    int m_port;
    pairing::PairingPayload m_label;
    QString m_thing;
    mqtt::MqttClient *m_claim = nullptr;
    mqtt::MqttClient *m_device = nullptr;
    fridge::FridgeController *m_fridge = nullptr;
    std::unique_ptr<inventory::TabletList> m_inventory;
    std::unique_ptr<inventory::TabletList> m_shopping;
    QNetworkAccessManager m_network;
    std::unique_ptr<media::UploadJournal> m_uploads;
    board::Board *m_board = nullptr;
    alerts::DoorAlarm *m_alarm = nullptr;
    std::unique_ptr<mqtt::MqttRequests> m_historyRequests;
    history::TemperatureHistory *m_history = nullptr;
    camera::LiveCamera *m_camera = nullptr;
    camera::WebRtcPeer::IceServers m_iceServers;
    bool m_askForRelay = false;
    inventory::ShelfPhotos *m_lookInside = nullptr;
    QString m_ownershipToken;
    QTimer m_poll;
    QTimer m_retry;
    State m_state = Starting;
    QString m_error;
};

} // namespace larder::kiosk

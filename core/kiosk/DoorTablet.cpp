// SPDX-License-Identifier: MIT
#include "DoorTablet.h"

#include "DeviceKey.h"
#include "common/Guarded.h"
#include "media/MediaChannel.h"
#include "provisioning/ProvisioningTopics.h"

#include "fridge/FridgeController.h"
#include "history/TemperatureHistory.h"
#include "inventory/InventorySync.h"
#include "inventory/TabletList.h"
#include "mqtt/ClientIds.h"
#include "mqtt/MqttClient.h"
#include "mqtt/MqttRequests.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcKiosk, "larder.kiosk", QtInfoMsg)

namespace larder::kiosk {

namespace topics = provisioning::topics;

namespace {
QString probeTopic(const QString &thing)
{
    return QStringLiteral("$aws/things/%1/shadow/get/accepted").arg(thing);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}
} // namespace

DoorTablet::DoorTablet(const QString &deviceDir, const QString &host, int port, QObject *parent)
    : QObject(parent), m_dir(deviceDir), m_host(host), m_port(port)
{
    m_poll.setInterval(pairingPollMs);
    connect(&m_poll, &QTimer::timeout, this, &DoorTablet::probe);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &DoorTablet::start);
}

DoorTablet::~DoorTablet()
{
    unfollow();
}

QString DoorTablet::path(const char *name) const
{
    return m_dir + u'/' + QLatin1String(name);
}

void DoorTablet::start()
{
    QString why = tr("The factory files are missing from %1.").arg(m_dir);
    const auto parsed = pairing::PairingPayload::fromLabelFile(path("label.txt"), &why);
    if (!parsed || !QFile::exists(path("claim.cert.pem"))) {
        fail(why);
        return;
    }
    m_label = *parsed;
    emit labelChanged();
    QFile thing(path("thing.txt"));
    if (QFile::exists(path("device.cert.pem")) && thing.open(QIODevice::ReadOnly)) {
        m_thing = QString::fromUtf8(thing.readAll()).trimmed();
        connectDevice();
    } else {
        provision();
    }
}

mqtt::ConnectionSettings DoorTablet::settingsFor(const QString &clientId, const char *certificate,
                                                 const char *key) const
{
    mqtt::ConnectionSettings settings;
    settings.host = m_host;
    settings.port = m_port;
    settings.clientId = clientId;
    settings.caFile = path("ca.pem");
    settings.certFile = path(certificate);
    settings.keyFile = path(key);
    return settings;
}

void DoorTablet::provision()
{
    setState(Provisioning);
    setError({});
    delete m_claim;
    m_claim = new mqtt::MqttClient(this);
    m_claim->setSettings(
        settingsFor(clientids::owned(clientids::claim(m_label.serial),
                                     QString::number(QRandomGenerator::global()->generate(), 36)),
                    "claim.cert.pem", "claim.key.pem"));
    auto waiting = std::make_shared<QStringList>();
    connect(m_claim, &mqtt::MqttClient::connected, this, [this, waiting] {
        *waiting = topics::answers(topics::createFromCsr()) + topics::answers(topics::provision());
        for (const QString &topic : std::as_const(*waiting))
            m_claim->subscribe(topic, 1);
    });
    connect(m_claim, &mqtt::MqttClient::subscribed, this,
            [this, waiting](const QString &filter, bool granted) {
                if (!waiting->removeOne(filter))
                    return;
                if (!granted) {
                    fail(tr("The cloud did not accept this tablet's factory certificate."));
                    return;
                }
                if (!waiting->isEmpty())
                    return;
                // Every answer topic is ours: make the key here and ask for a certificate.
                QString why;
                QFile::remove(path("device.key.pem"));
                const QByteArray csr =
                    DeviceKey::generate(path("device.key.pem"), &why)
                        ? DeviceKey::signingRequest(path("device.key.pem"), m_label.serial, &why)
                        : QByteArray();
                if (csr.isEmpty()) {
                    fail(why);
                    return;
                }
                m_claim->publish(
                    topics::createFromCsr(),
                    QJsonDocument(QJsonObject{{QStringLiteral("certificateSigningRequest"),
                                               QString::fromLatin1(csr)}})
                        .toJson(QJsonDocument::Compact),
                    1);
            });
    connect(m_claim, &mqtt::MqttClient::messageReceived, this, &DoorTablet::onClaimMessage);
    m_claim->connectToHost();
}

void DoorTablet::onClaimMessage(const QByteArray &payload, const QString &topic)
{
    const QJsonObject body = QJsonDocument::fromJson(payload).object();
    if (topic.endsWith(QStringLiteral("/rejected"))) {
        fail(tr("The cloud refused to set up this tablet: %1")
                 .arg(body.value(u"errorMessage").toString()));
        return;
    }
    if (topic == topics::createFromCsr() + QStringLiteral("/accepted")) {
        m_ownershipToken = body.value(u"certificateOwnershipToken").toString();
        if (!writeFile(path("device.cert.pem.new"),
                       body.value(u"certificatePem").toString().toUtf8())) {
            fail(tr("Cannot store the certificate in %1.").arg(m_dir));
            return;
        }
        m_claim->publish(
            topics::provision(),
            QJsonDocument(
                QJsonObject{{QStringLiteral("certificateOwnershipToken"), m_ownershipToken},
                            {QStringLiteral("parameters"),
                             QJsonObject{{QStringLiteral("SerialNumber"), m_label.serial},
                                         {QStringLiteral("ModelNumber"), m_label.model}}}})
                .toJson(QJsonDocument::Compact),
            1);
    } else if (topic == topics::provision() + QStringLiteral("/accepted")) {
        m_thing = body.value(u"thingName").toString();
        QFile::remove(path("device.cert.pem"));
        if (m_thing.isEmpty() || !writeFile(path("thing.txt"), m_thing.toUtf8()) ||
            !QFile::rename(path("device.cert.pem.new"), path("device.cert.pem"))) {
            fail(tr("Cannot store this tablet's identity in %1.").arg(m_dir));
            return;
        }
        qCInfo(lcKiosk) << "provisioned as" << m_thing << "; waiting for pairing";
        m_claim->disconnectFromHost();
        m_claim->deleteLater();
        m_claim = nullptr;
        connectDevice();
    }
}

void DoorTablet::connectDevice()
{
    delete m_device;
    m_device = new mqtt::MqttClient(this);
    m_device->setSettings(
        settingsFor(clientids::kiosk(m_thing), "device.cert.pem", "device.key.pem"));
    // Until the fridge is paired the broker refuses this certificate at CONNECT: keep asking,
    // as often as the pairing poll.
    m_device->setBackoff({pairingPollMs / 3, pairingPollMs, 0.3});
    connect(m_device, &mqtt::MqttClient::connected, this, &DoorTablet::probe);
    connect(m_device, &mqtt::MqttClient::refused, this, [this] {
        // Refused after it was paired: the fridge was deleted and this certificate revoked.
        if (m_state == Paired)
            startOver(tr("This tablet was removed from its family."));
    });
    connect(m_device, &mqtt::MqttClient::subscribed, this, &DoorTablet::onGranted);
    m_device->connectToHost();
    if (m_state != Paired)
        setState(WaitingForPairing);
}

void DoorTablet::probe()
{
    if (m_state == Paired || !m_device || m_device->state() != mqtt::MqttClient::Connected)
        return;
    m_device->unsubscribe(probeTopic(m_thing));
    m_device->subscribe(probeTopic(m_thing), 1);
}

void DoorTablet::onGranted(const QString &filter, bool granted)
{
    if (m_state == Paired) {
        // Refused on its own fridge after a reconnect: the fridge was deleted and this
        // certificate revoked.
        if (!granted && filter.startsWith(QStringLiteral("$aws/things/%1/").arg(m_thing)))
            startOver(tr("This tablet was removed from its family."));
        return;
    }
    if (filter != probeTopic(m_thing))
        return;
    if (!granted) {
        setState(WaitingForPairing);
        m_poll.start();
        return;
    }
    m_poll.stop();
    m_device->unsubscribe(probeTopic(m_thing)); // the fridge controller subscribes for real
    follow();
    qCInfo(lcKiosk) << m_thing << "is paired";
    setState(Paired);
}

inventory::InventorySync *DoorTablet::inventory() const
{
    return m_inventory ? m_inventory->sync() : nullptr;
}

inventory::InventorySync *DoorTablet::shopping() const
{
    return m_shopping ? m_shopping->sync() : nullptr;
}

void DoorTablet::follow()
{
    m_fridge =
        new fridge::FridgeController(m_device, m_thing, tr("Larder %1").arg(m_label.model), this);
    m_fridge->start();
    const inventory::Author me{QStringLiteral("tablet"), m_thing, tr("Kitchen tablet")};
    m_inventory = std::make_unique<inventory::TabletList>(
        m_device, m_thing, QStringLiteral("ingredients"), path("inventory.sqlite"), me, this);
    m_shopping = std::make_unique<inventory::TabletList>(
        m_device, m_thing, QStringLiteral("shopping"), path("shopping.sqlite"), me, this);
    QString error;
    m_uploads = std::make_unique<media::UploadJournal>(path("uploads.sqlite"));
    if (!m_uploads->open(&error))
        qCWarning(lcKiosk) << "the upload journal cannot be opened:" << error;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(path("ca.pem")));
    m_board = board::Board::forTablet(m_device, &m_network, m_uploads.get(), tls, m_thing,
                                      path("media-cache"), this);
    m_board->refresh();
    // "Look inside" on the door: the shelf photos and the cameras live, its own fridge only.
    m_lookInside =
        inventory::ShelfPhotos::forTablet(m_device, &m_network, tls, m_thing, path("photos"), this);
    m_lookInside->refresh();
    m_camera = new camera::LiveCamera(m_device, m_thing, m_iceServers, this);
    if (m_askForRelay) { // the relay's credentials, over the door's own connection
        auto *channel = new media::TabletMediaChannel(m_device, m_thing, m_camera);
        m_camera->setIceProvider([channel](QObject *context, auto done) {
            channel->ask(
                QStringLiteral("ice"), {}, guarded(context, [done](const api::ApiResult &result) {
                    done(result.ok ? camera::LiveCamera::iceServersIn(result.body) : QStringList());
                }));
        });
    }
    m_historyRequests = std::make_unique<mqtt::MqttRequests>(
        m_device, QStringLiteral("larder/things/%1/history/request").arg(m_thing));
    m_history = new history::TemperatureHistory(
        history::TemperatureHistory::overMqtt(m_historyRequests.get()), this);
    m_history->load();
    // Once the fridge reports, its newest readings are in the history: look again then.
    connect(m_fridge, &fridge::FridgeController::readingsChanged, m_history,
            [history = m_history, fridge = m_fridge, asked = false]() mutable {
                if (!asked && fridge->hasReadings()) {
                    asked = true;
                    history->load();
                }
            });
    m_alarm = new alerts::DoorAlarm(m_device, m_thing, m_fridge, this);
    // The door shows the fridge by its family's name for it once the cloud said it.
    connect(m_alarm, &alerts::DoorAlarm::fridgeNameChanged, m_fridge,
            [fridge = m_fridge, alarm = m_alarm] { fridge->setDisplayName(alarm->fridgeName()); });
}

void DoorTablet::unfollow()
{
    if (m_alarm) {
        m_alarm->deleteLater();
        m_alarm = nullptr;
    }
    if (m_fridge) {
        m_fridge->stop();
        m_fridge->deleteLater();
        m_fridge = nullptr;
    }
    // The list goes before the channel and the store it uses; the board before its journal.
    delete std::exchange(m_camera, nullptr);
    delete std::exchange(m_lookInside, nullptr);
    delete std::exchange(m_board, nullptr);
    delete std::exchange(m_history, nullptr); // before the requests it asks through
    m_historyRequests.reset();
    m_uploads.reset();
    m_inventory.reset();
    m_shopping.reset();
}

void DoorTablet::startOver(const QString &why)
{
    qCInfo(lcKiosk) << "starting over:" << why;
    m_poll.stop();
    // A fridge that left its family keeps no list here.
    for (inventory::TabletList *list : {m_inventory.get(), m_shopping.get()})
        if (list && !m_thing.isEmpty())
            list->forget();
    unfollow();
    if (m_device) {
        m_device->disconnectFromHost();
        m_device->deleteLater();
        m_device = nullptr;
    }
    for (const char *file : {"device.cert.pem", "device.key.pem", "thing.txt"})
        QFile::remove(path(file));
    setState(Starting);
    provision();
}

void DoorTablet::fail(const QString &why)
{
    qCWarning(lcKiosk) << why;
    setError(why);
    setState(Failed);
    m_retry.start();
}

void DoorTablet::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void DoorTablet::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::kiosk

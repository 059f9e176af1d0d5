// SPDX-License-Identifier: MIT
#include "FridgeDevice.h"

#include "CommandRunner.h"
#include "DiagnosticBundle.h"
#include "LiveCameras.h"
#include "ShelfCamera.h"
#include "SnapshotSender.h"
#include "media/ObjectSender.h"

#include "diagnostics/LogTail.h"
#include "fridge/FridgeSpec.h"
#include "inventory/InventoryTopics.h"
#include "mqtt/MqttClient.h"
#include "shadow/ShadowClient.h"
#include "shadow/ShadowJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslCertificate>

Q_LOGGING_CATEGORY(lcFridge, "larder.fridge", QtInfoMsg)

namespace larder::fridge {

namespace {
const QStringList kWritable = {FridgeSpec::fridgeSetpoint(), FridgeSpec::freezerSetpoint(),
                               FridgeSpec::mode(), FridgeSpec::iceMaker()};
constexpr int kMinReportIntervalMs = 1000;
} // namespace

FridgeDevice::FridgeDevice(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_client(new mqtt::MqttClient(this)),
      m_sim(options.physics)
{
    m_client->setSettings(options.connection);
    m_shadow = new shadow::ShadowClient(m_client, options.connection.clientId, {},
                                        shadow::ShadowClient::Role::Device, this);
    connect(m_shadow, &shadow::ShadowClient::deltaReceived, this, &FridgeDevice::onDelta);
    connect(m_shadow, &shadow::ShadowClient::syncedChanged, this, [this] {
        if (m_shadow->isSynced())
            reportFull(); // the truth after every (re)connect
    });
    connect(m_client, &mqtt::MqttClient::stateChanged, this,
            [this](mqtt::MqttClient::ClientState state) {
                if (state == mqtt::MqttClient::Connected) {
                    ++m_connections;
                    qCInfo(lcFridge).noquote() << thing() << "connected";
                } else if (state == mqtt::MqttClient::Disconnected)
                    qCInfo(lcFridge).noquote() << thing() << "offline:" << m_client->error();
            });
    connect(&m_tick, &QTimer::timeout, this, &FridgeDevice::tick);
    // The shelf cameras' pictures go to the store over HTTPS, trusting the cloud's CA.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!options.connection.caFile.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromPath(options.connection.caFile));
    m_snapshots = new SnapshotSender(m_client, options.connection.clientId, tls, this);
    // Commands from the family, over the AWS IoT Jobs topics.
    m_commands =
        new CommandRunner(m_client, options.connection.clientId, &m_sim, options.speed, this);
    m_commands->setClock([this] { return m_clock; });
    connect(m_commands, &CommandRunner::stateChanged, this, [this] { reportIfChanged(true); });
    connect(m_commands, &CommandRunner::resyncRequested, this, &FridgeDevice::reportFull);
    // The cameras live, for the family's viewers.
    m_live = new LiveCameras(
        m_client, options.connection.clientId, shelves(),
        [this](const QString &shelf) {
            return ShelfCamera::arrange(m_seenInside, shelves()).value(shelf);
        },
        {options.video, options.iceServers, {}}, this);
    // Support's diagnostic report: what the fridge knows of itself, as one object in the store.
    auto *reports = new media::ObjectSender(m_client, options.connection.clientId, tls, this);
    m_commands->setReportMaker([this, reports](const CommandRunner::ReportDone &done) {
        DiagnosticBundle bundle{
            thing(),
            withClock(m_sim.reported()),
            qint64(m_clock),
            m_started.elapsed() / 1000,
            {{QStringLiteral("broker"), m_options.connection.host},
             {QStringLiteral("port"), m_options.connection.port},
             {QStringLiteral("connected"), m_client->state() == mqtt::MqttClient::Connected},
             {QStringLiteral("connections"), m_connections}},
            diagnostics::logtail::technicalLines()};
        const QByteArray bytes = bundle.toJson(QDateTime::currentMSecsSinceEpoch());
        reports->send({QStringLiteral("diagnostic"), QStringLiteral("application/json"), bytes},
                      [done, size = bytes.size()](const QString &key, const QString &sha256,
                                                  const QString &why) {
                          if (key.isEmpty())
                              return done({}, why);
                          done({{QStringLiteral("key"), key},
                                {QStringLiteral("sha256"), sha256},
                                {QStringLiteral("size"), QString::number(size)},
                                {QStringLiteral("result"),
                                 QStringLiteral("The report was sent (%1 bytes).").arg(size)}},
                               {});
                      });
    });
}

const QStringList &FridgeDevice::shelves()
{
    static const QStringList all = FridgeSpec::cameras();
    return all;
}

void FridgeDevice::start()
{
    m_shadow->start();
    m_client->connectToHost();
    m_sinceReport.start();
    m_started.start();
    m_tick.start(250);
}

void FridgeDevice::tick()
{
    m_clock += m_options.speed * m_tick.interval() / 1000.0;
    m_sim.step(m_options.speed * m_tick.interval() / 1000.0, QDateTime::currentSecsSinceEpoch());
    reportIfChanged(m_sinceReport.elapsed() > m_options.heartbeatSeconds * 1000);
}

void FridgeDevice::setDoorOpen(bool open)
{
    const bool closing = m_sim.doorOpen() && !open;
    m_sim.setDoorOpen(open, QDateTime::currentSecsSinceEpoch());
    qCInfo(lcFridge).noquote() << thing() << (open ? "door opened" : "door closed");
    reportIfChanged(true);
    if (closing)
        reportRecognition();
}

void FridgeDevice::reportRecognition()
{
    struct Food
    {
        const char *name, *category, *unit;
        double quantity;
    };
    static const Food foods[] = {
        {"Tomatoes", "vegetables", "piece", 6}, {"Cucumber", "vegetables", "piece", 1},
        {"Strawberries", "fruit", "pack", 1},   {"Mozzarella", "dairy", "pack", 1},
        {"Sparkling water", "drinks", "l", 1},  {"Ham", "meat", "pack", 1},
        {"Hummus", "condiments", "pack", 1},    {"Grapes", "fruit", "pack", 1},
    };
    QRandomGenerator *random = QRandomGenerator::global();
    const Food &food = foods[random->bounded(int(std::size(foods)))];
    QJsonArray added{QJsonObject{{QStringLiteral("name"), QLatin1String(food.name)},
                                 {QStringLiteral("category"), QLatin1String(food.category)},
                                 {QStringLiteral("unit"), QLatin1String(food.unit)},
                                 {QStringLiteral("quantity"), food.quantity}}};
    QJsonArray removed;
    // Now and then something it saw go in earlier comes out again.
    if (!m_seenInside.isEmpty() && random->bounded(2) == 0)
        removed.append(m_seenInside.takeAt(random->bounded(int(m_seenInside.size()))));
    m_seenInside.append(QLatin1String(food.name));
    // The log says how many, never what: it goes into diagnostic reports, and what a family
    // keeps is not support's business.
    qCInfo(lcFridge).noquote() << thing() << "cameras saw 1 item go in and" << removed.size()
                               << "come out";
    // What went in and out waits for the shelves' pictures, and goes with them (a door closed
    // again meanwhile adds to the same message).
    for (const QJsonValue &item : added)
        m_pendingAdded.append(item);
    for (const QJsonValue &name : removed)
        m_pendingRemoved.append(name);
    const auto placed = ShelfCamera::arrange(m_seenInside, shelves());
    QList<SnapshotSender::Shot> shots;
    for (const QString &shelf : shelves())
        shots.append({shelf, ShelfCamera::jpeg(ShelfCamera::render(shelf, placed.value(shelf)))});
    m_snapshots->send(shots, [this](const QJsonArray &photos) { publishRecognition(photos); });
}

void FridgeDevice::publishRecognition(const QJsonArray &photos)
{
    m_client->publish(inventory::topics::recognition(thing()),
                      QJsonDocument(QJsonObject{{QStringLiteral("added"), m_pendingAdded},
                                                {QStringLiteral("removed"), m_pendingRemoved},
                                                {QStringLiteral("photos"), photos}})
                          .toJson(QJsonDocument::Compact),
                      1);
    qCInfo(lcFridge).noquote() << thing() << "sent what the cameras saw, with" << photos.size()
                               << "shelf photos";
    m_pendingAdded = {};
    m_pendingRemoved = {};
}

void FridgeDevice::setLight(bool on)
{
    m_live->setLightOn(on);
    qCInfo(lcFridge).noquote() << thing() << "camera light:" << (on ? "on" : "off");
}

void FridgeDevice::setFault(const QString &fault)
{
    if (!m_sim.setFault(fault))
        return;
    qCInfo(lcFridge).noquote() << thing() << "fault:" << fault;
    reportIfChanged(true);
}

bool FridgeDevice::applyLocal(const QString &path, const QJsonValue &value)
{
    if (!m_sim.apply(path, value, QDateTime::currentSecsSinceEpoch()))
        return false;
    reportIfChanged(true);
    return true;
}

void FridgeDevice::onDelta(const QJsonObject &delta)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject truth;
    for (const QString &path : kWritable) {
        const QJsonValue wanted = valueAt(delta, path);
        if (wanted.isUndefined())
            continue;
        const bool applied = m_sim.apply(path, wanted, now);
        if (!applied)
            qCInfo(lcFridge).noquote()
                << thing() << "refused" << path << "=" << wanted.toVariant().toString();
        truth = shadow::json::merge(truth, objectAt(path, valueAt(m_sim.reported(), path)));
    }
    if (truth.isEmpty())
        return;
    // Report the truth for every writable field the delta named, applied or not.
    m_shadow->updateReported(withClock(truth));
    m_lastReported = shadow::json::merge(m_lastReported, truth);
}

void FridgeDevice::reportFull()
{
    m_lastReported = m_sim.reported();
    m_shadow->updateReported(withClock(m_lastReported));
    m_sinceReport.restart();
}

QJsonObject FridgeDevice::withClock(QJsonObject reported) const
{
    // The fridge's own time goes with every report (it runs `speed` times faster than real
    // time); it is not a change of its own, so it never triggers a report.
    reported.insert(QStringLiteral("clock"), qint64(m_clock));
    return reported;
}

void FridgeDevice::reportIfChanged(bool force)
{
    if (!m_shadow->isSynced())
        return;
    if (!force && m_sinceReport.elapsed() < kMinReportIntervalMs)
        return;
    // Measured fields on change; writable fields when the fridge changed them itself
    // (a super mode ending, a change on the door panel).
    const QJsonObject current = m_sim.reported();
    QJsonObject changes = shadow::json::delta(current, m_lastReported);
    for (const QString &key : {QStringLiteral("doorOpenedAt")})
        if (m_lastReported.contains(key) && !current.contains(key))
            changes.insert(key, QJsonValue::Null);
    if (changes.isEmpty() && !force)
        return;
    if (changes.isEmpty())
        changes = m_sim.measured();
    m_shadow->updateReported(withClock(changes));
    m_lastReported = current;
    m_sinceReport.restart();
}

} // namespace larder::fridge

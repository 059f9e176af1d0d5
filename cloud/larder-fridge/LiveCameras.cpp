// SPDX-License-Identifier: MIT
#include "LiveCameras.h"

#include "camera/CameraSignals.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLiveCamera, "larder.fridge.camera", QtInfoMsg)

namespace larder::fridge {

namespace signalling = camera::signalling;

LiveCameras::LiveCameras(mqtt::MqttClient *client, QString thing, QStringList cameras,
                         Contents contents, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_thing(std::move(thing)), m_cameras(std::move(cameras)),
      m_contents(std::move(contents)), m_options(options), m_sessions(options.limits),
      m_video({options.video.width, options.video.height})
{
    m_clock.start();
    m_client->subscribe(QStringLiteral("larder/things/%1/camera/+/viewer/+").arg(m_thing));
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &LiveCameras::onMessage);
    m_frames.setTimerType(Qt::PreciseTimer);
    m_frames.setInterval(1000 / std::max(1, options.video.fps));
    connect(&m_frames, &QTimer::timeout, this, &LiveCameras::drawFrames);
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &LiveCameras::sweep);
    m_sweep.start();
}

LiveCameras::~LiveCameras()
{
    for (const Watch &watch : std::as_const(m_watches))
        delete watch.sender;
}

void LiveCameras::onMessage(const QByteArray &payload, const QString &topic)
{
    const auto parsed = signalling::parse(topic);
    if (!parsed || parsed->thing != m_thing || parsed->side != signalling::Side::Viewer)
        return;
    if (const auto problem = signalling::problem(parsed->kind, payload)) {
        qCInfo(lcLiveCamera).noquote() << m_thing << "ignored a malformed" << topic << *problem;
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(payload).object();
    const QString &session = parsed->session;
    switch (parsed->kind) {
    case signalling::Kind::Offer:
        onOffer(session, message);
        break;
    case signalling::Kind::Candidate:
        if (const auto watch = m_watches.find(session); watch != m_watches.end()) {
            m_sessions.heard(session, m_clock.elapsed());
            // A viewer has a handful of candidates; past that the fridge checks no more paths.
            if (++watch->candidates <= maxCandidates)
                watch->sender->addRemoteCandidate(message.value(u"sdpMLineIndex").toInt(),
                                                  message.value(u"candidate").toString());
        }
        break;
    case signalling::Kind::Alive:
        m_sessions.heard(session, m_clock.elapsed());
        break;
    case signalling::Kind::Bye:
        end(session);
        break;
    default:
        break;
    }
}

void LiveCameras::onOffer(const QString &session, const QJsonObject &offer)
{
    // Which camera first: a refusal here touches no session (an open one goes on as it was).
    const QString camera = offer.value(u"camera").toString(m_cameras.value(0));
    if (!m_cameras.contains(camera)) {
        send(session, int(signalling::Kind::Refused),
             {{QStringLiteral("reason"), QStringLiteral("This fridge has no camera there.")},
              {QStringLiteral("code"), QStringLiteral("noCamera")}});
        return;
    }
    switch (m_sessions.offer(session, m_clock.elapsed())) {
    case camera::CameraSessions::Verdict::Flood:
        qCInfo(lcLiveCamera).noquote() << m_thing << "refused an offer: too many lately";
        send(session, int(signalling::Kind::Refused),
             {{QStringLiteral("reason"), camera::CameraSessions::floodRefusal()},
              {QStringLiteral("code"), QStringLiteral("tooMany")}});
        return;
    case camera::CameraSessions::Verdict::Full:
        qCInfo(lcLiveCamera).noquote() << m_thing << "refused a viewer:" << viewers() << "watching";
        send(session, int(signalling::Kind::Refused),
             {{QStringLiteral("reason"), m_sessions.refusal()},
              {QStringLiteral("code"), QStringLiteral("busy")}});
        return;
    case camera::CameraSessions::Verdict::Start:
    case camera::CameraSessions::Verdict::Restart:
        break;
    }
    startStream(session, camera, offer.value(u"sdp").toString());
}

void LiveCameras::startStream(const QString &session, const QString &camera, const QString &sdp)
{
    delete m_watches.take(session).sender; // a restart: its old stream goes first
    auto *sender = new camera::StreamSender(m_options.video, m_options.iceServers, this);
    m_watches.insert(session, {sender, camera, 0});
    connect(sender, &camera::WebRtcPeer::localDescription, this,
            [this, session](const QString &type, const QString &text) {
                send(session, int(signalling::Kind::Answer),
                     {{QStringLiteral("type"), type}, {QStringLiteral("sdp"), text}});
            });
    connect(sender, &camera::WebRtcPeer::localCandidate, this,
            [this, session](int index, const QString &candidate) {
                send(session, int(signalling::Kind::Candidate),
                     {{QStringLiteral("candidate"), candidate},
                      {QStringLiteral("sdpMLineIndex"), index}});
            });
    connect(sender, &camera::WebRtcPeer::stateChanged, this,
            [this, session](camera::WebRtcPeer::State state) {
                if (state == camera::WebRtcPeer::State::Connected) {
                    m_sessions.connected(session, m_clock.elapsed());
                    qCInfo(lcLiveCamera).noquote()
                        << m_thing << "streaming to" << viewers() << "viewer(s)";
                } else if (state == camera::WebRtcPeer::State::Failed) {
                    end(session, QStringLiteral("failed"),
                        QStringLiteral("The stream stopped on the fridge's side."));
                    return;
                }
                updateEncoding();
            });
    qCInfo(lcLiveCamera).noquote() << m_thing << "answering a viewer of the" << camera << "camera";
    emit viewersChanged(viewers());
    if (sender->start())
        sender->setRemoteDescription(QStringLiteral("offer"), sdp);
}

void LiveCameras::end(const QString &session, const QString &code, const QString &reason)
{
    const bool open = m_sessions.end(session);
    const Watch watch = m_watches.take(session);
    if (watch.sender) {
        watch.sender->disconnect(this);
        watch.sender->deleteLater(); // may be the sender that is telling us
    }
    if (!code.isEmpty())
        send(session, int(signalling::Kind::Bye),
             {{QStringLiteral("reason"), reason}, {QStringLiteral("code"), code}});
    if (open || watch.sender) {
        qCInfo(lcLiveCamera).noquote() << m_thing << "a viewer left;" << viewers() << "watching";
        emit viewersChanged(viewers());
    }
    updateEncoding();
}

void LiveCameras::send(const QString &session, int kind, const QJsonObject &message)
{
    m_client->publish(
        signalling::topic(m_thing, session, signalling::Side::Fridge, signalling::Kind(kind)),
        QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LiveCameras::sweep()
{
    for (const QString &session : m_sessions.expire(m_clock.elapsed()))
        end(session, QStringLiteral("silent"),
            QStringLiteral("The viewer stopped answering, so the camera stopped."));
}

void LiveCameras::updateEncoding()
{
    bool flowing = false;
    for (const Watch &watch : std::as_const(m_watches))
        flowing = flowing || watch.sender->state() == camera::WebRtcPeer::State::Connected;
    if (flowing && !m_frames.isActive())
        m_frames.start();
    else if (!flowing && m_frames.isActive())
        m_frames.stop();
}

void LiveCameras::drawFrames()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QHash<QString, QImage> drawn; // each camera once per frame, whoever watches it
    for (const Watch &watch : std::as_const(m_watches)) {
        if (watch.sender->state() != camera::WebRtcPeer::State::Connected)
            continue;
        auto frame = drawn.constFind(watch.camera);
        if (frame == drawn.constEnd())
            frame = drawn.insert(watch.camera, m_video.frame(watch.camera, m_contents(watch.camera),
                                                             m_lightOn, now));
        if (watch.sender->pushFrame(*frame))
            ++m_framesSent;
    }
}

} // namespace larder::fridge

// SPDX-License-Identifier: MIT
#include "LiveCamera.h"

#include "CameraSignals.h"
#include "StreamReceiver.h"
#include "fridge/FridgeSpec.h"
#include "mqtt/MqttClient.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QVideoFrame>

#include <cstring>

Q_LOGGING_CATEGORY(lcLiveView, "larder.camera.view")

namespace larder::camera {

namespace {
QString newSession()
{
    QString session;
    for (int i = 0; i < 4; ++i)
        session += QStringLiteral("%1").arg(QRandomGenerator::system()->generate(), 8, 16,
                                            QLatin1Char('0'));
    return session;
}

/// @p frame (Format_RGB32) as a video frame for a QVideoSink.
QVideoFrame toVideoFrame(const QImage &frame)
{
    QVideoFrame video(QVideoFrameFormat(frame.size(), QVideoFrameFormat::Format_BGRX8888));
    if (!video.map(QVideoFrame::WriteOnly))
        return {};
    const int rowBytes = frame.width() * 4;
    for (int y = 0; y < frame.height(); ++y)
        std::memcpy(video.bits(0) + qsizetype(y) * video.bytesPerLine(0), frame.constScanLine(y),
                    size_t(rowBytes));
    video.unmap();
    return video;
}
} // namespace

LiveCamera::LiveCamera(mqtt::MqttClient *client, QString thing, WebRtcPeer::IceServers iceServers,
                       QObject *parent)
    : QObject(parent), m_client(client), m_thing(std::move(thing)),
      m_iceServers(std::move(iceServers)), m_camera(fridge::FridgeSpec::cameras().value(0))
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &LiveCamera::onMessage);
    m_alive.setInterval(signalling::aliveEveryMs);
    connect(&m_alive, &QTimer::timeout, this,
            [this] { send(int(signalling::Kind::Alive), QJsonObject{}); });
    m_watchdog.setInterval(1000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        const bool flowing = m_status == Live || m_status == Dark;
        if ((flowing && m_sinceFrame.elapsed() > stallMs) ||
            (m_status == Connecting && m_sinceStart.elapsed() > answerTimeoutMs))
            retry();
    });
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        switchSession();
        connectStream();
    });
    // Back online: a view that was waiting, or gave up while the connection was down, asks
    // again.
    connect(m_client, &mqtt::MqttClient::connected, this, [this] {
        if (m_waitingForConnection && m_status == Connecting) {
            m_waitingForConnection = false;
            m_tries = 0;
            switchSession();
            connectStream();
        }
    });
    if (qGuiApp)
        connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState state) {
                    setAppActive(state != Qt::ApplicationSuspended &&
                                 state != Qt::ApplicationHidden);
                });
}

LiveCamera::~LiveCamera()
{
    if (m_status != Off)
        send(int(signalling::Kind::Bye), QJsonObject{});
    if (!m_session.isEmpty())
        m_client->unsubscribe(signalling::readFilter(m_thing, m_session, signalling::Side::Viewer));
    delete m_receiver;
}

void LiveCamera::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    m_sink = sink;
    emit videoSinkChanged();
}

void LiveCamera::setCamera(const QString &camera)
{
    if (camera == m_camera || !fridge::FridgeSpec::cameras().contains(camera))
        return;
    m_camera = camera;
    emit cameraChanged();
    if (m_status != Off) { // the same session, another shelf: the fridge restarts it
        dropStream();
        m_tries = 0;
        connectStream();
    }
}

void LiveCamera::setAppActive(bool active)
{
    if (!active && m_status != Off) {
        qCInfo(lcLiveView).noquote() << m_thing << "camera paused: the app is in the background";
        stop();
        m_paused = true;
    } else if (active && m_paused) {
        m_paused = false;
        start();
    }
}

QDateTime LiveCamera::capturedAt() const
{
    return m_meter.capturedAt() > 0 ? QDateTime::fromMSecsSinceEpoch(m_meter.capturedAt())
                                    : QDateTime();
}

void LiveCamera::switchSession()
{
    // A fresh session per attempt: nothing late from the last one (an answer, a candidate)
    // reaches this one, and the fridge frees the last one's place at once.
    if (!m_session.isEmpty()) {
        if (m_status != Off)
            send(int(signalling::Kind::Bye), QJsonObject{});
        m_client->unsubscribe(signalling::readFilter(m_thing, m_session, signalling::Side::Viewer));
    }
    m_session = newSession();
    m_client->subscribe(signalling::readFilter(m_thing, m_session, signalling::Side::Viewer));
}

void LiveCamera::start()
{
    m_paused = false;
    dropStream();
    switchSession();
    m_tries = 0;
    m_firstFrameMs = -1;
    m_meter.reset();
    m_sinceStart.start();
    emit frameChanged();
    connectStream();
}

void LiveCamera::stop()
{
    m_paused = false;
    m_waitingForConnection = false;
    m_retry.stop();
    m_watchdog.stop();
    m_alive.stop();
    if (m_status != Off)
        send(int(signalling::Kind::Bye), QJsonObject{});
    dropStream();
    if (!m_session.isEmpty())
        m_client->unsubscribe(signalling::readFilter(m_thing, m_session, signalling::Side::Viewer));
    m_session.clear();
    setStatus(Off);
}

void LiveCamera::connectStream()
{
    dropStream();
    if (std::exchange(m_waitingForConnection, false))
        emit statusChanged();
    ++m_tries;
    m_attemptFrames = 0;
    m_sinceFrame.start();
    if (m_tries > 1)
        m_sinceStart.start();
    setStatus(Connecting);
    m_alive.start();
    m_watchdog.start();
    if (!m_iceProvider) {
        openStream(m_iceServers);
        return;
    }
    // The cloud's relay credentials first (made for this viewer, short-lived); without an
    // answer the stream goes on with what the profile says.
    const int attempt = ++m_attempt;
    m_iceProvider(this, [this, attempt](const QStringList &urls) {
        if (attempt != m_attempt || m_status != Connecting || m_receiver)
            return;
        WebRtcPeer::IceServers servers = m_iceServers;
        servers.turn.removeIf([](const QString &url) { return !url.contains(u'@'); });
        if (const auto given = WebRtcPeer::IceServers::from(urls)) {
            servers.turn += given->turn;
            if (!given->stun.isEmpty())
                servers.stun = given->stun;
        }
        openStream(servers);
    });
}

void LiveCamera::openStream(WebRtcPeer::IceServers servers)
{
    servers.relayOnly = servers.relayOnly || m_relayOnly;
    m_receiver = new StreamReceiver(servers, this);
    connect(m_receiver, &WebRtcPeer::localDescription, this,
            [this](const QString &type, const QString &sdp) {
                send(int(signalling::Kind::Offer), {{QStringLiteral("type"), type},
                                                    {QStringLiteral("sdp"), sdp},
                                                    {QStringLiteral("camera"), m_camera}});
            });
    connect(m_receiver, &WebRtcPeer::localCandidate, this,
            [this](int index, const QString &candidate) {
                send(int(signalling::Kind::Candidate), {{QStringLiteral("candidate"), candidate},
                                                        {QStringLiteral("sdpMLineIndex"), index}});
            });
    connect(m_receiver, &WebRtcPeer::stateChanged, this, [this](WebRtcPeer::State state) {
        if (state == WebRtcPeer::State::Failed)
            retry();
    });
    connect(m_receiver, &StreamReceiver::frameArrived, this, &LiveCamera::onFrame);
    if (!m_receiver->start())
        retry();
}

void LiveCamera::dropStream()
{
    ++m_attempt; // an answer about ICE servers for an earlier attempt is not awaited
    if (m_receiver) {
        m_receiver->disconnect(this);
        m_receiver->deleteLater(); // may be the one telling us it failed
        m_receiver = nullptr;
    }
}

void LiveCamera::retry()
{
    dropStream();
    if (m_client->state() != mqtt::MqttClient::Connected) {
        // No way to ask while the connection is down: no try is spent; asked again once it is
        // back (onReconnected).
        m_retry.stop();
        m_watchdog.stop();
        m_alive.stop(); // nothing piles up offline
        m_waitingForConnection = true;
        setStatus(Connecting);
        emit statusChanged(); // the sentence changed
        return;
    }
    if (m_tries >= attempts) {
        qCInfo(lcLiveView).noquote() << m_thing << "camera unreachable after" << m_tries << "tries";
        m_watchdog.stop();
        m_alive.stop();
        send(int(signalling::Kind::Bye), QJsonObject{});
        setStatus(Unavailable);
        return;
    }
    setStatus(Connecting);
    m_retry.start(500 * m_tries);
}

void LiveCamera::onMessage(const QByteArray &payload, const QString &topic)
{
    const auto parsed = signalling::parse(topic);
    if (!parsed || parsed->thing != m_thing || parsed->session != m_session ||
        parsed->side != signalling::Side::Fridge || m_status == Off)
        return;
    if (const auto problem = signalling::problem(parsed->kind, payload)) {
        qCInfo(lcLiveView).noquote() << "ignored a malformed" << topic << *problem;
        return;
    }
    const QJsonObject message = QJsonDocument::fromJson(payload).object();
    switch (parsed->kind) {
    case signalling::Kind::Answer:
        if (m_receiver)
            m_receiver->setRemoteDescription(QStringLiteral("answer"),
                                             message.value(u"sdp").toString());
        break;
    case signalling::Kind::Candidate:
        if (m_receiver)
            m_receiver->addRemoteCandidate(message.value(u"sdpMLineIndex").toInt(),
                                           message.value(u"candidate").toString());
        break;
    case signalling::Kind::Refused: {
        const QString code = message.value(u"code").toString();
        qCInfo(lcLiveView).noquote() << m_thing << "camera refused:" << code;
        m_retry.stop();
        m_watchdog.stop();
        m_alive.stop();
        dropStream();
        setStatus(code == u"busy" ? Busy : Unavailable, code);
        break;
    }
    case signalling::Kind::Bye:
        retry(); // the fridge ended it (a restart on its side, or it stopped hearing us)
        break;
    default:
        break;
    }
}

void LiveCamera::onFrame(const QImage &frame)
{
    m_sinceFrame.start();
    m_meter.add(frame, QDateTime::currentMSecsSinceEpoch());
    if (m_firstFrameMs < 0) {
        m_firstFrameMs = int(m_sinceStart.elapsed());
        qCInfo(lcLiveView).noquote() << m_thing << "first frame after" << m_firstFrameMs << "ms";
    }
    // A stream that holds for two seconds (30 frames) counts as reached: a link that keeps
    // dropping after a frame or two still runs out of tries.
    if (++m_attemptFrames == 30)
        m_tries = 0;
    if (m_sink)
        m_sink->setVideoFrame(toVideoFrame(frame));
    setStatus(m_meter.dark() ? Dark : Live);
    emit frameChanged();
}

void LiveCamera::send(int kind, const QJsonObject &message)
{
    if (m_session.isEmpty())
        return;
    m_client->publish(
        signalling::topic(m_thing, m_session, signalling::Side::Viewer, signalling::Kind(kind)),
        QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void LiveCamera::setStatus(Status status, const QString &code)
{
    if (m_status == status && m_code == code)
        return;
    m_status = status;
    m_code = code;
    emit statusChanged();
}

} // namespace larder::camera

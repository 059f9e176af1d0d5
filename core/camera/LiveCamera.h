// SPDX-License-Identifier: MIT
#pragma once

#include "FrameMeter.h"
#include "WebRtcPeer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::camera {

class StreamReceiver;

/// The live view of one fridge's in-door cameras (camera issue), for the owner app and the door
/// tablet: asks the fridge for a stream over the signalling topics (camera::signalling, on the
/// MQTT connection the app has), receives it over WebRTC and hands each frame to a QVideoSink
/// (a VideoOutput's), so the screen is ordinary QML. While it watches it tells the fridge it is
/// there every 1.5 s; it tries again by itself after a drop (three times, then says so); it reads
/// each frame's capture time for the latency and says when the shelf is dark. Nothing streams
/// unless `start` was called: the screens stop it when they close, and it stops by itself while
/// the app is in the background.
class LiveCamera : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("made per fridge by the app")
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    /// The shelf watched ("top", "middle", "bottom"): changing it while watching switches.
    Q_PROPERTY(QString camera READ camera WRITE setCamera NOTIFY cameraChanged)
    /// The fridge's cameras for a picker: `[{value, label}]` (ChoiceChips' shape).
    Q_PROPERTY(QVariantList cameras READ cameras CONSTANT)
    /// The shelf watched, in words ("Top shelf").
    Q_PROPERTY(QString cameraLabel READ cameraLabel NOTIFY cameraChanged)
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    /// What the screen says for the status (empty while live and lit).
    Q_PROPERTY(QString message READ message NOTIFY statusChanged)
    Q_PROPERTY(bool watching READ watching NOTIFY statusChanged)
    /// Glass-to-glass: the median of the last frames' capture-to-arrival times (ms; -1 none).
    Q_PROPERTY(int latencyMs READ latencyMs NOTIFY frameChanged)
    /// From `start` to the first frame (ms; -1 before it).
    Q_PROPERTY(int firstFrameMs READ firstFrameMs NOTIFY frameChanged)
    /// The newest frame's capture time, as the fridge's camera stamped it.
    Q_PROPERTY(QDateTime capturedAt READ capturedAt NOTIFY frameChanged)
    Q_PROPERTY(double frames READ frames NOTIFY frameChanged)

public:
    enum Status {
        Off,         ///< not watching
        Connecting,  ///< asking the fridge, or reconnecting
        Live,        ///< frames arrive
        Dark,        ///< frames arrive, but the light is off
        Busy,        ///< the fridge serves as many viewers as it can
        Unavailable, ///< no stream after three tries, or no such camera
    };
    Q_ENUM(Status)

    LiveCamera(mqtt::MqttClient *client, QString thing, WebRtcPeer::IceServers iceServers,
               QObject *parent = nullptr);
    ~LiveCamera() override;

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    QString camera() const { return m_camera; }
    void setCamera(const QString &camera);
    QVariantList cameras() const;
    QString cameraLabel() const;
    Status status() const { return m_status; }
    QString message() const;
    bool watching() const { return m_status != Off; }
    int latencyMs() const { return m_meter.latencyMs().value_or(-1); }
    int firstFrameMs() const { return m_firstFrameMs; }
    QDateTime capturedAt() const;
    double frames() const { return double(m_meter.frames()); }
    QString session() const { return m_session; }

    /// Starts watching `camera` (again, if it was).
    Q_INVOKABLE void start();
    /// Stops watching and tells the fridge.
    Q_INVOKABLE void stop();
    /// Where the relay's credentials come from (the cloud, per viewer): called before each
    /// attempt with a context and what to call with the ICE server URLs (none: go on without).
    using IceProvider =
        std::function<void(QObject *context, std::function<void(const QStringList &urls)> done)>;
    void setIceProvider(IceProvider provider) { m_iceProvider = std::move(provider); }
    /// Whether @p urls name a relay whose credentials the cloud gives out (a TURN URL without
    /// any): then the views ask for them.
    static bool relayFromCloud(const QStringList &urls);
    /// The ICE servers in an answer of the cloud (`{"iceServers":[…]}`).
    static QStringList iceServersIn(const QJsonObject &answer);
    /// Only through the relay (hides this device's addresses from the fridge; tests prove the
    /// relay with it).
    void setRelayOnly(bool relayOnly) { m_relayOnly = relayOnly; }

    /// The app went to the background (@p active false) or came back: the stream stops while
    /// it is away and starts again on return if it was watched.
    void setAppActive(bool active);

    /// How often it tries before it says the camera cannot be reached.
    static constexpr int attempts = 3;
    /// How long an answer or the first frame may take, and frames may pause, before a retry.
    static constexpr int answerTimeoutMs = 8'000;
    static constexpr int stallMs = 3'000;

signals:
    void videoSinkChanged();
    void cameraChanged();
    void statusChanged();
    void frameChanged();

private:
    void switchSession();
    void connectStream();
    void openStream(WebRtcPeer::IceServers servers);
    void dropStream();
    void retry();
    void onMessage(const QByteArray &payload, const QString &topic);
    void onFrame(const QImage &frame);
    void send(int kind, const QJsonObject &message);
    void setStatus(Status status, const QString &code = {});

    mqtt::MqttClient *m_client;
    QString m_thing;
    WebRtcPeer::IceServers m_iceServers;
    IceProvider m_iceProvider;
    bool m_relayOnly = false;
    int m_attempt = 0; ///< which attempt an ICE-server answer belongs to
    QPointer<QVideoSink> m_sink;
    QString m_camera;
    QString m_session;
    StreamReceiver *m_receiver = nullptr;
    Status m_status = Off;
    bool m_paused = false;               ///< stopped while the app is in the background
    bool m_waitingForConnection = false; ///< to ask again once the MQTT connection is back
    QString m_code;                      ///< why it is Busy or Unavailable (the fridge's code)
    int m_tries = 0;
    int m_attemptFrames = 0; ///< frames of the current attempt
    FrameMeter m_meter;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceFrame;
    int m_firstFrameMs = -1;
    QTimer m_alive;
    QTimer m_watchdog;
    QTimer m_retry;
};

} // namespace larder::camera

// SPDX-License-Identifier: MIT
#pragma once

#include "ShelfVideo.h"

#include "camera/CameraSessions.h"
#include "camera/StreamSender.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::fridge {

/// The fridge's in-door cameras, live (camera issue): answers viewers' offers on its signalling
/// topics (camera::signalling) and streams each viewer the shelf it asked for, over WebRTC. On
/// demand only — nothing is drawn or encoded while nobody watches. The session rules are
/// CameraSessions': three viewers at most (the fourth refused with a sentence and the code
/// `busy`), a flood of offers refused without any work (`tooMany`), a viewer that never connects
/// or stops saying it is there ended (`silent`), at most 30 of a viewer's candidates tried. Every
/// message is judged by the shared signalling rules first.
class LiveCameras : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        camera::StreamSender::Video video;
        camera::WebRtcPeer::IceServers iceServers;
        camera::CameraSessions::Limits limits;
    };
    /// What is on @p shelf now (the fridge's knowledge of its contents).
    using Contents = std::function<QStringList(const QString &shelf)>;

    LiveCameras(mqtt::MqttClient *client, QString thing, QStringList cameras, Contents contents,
                const Options &options, QObject *parent = nullptr);
    ~LiveCameras() override;

    /// The cameras' light (a broken light: a dark shelf).
    void setLightOn(bool on) { m_lightOn = on; }
    bool lightOn() const { return m_lightOn; }
    int viewers() const { return m_sessions.viewers(); }
    /// Whether any stream is being encoded now.
    bool encoding() const { return m_frames.isActive(); }
    /// Frames drawn and handed to encoders since the fridge started.
    qint64 framesSent() const { return m_framesSent; }

signals:
    void viewersChanged(int viewers);

private:
    struct Watch
    {
        camera::StreamSender *sender = nullptr;
        QString camera;
        int candidates = 0; ///< the viewer's candidates heard
    };
    static constexpr int maxCandidates = 30;
    void onMessage(const QByteArray &payload, const QString &topic);
    void onOffer(const QString &session, const QJsonObject &offer);
    void startStream(const QString &session, const QString &camera, const QString &sdp);
    /// Ends @p session, telling the viewer why when @p code is given.
    void end(const QString &session, const QString &code = {}, const QString &reason = {});
    void send(const QString &session, int kind, const QJsonObject &message);
    void sweep();
    void drawFrames();
    void updateEncoding();

    mqtt::MqttClient *m_client;
    QString m_thing;
    QStringList m_cameras;
    Contents m_contents;
    Options m_options;
    camera::CameraSessions m_sessions;
    QHash<QString, Watch> m_watches;
    ShelfVideo m_video;
    QTimer m_frames;
    QTimer m_sweep;
    QElapsedTimer m_clock;
    bool m_lightOn = true;
    qint64 m_framesSent = 0;
};

} // namespace larder::fridge

// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// GStreamer's own type, declared as its headers do (they stay out of this header).
using GstElement = struct _GstElement; // NOLINT(bugprone-reserved-identifier)

namespace larder::camera {

struct PeerGuard;

/// One end of a live-camera stream (camera issue): a GStreamer pipeline around `webrtcbin`, with
/// its negotiation brought onto the Qt event loop. GStreamer calls back on its own threads; every
/// callback reaches this object through a guard and a queued call, so none lands after it is
/// gone. The SDP and candidates it makes leave as signals for the signalling to carry; the other
/// side's arrive through setRemoteDescription and addRemoteCandidate. StreamSender (the fridge)
/// and StreamReceiver (a viewer) say what flows.
class WebRtcPeer : public QObject
{
    Q_OBJECT
public:
    enum class State {
        New,         ///< made, not started
        Negotiating, ///< descriptions and candidates on their way
        Connected,   ///< ICE connected: media flows
        Failed,      ///< ICE failed, or the pipeline stopped with an error
        Closed,      ///< stopped
    };
    Q_ENUM(State)

    /// Where ICE may look beyond the host's own addresses: `stun://host:port`,
    /// `turn://user:password@host:port` (from the cloud's profile; loopback needs none).
    struct IceServers
    {
        QString stun;
        QStringList turn;
        bool relayOnly = false; ///< gather and use relay candidates only

        /// From a list of URLs (a profile's, a command line's); nullopt and @p error for one
        /// that is neither STUN nor TURN.
        static std::optional<IceServers> from(const QStringList &urls, QString *error = nullptr);
    };

    ~WebRtcPeer() override;

    /// Plays the pipeline; a receiver then makes its offer. False (and `error`) when GStreamer
    /// could not build it.
    bool start();
    /// Stops the pipeline and everything in flight (also on destruction).
    void stop();
    /// The other side's offer (an answer follows, as localDescription) or answer.
    void setRemoteDescription(const QString &type, const QString &sdp);
    /// One of the other side's ICE candidates; an empty one (the end of candidates) is ignored.
    void addRemoteCandidate(int mLineIndex, const QString &candidate);

    State state() const { return m_state; }
    /// What went wrong, in technical words for the log (the screens say it their own way).
    QString error() const { return m_error; }

    /// GStreamer initialised once per process (thread-safe).
    static void ensureGStreamer();

signals:
    /// This side's offer or answer, to be sent to the other side.
    void localDescription(const QString &type, const QString &sdp);
    void localCandidate(int mLineIndex, const QString &candidate);
    void stateChanged(larder::camera::WebRtcPeer::State state);

protected:
    /// A peer playing @p pipeline, a gst-launch description with a `webrtcbin name=webrtc`.
    WebRtcPeer(QString pipeline, IceServers iceServers, QObject *parent);

    /// Called once the pipeline is built and before it plays.
    virtual bool prepare() { return true; }
    /// True for the side that offers (the viewer).
    virtual bool offers() const = 0;

    GstElement *pipeline() const { return m_pipeline; }
    GstElement *webrtc() const { return m_webrtc; }
    const std::shared_ptr<PeerGuard> &guard() const { return m_guard; }
    void fail(const QString &why);
    void setState(State state);

private:
    friend struct PeerCallbacks;
    void connectSignals();

    QString m_description;
    IceServers m_iceServers;
    GstElement *m_pipeline = nullptr;
    GstElement *m_webrtc = nullptr;
    std::shared_ptr<PeerGuard> m_guard;
    State m_state = State::New;
    QString m_error;
};

} // namespace larder::camera

// SPDX-License-Identifier: MIT
#include "WebRtcPeer.h"

#include "PeerGuard.h"

#include <QLoggingCategory>

#define GST_USE_UNSTABLE_API
#include <gst/sdp/sdp.h>
#include <gst/webrtc/webrtc.h>

Q_LOGGING_CATEGORY(lcWebRtc, "larder.camera.webrtc")

namespace larder::camera {

/// webrtcbin's callbacks (GStreamer threads): the promise chain runs here, anything for the
/// peer is posted to its thread.
struct PeerCallbacks
{
    static void sendDescription(PeerGuard &guard, GstWebRTCSessionDescription *description)
    {
        gchar *text = gst_sdp_message_as_text(description->sdp);
        const QString sdp = QString::fromUtf8(text);
        g_free(text);
        const QString type = description->type == GST_WEBRTC_SDP_TYPE_OFFER
                                 ? QStringLiteral("offer")
                                 : QStringLiteral("answer");
        guard.post([type, sdp](WebRtcPeer *peer) { emit peer->localDescription(type, sdp); });
    }

    /// The reply of create-offer or create-answer: set it as ours and send it.
    static void onCreated(GstPromise *promise, gpointer data)
    {
        PeerGuard &guard = PeerGuard::from(data);
        const bool offer = guard.offerer;
        GstWebRTCSessionDescription *description = nullptr;
        if (gst_promise_wait(promise) == GST_PROMISE_RESULT_REPLIED) {
            if (const GstStructure *reply = gst_promise_get_reply(promise))
                gst_structure_get(reply, offer ? "offer" : "answer",
                                  GST_TYPE_WEBRTC_SESSION_DESCRIPTION, &description, nullptr);
        }
        gst_promise_unref(promise);
        GstElement *webrtc = guard.element();
        if (!description || !webrtc) {
            if (!description)
                guard.post([](WebRtcPeer *peer) {
                    peer->fail(QStringLiteral("webrtcbin made no session description"));
                });
            if (description)
                gst_webrtc_session_description_free(description);
            if (webrtc)
                gst_object_unref(webrtc);
            return;
        }
        GstPromise *local = gst_promise_new();
        g_signal_emit_by_name(webrtc, "set-local-description", description, local);
        gst_promise_interrupt(local);
        gst_promise_unref(local);
        sendDescription(guard, description);
        gst_webrtc_session_description_free(description);
        gst_object_unref(webrtc);
    }

    static void create(PeerGuard &guard, const std::shared_ptr<PeerGuard> &held, GstElement *webrtc)
    {
        GstPromise *promise =
            gst_promise_new_with_change_func(onCreated, PeerGuard::hold(held), PeerGuard::release);
        g_signal_emit_by_name(webrtc, guard.offerer ? "create-offer" : "create-answer", nullptr,
                              promise);
    }

    static void onNegotiationNeeded(GstElement *webrtc, gpointer data)
    {
        auto &held = *static_cast<std::shared_ptr<PeerGuard> *>(data);
        if (held->offerer)
            create(*held, held, webrtc);
    }

    /// The other side's offer is set: answer it.
    static void onRemoteSet(GstPromise *promise, gpointer data)
    {
        auto &held = *static_cast<std::shared_ptr<PeerGuard> *>(data);
        bool ok = gst_promise_wait(promise) == GST_PROMISE_RESULT_REPLIED;
        QString why;
        if (const GstStructure *reply = ok ? gst_promise_get_reply(promise) : nullptr;
            reply && gst_structure_has_field(reply, "error")) {
            GError *error = nullptr;
            gst_structure_get(reply, "error", G_TYPE_ERROR, &error, nullptr);
            why = QString::fromUtf8(error ? error->message : "refused");
            g_clear_error(&error);
            ok = false;
        }
        gst_promise_unref(promise);
        if (!why.isEmpty())
            held->post([why](WebRtcPeer *peer) {
                peer->fail(QStringLiteral("the other side's description was refused: %1").arg(why));
            });
        GstElement *webrtc = held->element();
        if (!webrtc)
            return;
        if (ok && !held->offerer)
            create(*held, held, webrtc);
        gst_object_unref(webrtc);
    }

    static void onIceCandidate(GstElement *, guint mLineIndex, gchar *candidate, gpointer data)
    {
        PeerGuard &guard = PeerGuard::from(data);
        const QString text = QString::fromUtf8(candidate);
        guard.post([index = int(mLineIndex), text](WebRtcPeer *peer) {
            emit peer->localCandidate(index, text);
        });
    }

    static void onIceState(GObject *webrtc, GParamSpec *, gpointer data)
    {
        GstWebRTCICEConnectionState ice = GST_WEBRTC_ICE_CONNECTION_STATE_NEW;
        g_object_get(webrtc, "ice-connection-state", &ice, nullptr);
        WebRtcPeer::State state = WebRtcPeer::State::Negotiating;
        if (ice == GST_WEBRTC_ICE_CONNECTION_STATE_CONNECTED ||
            ice == GST_WEBRTC_ICE_CONNECTION_STATE_COMPLETED)
            state = WebRtcPeer::State::Connected;
        else if (ice == GST_WEBRTC_ICE_CONNECTION_STATE_FAILED)
            state = WebRtcPeer::State::Failed;
        PeerGuard &guard = PeerGuard::from(data);
        guard.post([state](WebRtcPeer *peer) {
            if (state == WebRtcPeer::State::Failed)
                peer->fail(QStringLiteral("ICE found no path between the two sides"));
            else
                peer->setState(state);
        });
    }

    /// Errors reach the peer; nothing else is kept on the bus (no watch drains it).
    static GstBusSyncReply onBusMessage(GstBus *, GstMessage *message, gpointer data)
    {
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_ERROR) {
            GError *error = nullptr;
            gchar *debug = nullptr;
            gst_message_parse_error(message, &error, &debug);
            const QString text = QStringLiteral("%1: %2").arg(
                QString::fromUtf8(GST_OBJECT_NAME(GST_MESSAGE_SRC(message))),
                QString::fromUtf8(error ? error->message : "error"));
            g_clear_error(&error);
            g_free(debug);
            PeerGuard &guard = PeerGuard::from(data);
            guard.post([text](WebRtcPeer *peer) { peer->fail(text); });
        }
        gst_message_unref(message);
        return GST_BUS_DROP;
    }
};

std::optional<WebRtcPeer::IceServers> WebRtcPeer::IceServers::from(const QStringList &urls,
                                                                   QString *error)
{
    IceServers servers;
    for (const QString &url : urls) {
        if (url.startsWith(u"stun://"))
            servers.stun = url;
        else if (url.startsWith(u"turn://") || url.startsWith(u"turns://"))
            servers.turn.append(url);
        else {
            if (error)
                *error = QStringLiteral("%1 is not a stun://… or turn://… URL").arg(url);
            return std::nullopt;
        }
    }
    return servers;
}

void WebRtcPeer::ensureGStreamer()
{
    static std::once_flag once;
    std::call_once(once, [] { gst_init(nullptr, nullptr); });
}

WebRtcPeer::WebRtcPeer(QString pipeline, IceServers iceServers, QObject *parent)
    : QObject(parent), m_description(std::move(pipeline)), m_iceServers(std::move(iceServers)),
      m_guard(std::make_shared<PeerGuard>())
{
    m_guard->peer = this;
}

WebRtcPeer::~WebRtcPeer()
{
    blockSignals(true);
    stop();
}

bool WebRtcPeer::start()
{
    if (m_pipeline)
        return true;
    ensureGStreamer();
    GError *error = nullptr;
    m_pipeline = gst_parse_launch(m_description.toUtf8().constData(), &error);
    if (!m_pipeline || error) {
        fail(QStringLiteral("GStreamer could not build the pipeline: %1")
                 .arg(QString::fromUtf8(error ? error->message : "unknown")));
        g_clear_error(&error);
        return false;
    }
    if (!GST_IS_PIPELINE(m_pipeline)) { // one element alone: a pipeline around it
        GstElement *alone = m_pipeline;
        m_pipeline = gst_pipeline_new(nullptr);
        gst_bin_add(GST_BIN(m_pipeline), alone);
    }
    m_webrtc = gst_bin_get_by_name(GST_BIN(m_pipeline), "webrtc");
    if (!m_webrtc) {
        fail(QStringLiteral("the pipeline has no webrtcbin"));
        return false;
    }
    if (!m_iceServers.stun.isEmpty())
        g_object_set(m_webrtc, "stun-server", m_iceServers.stun.toUtf8().constData(), nullptr);
    for (const QString &turn : std::as_const(m_iceServers.turn)) {
        gboolean added = FALSE;
        g_signal_emit_by_name(m_webrtc, "add-turn-server", turn.toUtf8().constData(), &added);
    }
    if (m_iceServers.relayOnly)
        g_object_set(m_webrtc, "ice-transport-policy", GST_WEBRTC_ICE_TRANSPORT_POLICY_RELAY,
                     nullptr);
    m_guard->webrtc = GST_ELEMENT(gst_object_ref(m_webrtc));
    m_guard->offerer = offers();
    connectSignals();
    if (!prepare())
        return false;
    setState(State::Negotiating);
    if (gst_element_set_state(m_pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE) {
        fail(QStringLiteral("the pipeline would not play"));
        return false;
    }
    return true;
}

void WebRtcPeer::connectSignals()
{
    const auto connect = [this](gpointer instance, const char *name, GCallback callback) {
        g_signal_connect_data(instance, name, callback, PeerGuard::hold(m_guard),
                              PeerGuard::releaseClosure, GConnectFlags(0));
    };
    connect(m_webrtc, "on-negotiation-needed", G_CALLBACK(PeerCallbacks::onNegotiationNeeded));
    connect(m_webrtc, "on-ice-candidate", G_CALLBACK(PeerCallbacks::onIceCandidate));
    connect(m_webrtc, "notify::ice-connection-state", G_CALLBACK(PeerCallbacks::onIceState));
    GstBus *bus = gst_element_get_bus(m_pipeline);
    gst_bus_set_sync_handler(bus, PeerCallbacks::onBusMessage, PeerGuard::hold(m_guard),
                             PeerGuard::release);
    gst_object_unref(bus);
}

void WebRtcPeer::stop()
{
    m_guard->cut();
    if (m_pipeline) {
        // The callbacks' holds on the guard go with the elements.
        gst_element_set_state(m_pipeline, GST_STATE_NULL);
        GstBus *bus = gst_element_get_bus(m_pipeline);
        gst_bus_set_sync_handler(bus, nullptr, nullptr, nullptr);
        gst_object_unref(bus);
        if (m_webrtc)
            gst_object_unref(m_webrtc);
        gst_object_unref(m_pipeline);
        m_webrtc = nullptr;
        m_pipeline = nullptr;
    }
    if (m_state != State::New && m_state != State::Failed)
        setState(State::Closed);
}

void WebRtcPeer::setRemoteDescription(const QString &type, const QString &sdp)
{
    if (!m_webrtc)
        return;
    const QByteArray text = sdp.toUtf8();
    GstSDPMessage *message = nullptr;
    gst_sdp_message_new(&message);
    if (gst_sdp_message_parse_buffer(reinterpret_cast<const guint8 *>(text.constData()),
                                     guint(text.size()), message) != GST_SDP_OK ||
        gst_sdp_message_medias_len(message) == 0) {
        gst_sdp_message_free(message);
        fail(QStringLiteral("the other side's session description does not parse"));
        return;
    }
    const bool offer = type == QLatin1String("offer");
    GstWebRTCSessionDescription *description = gst_webrtc_session_description_new(
        offer ? GST_WEBRTC_SDP_TYPE_OFFER : GST_WEBRTC_SDP_TYPE_ANSWER, message);
    GstPromise *promise = gst_promise_new_with_change_func(
        PeerCallbacks::onRemoteSet, PeerGuard::hold(m_guard), PeerGuard::release);
    g_signal_emit_by_name(m_webrtc, "set-remote-description", description, promise);
    gst_webrtc_session_description_free(description);
}

void WebRtcPeer::addRemoteCandidate(int mLineIndex, const QString &candidate)
{
    if (!m_webrtc || candidate.isEmpty())
        return;
    g_signal_emit_by_name(m_webrtc, "add-ice-candidate", guint(mLineIndex),
                          candidate.toUtf8().constData());
}

void WebRtcPeer::fail(const QString &why)
{
    qCWarning(lcWebRtc) << "live camera stream failed:" << why;
    m_error = why;
    setState(State::Failed);
}

void WebRtcPeer::setState(State state)
{
    if (m_state == state || (m_state == State::Closed && state != State::Closed))
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace larder::camera

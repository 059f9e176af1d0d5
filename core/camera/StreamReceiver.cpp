// SPDX-License-Identifier: MIT
#include "StreamReceiver.h"

#include "PeerGuard.h"

#define GST_USE_UNSTABLE_API
#include <gst/app/gstappsink.h>
#include <gst/webrtc/webrtc.h>

namespace larder::camera {

/// The newest decoded frame, waiting for the Qt thread (shared with the streaming thread).
struct FrameSlot
{
    std::mutex mutex;
    QImage frame;
    bool posted = false;
};

struct ReceiverCallbacks
{
    struct Hold
    {
        std::shared_ptr<PeerGuard> guard;
        std::shared_ptr<FrameSlot> slot;
    };
    static void release(gpointer data) { delete static_cast<Hold *>(data); }
    static void releaseClosure(gpointer data, GClosure *) { release(data); }

    static GstFlowReturn onSample(GstAppSink *sink, gpointer data)
    {
        auto *hold = static_cast<Hold *>(data);
        GstSample *sample = gst_app_sink_pull_sample(sink);
        if (!sample)
            return GST_FLOW_OK;
        const GstStructure *caps = gst_caps_get_structure(gst_sample_get_caps(sample), 0);
        int width = 0, height = 0;
        gst_structure_get_int(caps, "width", &width);
        gst_structure_get_int(caps, "height", &height);
        GstMapInfo map;
        GstBuffer *buffer = gst_sample_get_buffer(sample);
        if (width > 0 && height > 0 && gst_buffer_map(buffer, &map, GST_MAP_READ)) {
            if (map.size >= gsize(width) * gsize(height) * 4) {
                QImage frame =
                    QImage(map.data, width, height, width * 4, QImage::Format_RGB32).copy();
                bool post = false;
                {
                    std::lock_guard lock(hold->slot->mutex);
                    hold->slot->frame = std::move(frame);
                    post = !std::exchange(hold->slot->posted, true);
                }
                if (post)
                    hold->guard->post(
                        [](WebRtcPeer *peer) { static_cast<StreamReceiver *>(peer)->deliver(); });
            }
            gst_buffer_unmap(buffer, &map);
        }
        gst_sample_unref(sample);
        return GST_FLOW_OK;
    }

    /// A stream arrived from the other side: depayload, decode and hand it over.
    static void onPadAdded(GstElement *webrtc, GstPad *pad, gpointer data)
    {
        if (GST_PAD_DIRECTION(pad) != GST_PAD_SRC)
            return;
        auto *hold = static_cast<Hold *>(data);
        // Stopping (or stopped): nothing is added to a pipeline on its way down.
        GstElement *alive = hold->guard->element();
        if (!alive)
            return;
        gst_object_unref(alive);
        GError *error = nullptr;
        GstElement *bin = gst_parse_bin_from_description(
            "rtpvp8depay ! vp8dec ! videoconvert ! video/x-raw,format=BGRx ! "
            "appsink name=sink sync=false max-buffers=1 drop=true",
            TRUE, &error);
        if (!bin) {
            g_clear_error(&error);
            return;
        }
        GstElement *sink = gst_bin_get_by_name(GST_BIN(bin), "sink");
        GstAppSinkCallbacks callbacks{};
        callbacks.new_sample = onSample;
        gst_app_sink_set_callbacks(GST_APP_SINK(sink), &callbacks, new Hold(*hold), release);
        gst_object_unref(sink);
        GstElement *pipeline = GST_ELEMENT(gst_element_get_parent(webrtc));
        gst_bin_add(GST_BIN(pipeline), bin);
        gst_element_sync_state_with_parent(bin);
        GstPad *sinkPad = gst_element_get_static_pad(bin, "sink");
        gst_pad_link(pad, sinkPad);
        gst_object_unref(sinkPad);
        gst_object_unref(pipeline);
    }
};

StreamReceiver::StreamReceiver(IceServers iceServers, QObject *parent)
    : WebRtcPeer(
          QStringLiteral("webrtcbin name=webrtc bundle-policy=max-bundle latency=%1").arg(jitterMs),
          std::move(iceServers), parent),
      m_slot(std::make_shared<FrameSlot>())
{
}

StreamReceiver::~StreamReceiver()
{
    blockSignals(true);
    stop();
}

bool StreamReceiver::prepare()
{
    GstCaps *caps = gst_caps_from_string(
        "application/x-rtp,media=video,encoding-name=VP8,payload=96,clock-rate=90000");
    GstWebRTCRTPTransceiver *transceiver = nullptr;
    g_signal_emit_by_name(webrtc(), "add-transceiver",
                          GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_RECVONLY, caps, &transceiver);
    gst_caps_unref(caps);
    if (!transceiver) {
        fail(QStringLiteral("webrtcbin would not receive video"));
        return false;
    }
    gst_object_unref(transceiver);
    g_signal_connect_data(webrtc(), "pad-added", G_CALLBACK(ReceiverCallbacks::onPadAdded),
                          new ReceiverCallbacks::Hold{guard(), m_slot},
                          ReceiverCallbacks::releaseClosure, GConnectFlags(0));
    return true;
}

void StreamReceiver::deliver()
{
    QImage frame;
    {
        std::lock_guard lock(m_slot->mutex);
        frame = std::move(m_slot->frame);
        m_slot->posted = false;
    }
    if (!frame.isNull())
        emit frameArrived(frame);
}

} // namespace larder::camera

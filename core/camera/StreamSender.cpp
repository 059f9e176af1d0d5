// SPDX-License-Identifier: MIT
#include "StreamSender.h"

#define GST_USE_UNSTABLE_API
#include <gst/app/gstappsrc.h>
#include <gst/webrtc/webrtc.h>

#include <cstring>

namespace larder::camera {

StreamSender::StreamSender(Video video, IceServers iceServers, QObject *parent)
    : WebRtcPeer(describe(video), std::move(iceServers), parent), m_video(video)
{
}

StreamSender::~StreamSender()
{
    blockSignals(true);
    stop();
    if (m_source)
        gst_object_unref(m_source);
}

QString StreamSender::describe(const Video &video)
{
    // Realtime VP8 (deadline 1 µs: the fastest the encoder offers; no frames held back), a
    // keyframe at least every 2 s so a lost one heals; the payloader and webrtcbin send it.
    return QStringLiteral(
               "appsrc name=src is-live=true format=time do-timestamp=true max-buffers=2 "
               "leaky-type=downstream "
               "caps=video/x-raw,format=BGRx,width=%1,height=%2,framerate=%3/1 ! "
               "videoconvert ! queue max-size-buffers=2 leaky=downstream ! "
               "vp8enc deadline=1 cpu-used=8 lag-in-frames=0 error-resilient=1 "
               "keyframe-max-dist=%4 end-usage=cbr target-bitrate=%5 ! "
               "rtpvp8pay pt=96 picture-id-mode=15-bit ! "
               "application/x-rtp,media=video,encoding-name=VP8,payload=96 ! "
               "webrtcbin name=webrtc bundle-policy=max-bundle")
        .arg(video.width)
        .arg(video.height)
        .arg(video.fps)
        .arg(video.fps * 2)
        .arg(video.kbps * 1000);
}

bool StreamSender::prepare()
{
    m_source = gst_bin_get_by_name(GST_BIN(pipeline()), "src");
    // Send only: the viewer's offer is receive-only.
    GArray *transceivers = nullptr;
    g_signal_emit_by_name(webrtc(), "get-transceivers", &transceivers);
    if (transceivers) {
        for (guint i = 0; i < transceivers->len; ++i)
            g_object_set(g_array_index(transceivers, GstWebRTCRTPTransceiver *, i), "direction",
                         GST_WEBRTC_RTP_TRANSCEIVER_DIRECTION_SENDONLY, nullptr);
        g_array_unref(transceivers);
    }
    if (!m_source)
        fail(QStringLiteral("the pipeline has no frame source"));
    return m_source != nullptr;
}

bool StreamSender::pushFrame(const QImage &frame)
{
    if (!m_source || state() != State::Connected || frame.width() != m_video.width ||
        frame.height() != m_video.height ||
        (frame.format() != QImage::Format_RGB32 && frame.format() != QImage::Format_ARGB32))
        return false;
    const qsizetype rowBytes = qsizetype(m_video.width) * 4;
    GstBuffer *buffer = gst_buffer_new_allocate(nullptr, gsize(rowBytes * m_video.height), nullptr);
    GstMapInfo map;
    if (!gst_buffer_map(buffer, &map, GST_MAP_WRITE)) {
        gst_buffer_unref(buffer);
        return false;
    }
    for (int y = 0; y < m_video.height; ++y)
        std::memcpy(map.data + y * rowBytes, frame.constScanLine(y), size_t(rowBytes));
    gst_buffer_unmap(buffer, &map);
    if (gst_app_src_push_buffer(GST_APP_SRC(m_source), buffer) != GST_FLOW_OK)
        return false;
    ++m_sent;
    return true;
}

} // namespace larder::camera

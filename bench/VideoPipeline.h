// SPDX-License-Identifier: MIT
#pragma once
// A stamped 1280×720 frame through a GStreamer pipeline in this process (appsrc name=src …
// appsink name=sink), each one's latency from its push to its decoded arrival: the floor the
// live camera's benchmarks compare with (bench_video_codec, bench_live_camera). In one process
// the stamp carries the frame's number, and a monotonic clock times it to the microsecond.

#include "camera/FrameStamp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

#include <cstdio>

namespace videopipeline {
constexpr int kWidth = 1280, kHeight = 720, kFps = 15;
/// The realtime VP8 encoder the fridge uses, straight into its decoder (no network, no WebRTC).
constexpr const char *vp8Pipeline =
    "appsrc name=src is-live=true format=time ! videoconvert ! "
    "vp8enc deadline=1 cpu-used=8 lag-in-frames=0 error-resilient=1 "
    "keyframe-max-dist=30 ! vp8dec ! videoconvert ! video/x-raw,format=BGRx ! "
    "appsink name=sink sync=false";

/// A shelf-like picture that changes a little every frame (as a live camera's does).
inline QImage frameAt(int index)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(QColor(40, 44, 52));
    QPainter painter(&image);
    for (int i = 0; i < 12; ++i)
        painter.fillRect((i * 97 + index * 3) % kWidth, 120 + (i % 3) * 180, 140, 120,
                         QColor::fromHsv((i * 29) % 360, 160, 220));
    return image;
}

/// Pushes @p frames stamped frames through @p description (appsrc name=src … appsink name=sink)
/// and returns each one's latency (ms) from its stamp to its decoded arrival; empty on failure.
inline QList<double> run(const char *description, int frames)
{
    GError *error = nullptr;
    GstElement *pipeline = gst_parse_launch(description, &error);
    if (!pipeline) {
        std::fprintf(stderr, "bench_video_codec: %s\n", error ? error->message : "no pipeline");
        g_clear_error(&error);
        return {};
    }
    GstElement *src = gst_bin_get_by_name(GST_BIN(pipeline), "src");
    GstElement *sink = gst_bin_get_by_name(GST_BIN(pipeline), "sink");
    GstCaps *caps = gst_caps_new_simple("video/x-raw", "format", G_TYPE_STRING, "BGRx", "width",
                                        G_TYPE_INT, kWidth, "height", G_TYPE_INT, kHeight,
                                        "framerate", GST_TYPE_FRACTION, kFps, 1, nullptr);
    gst_app_src_set_caps(GST_APP_SRC(src), caps);
    gst_caps_unref(caps);
    gst_element_set_state(pipeline, GST_STATE_PLAYING);
    QList<double> latencies;
    QElapsedTimer clock;
    clock.start();
    QHash<qint64, qint64> pushedAt; ///< frame number → ns
    for (int i = 0; i < frames; ++i) {
        QImage frame = frameAt(i);
        larder::camera::framestamp::stamp(frame, 1000 + i);
        pushedAt.insert(1000 + i, clock.nsecsElapsed());
        GstBuffer *buffer = gst_buffer_new_memdup(frame.constBits(), gsize(frame.sizeInBytes()));
        GST_BUFFER_PTS(buffer) = gst_util_uint64_scale(guint64(i), GST_SECOND, kFps);
        GST_BUFFER_DURATION(buffer) = gst_util_uint64_scale(1, GST_SECOND, kFps);
        if (gst_app_src_push_buffer(GST_APP_SRC(src), buffer) != GST_FLOW_OK)
            break;
        GstSample *sample = gst_app_sink_try_pull_sample(GST_APP_SINK(sink), 2 * GST_SECOND);
        if (!sample)
            break;
        GstMapInfo map;
        GstBuffer *decoded = gst_sample_get_buffer(sample);
        if (gst_buffer_map(decoded, &map, GST_MAP_READ)) {
            const QImage image(map.data, kWidth, kHeight, kWidth * 4, QImage::Format_RGB32);
            if (const auto number = larder::camera::framestamp::read(image);
                number && pushedAt.contains(*number))
                latencies.append(double(clock.nsecsElapsed() - pushedAt.value(*number)) / 1e6);
            gst_buffer_unmap(decoded, &map);
        }
        gst_sample_unref(sample);
    }
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(src);
    gst_object_unref(sink);
    gst_object_unref(pipeline);
    return latencies;
}
} // namespace videopipeline

// SPDX-License-Identifier: MIT
// The live camera's floor (camera issue): a 1280×720 frame, stamped with its capture time
// (camera::framestamp), through VP8 encoding and decoding in one GStreamer pipeline in this
// process — no network, no WebRTC — read back from the decoded frame. This is the baseline the
// glass-to-glass benchmark compares with; its own baseline is the same pipeline with no codec
// (the frame only converted and handed over). In one process the stamp carries the frame's
// number, and a monotonic clock times it to the microsecond.
#include "BenchSupport.h"

#include "camera/FrameStamp.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPainter>

#include <gst/app/gstappsink.h>
#include <gst/app/gstappsrc.h>
#include <gst/gst.h>

namespace {
constexpr int kWidth = 1280, kHeight = 720, kFps = 15;

/// A shelf-like picture that changes a little every frame (as a live camera's does).
QImage frameAt(int index)
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
QList<double> run(const char *description, int frames)
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
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    gst_init(&argc, &argv);
    const int n = std::max(30, benchSamples() / 10); // frames, each a full 720p frame
    const QList<double> plain = run("appsrc name=src is-live=true format=time ! videoconvert ! "
                                    "video/x-raw,format=BGRx ! appsink name=sink sync=false",
                                    n);
    const QList<double> vp8 =
        run("appsrc name=src is-live=true format=time ! videoconvert ! "
            "vp8enc deadline=1 cpu-used=8 lag-in-frames=0 error-resilient=1 "
            "keyframe-max-dist=30 ! vp8dec ! videoconvert ! video/x-raw,format=BGRx ! "
            "appsink name=sink sync=false",
            n);
    if (plain.size() < n * 9 / 10 || vp8.size() < n * 9 / 10) {
        std::fprintf(stderr,
                     "bench_video_codec: %lld of %d frames read back without a codec, %lld with "
                     "VP8\n",
                     qint64(plain.size()), n, qint64(vp8.size()));
        return 1;
    }
    printResult(comparison("video_vp8_encode_decode_720p", vp8, plain,
                           {{QStringLiteral("baseline"), QStringLiteral("same_pipeline_no_codec")},
                            {QStringLiteral("frames"), n}}));
    return 0;
}

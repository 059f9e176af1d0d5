// SPDX-License-Identifier: MIT
// The live camera's floor (camera issue): a 1280×720 frame, stamped with its capture time
// (camera::framestamp), through VP8 encoding and decoding in one GStreamer pipeline in this
// process — no network, no WebRTC — read back from the decoded frame. This is the baseline the
// glass-to-glass benchmark compares with; its own baseline is the same pipeline with no codec
// (the frame only converted and handed over). In one process the stamp carries the frame's
// number, and a monotonic clock times it to the microsecond.
#include "BenchSupport.h"

#include "VideoPipeline.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    gst_init(&argc, &argv);
    const int n = std::max(30, benchSamples() / 10); // frames, each a full 720p frame
    const QList<double> plain =
        videopipeline::run("appsrc name=src is-live=true format=time ! videoconvert ! "
                           "video/x-raw,format=BGRx ! appsink name=sink sync=false",
                           n);
    const QList<double> vp8 = videopipeline::run(videopipeline::vp8Pipeline, n);
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

// SPDX-License-Identifier: MIT
// The live camera on loopback (camera issue): a real larder-cloud (its broker and plugin), a
// simulated fridge streaming 1280×720 at 15 fps, and a member's app (camera::LiveCamera on its
// own MQTT connection). Three lines, each with a baseline from the same run:
// - live_camera_glass_to_glass_720p: for every decoded frame the viewer shows, now minus the
//   capture time the fridge stamped into it; baseline: the same VP8 encoder → decoder in one
//   process, no network, no WebRTC (VideoPipeline.h).
// - live_camera_first_frame: "Show camera" (start) to the first decoded frame; baseline: the
//   same two WebRTC ends in one process, wired without MQTT, the fridge's frames pushed.
// - live_camera_fridge_cpu: the fridge process's CPU (% of one core) while one viewer watches;
//   baseline: the same fridge with nobody watching.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "VideoPipeline.h"

#include "camera/LiveCamera.h"
#include "camera/StreamReceiver.h"
#include "camera/StreamSender.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QProcess>
#include <QTest>
#include <QTimer>

using namespace larder;

namespace {
const QString kThing = QStringLiteral("bench-camera");

bool live(const camera::LiveCamera &view)
{
    return view.status() == camera::LiveCamera::Live || view.status() == camera::LiveCamera::Dark;
}

/// Start to first frame with both ends in this process, signalled by direct calls.
double inProcessFirstFrame()
{
    const camera::StreamSender::Video video; // 1280×720, 15 fps
    camera::StreamSender fridge(video, {});
    camera::StreamReceiver viewer({});
    QObject::connect(&viewer, &camera::WebRtcPeer::localDescription, &fridge,
                     &camera::WebRtcPeer::setRemoteDescription);
    QObject::connect(&fridge, &camera::WebRtcPeer::localDescription, &viewer,
                     &camera::WebRtcPeer::setRemoteDescription);
    QObject::connect(&viewer, &camera::WebRtcPeer::localCandidate, &fridge,
                     &camera::WebRtcPeer::addRemoteCandidate);
    QObject::connect(&fridge, &camera::WebRtcPeer::localCandidate, &viewer,
                     &camera::WebRtcPeer::addRemoteCandidate);
    bool arrived = false;
    QObject::connect(&viewer, &camera::StreamReceiver::frameArrived, &viewer,
                     [&] { arrived = true; });
    QTimer frames;
    int index = 0;
    QObject::connect(&frames, &QTimer::timeout, &fridge,
                     [&] { fridge.pushFrame(videopipeline::frameAt(++index)); });
    QElapsedTimer clock;
    clock.start();
    fridge.start();
    viewer.start();
    frames.start(1000 / video.fps);
    return waitUntil([&] { return arrived; }, 10000) ? double(clock.nsecsElapsed()) / 1e6 : -1;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    camera::WebRtcPeer::ensureGStreamer();
    const int n = benchSamples();
    const int starts = std::clamp(n / 100, 3, 20);  // "Show camera" this many times
    const int seconds = std::clamp(n / 100, 4, 20); // of watching, for latency and CPU

    CloudFixture cloud;
    if (!cloud.start()) {
        std::fprintf(stderr, "bench_live_camera: cannot start the local cloud\n");
        return 1;
    }
    CloudHttp http(cloud);
    const QHash<QString, QString> tokens = http.signedInAccounts({"camera"});
    const QString family =
        tokens.isEmpty() ? QString() : http.createFamily("Bench", tokens.value("camera"));
    if (family.isEmpty() || !cloud.deviceCert(kThing) ||
        !cloud.runTool({"assign-thing", "--thing", kThing, "--family", family})) {
        std::fprintf(stderr, "bench_live_camera: cannot set up the family and its fridge\n");
        return 1;
    }
    QProcess *fridge = cloud.startFridge(kThing);
    mqtt::MqttClient phone;
    phone.setSettings(
        cloud.accountSettings(QStringLiteral("bench-camera-phone"), tokens.value("camera")));
    phone.connectToHost();
    if (!fridge || !fridge->waitForStarted() ||
        !waitUntil([&] { return phone.state() == mqtt::MqttClient::Connected; }, 10000)) {
        std::fprintf(stderr, "bench_live_camera: the fridge or the phone did not connect\n");
        return 1;
    }
    QTest::qWait(1500); // the fridge connected and listening
    camera::LiveCamera view(&phone, kThing, {});

    // The fridge at rest: nobody watching.
    const auto cpuOver = [&](int ms) {
        const double before = CloudFixture::cpuSeconds(fridge->processId());
        QTest::qWait(ms);
        return (CloudFixture::cpuSeconds(fridge->processId()) - before) / (ms / 1000.0) * 100;
    };
    QList<double> idleCpu, watchedCpu;
    for (int i = 0; i < seconds; ++i)
        idleCpu.append(cpuOver(1000));

    // "Show camera", again and again, against the same in one process.
    QList<double> firstFrames, inProcess;
    for (int i = 0; i < starts; ++i) {
        QElapsedTimer clock;
        clock.start();
        view.start();
        if (!waitUntil([&] { return live(view); }, 15000)) {
            std::fprintf(stderr, "bench_live_camera: no picture: %s\n", qPrintable(view.message()));
            return 1;
        }
        firstFrames.append(double(clock.nsecsElapsed()) / 1e6);
        view.stop();
        QTest::qWait(300);
        const double local = inProcessFirstFrame();
        if (local < 0) {
            std::fprintf(stderr, "bench_live_camera: the in-process stream showed nothing\n");
            return 1;
        }
        inProcess.append(local);
    }

    // Watching: every frame's age when it arrives, and what the fridge spends meanwhile.
    QList<double> glassToGlass;
    QObject::connect(&view, &camera::LiveCamera::frameChanged, &view, [&] {
        if (view.capturedAt().isValid())
            glassToGlass.append(double(QDateTime::currentMSecsSinceEpoch() -
                                       view.capturedAt().toMSecsSinceEpoch()));
    });
    view.start();
    if (!waitUntil([&] { return live(view); }, 15000)) {
        std::fprintf(stderr, "bench_live_camera: no picture to measure\n");
        return 1;
    }
    QTest::qWait(1000); // past the first keyframe
    glassToGlass.clear();
    for (int i = 0; i < seconds; ++i)
        watchedCpu.append(cpuOver(1000));
    view.stop();
    const int frames = int(glassToGlass.size());
    if (frames < seconds * 10) {
        std::fprintf(stderr, "bench_live_camera: %d frames in %d s\n", frames, seconds);
        return 1;
    }
    const QList<double> floor =
        videopipeline::run(videopipeline::vp8Pipeline, std::max(30, frames / 4));

    printResult(comparison(
        "live_camera_glass_to_glass_720p", glassToGlass, floor,
        {{QStringLiteral("baseline"), QStringLiteral("same_vp8_encode_decode_in_one_process")},
         {QStringLiteral("frames"), frames},
         {QStringLiteral("fps"), double(frames) / seconds}}));
    printResult(comparison(
        "live_camera_first_frame", firstFrames, inProcess,
        {{QStringLiteral("baseline"), QStringLiteral("same_webrtc_ends_in_one_process_no_mqtt")},
         {QStringLiteral("starts"), starts}}));
    QJsonObject cpu{{QStringLiteral("name"), QStringLiteral("live_camera_fridge_cpu_720p15")},
                    {QStringLiteral("percent_of_core_p50"), percentile(watchedCpu, 50)},
                    {QStringLiteral("percent_of_core_max"), percentile(watchedCpu, 100)},
                    {QStringLiteral("baseline_percent_of_core_p50"), percentile(idleCpu, 50)},
                    {QStringLiteral("baseline"), QStringLiteral("same_fridge_nobody_watching")},
                    {QStringLiteral("seconds"), seconds}};
    printResult(cpu);
    return 0;
}

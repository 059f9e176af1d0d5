// SPDX-License-Identifier: MIT
// The two ends of a live-camera stream in one process (StreamSender, StreamReceiver), their
// descriptions and candidates handed across directly as the signalling would carry them: the
// viewer receives decoded frames whose stamped capture time advances; nothing is encoded before
// the viewer is connected; a damaged description fails the peer with a reason; stopping ends it.
#include "camera/FrameStamp.h"
#include "camera/StreamReceiver.h"
#include "camera/StreamSender.h"

#include <QDateTime>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace larder::camera;

namespace {
/// Wires two peers the way the signalling does (direct calls instead of MQTT).
void pair(WebRtcPeer &viewer, WebRtcPeer &fridge)
{
    QObject::connect(&viewer, &WebRtcPeer::localDescription, &fridge,
                     &WebRtcPeer::setRemoteDescription);
    QObject::connect(&fridge, &WebRtcPeer::localDescription, &viewer,
                     &WebRtcPeer::setRemoteDescription);
    QObject::connect(&viewer, &WebRtcPeer::localCandidate, &fridge,
                     &WebRtcPeer::addRemoteCandidate);
    QObject::connect(&fridge, &WebRtcPeer::localCandidate, &viewer,
                     &WebRtcPeer::addRemoteCandidate);
}

QImage shelf(const StreamSender::Video &video, int index)
{
    QImage image(video.width, video.height, QImage::Format_RGB32);
    image.fill(QColor(60, 64, 70));
    QPainter painter(&image);
    painter.fillRect((index * 7) % video.width, 100, 120, 90, QColor(200, 120, 40));
    painter.end();
    framestamp::stamp(image, QDateTime::currentMSecsSinceEpoch());
    return image;
}
} // namespace

class TestWebRtcStream : public QObject
{
    Q_OBJECT

private slots:
    void framesFlowAndTheirTimeAdvances()
    {
        const StreamSender::Video video{640, 360, 15, 800};
        StreamSender fridge(video, {});
        StreamReceiver viewer({});
        pair(viewer, fridge);
        QVERIFY(fridge.start());
        // Nothing is encoded before the viewer connects.
        QVERIFY(!fridge.pushFrame(shelf(video, 0)));
        QVERIFY(viewer.start());
        QTRY_COMPARE_WITH_TIMEOUT(fridge.state(), WebRtcPeer::State::Connected, 10000);

        int index = 0;
        QTimer frames;
        QObject::connect(&frames, &QTimer::timeout, &fridge,
                         [&] { fridge.pushFrame(shelf(video, ++index)); });
        frames.start(1000 / video.fps);
        QList<qint64> stamps;
        QList<qint64> latencies;
        QObject::connect(&viewer, &StreamReceiver::frameArrived, this, [&](const QImage &frame) {
            QCOMPARE(frame.size(), QSize(video.width, video.height));
            if (const auto stamp = framestamp::read(frame)) {
                stamps.append(*stamp);
                latencies.append(QDateTime::currentMSecsSinceEpoch() - *stamp);
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(stamps.size() >= 20, 10000);
        QCOMPARE(viewer.state(), WebRtcPeer::State::Connected);
        for (qsizetype i = 1; i < stamps.size(); ++i)
            QVERIFY2(stamps[i] > stamps[i - 1], "capture times advance");
        std::sort(latencies.begin(), latencies.end());
        qInfo() << "glass-to-glass in one process, median ms:" << latencies[latencies.size() / 2];
        QVERIFY(latencies[latencies.size() / 2] < 1000);
        QVERIFY(fridge.framesSent() >= 20);

        QSignalSpy closed(&fridge, &WebRtcPeer::stateChanged);
        fridge.stop();
        QCOMPARE(fridge.state(), WebRtcPeer::State::Closed);
        QVERIFY(!fridge.pushFrame(shelf(video, 1)));
    }

    void aDamagedDescriptionFailsWithAReason()
    {
        StreamSender fridge({640, 360, 15, 800}, {});
        QVERIFY(fridge.start());
        fridge.setRemoteDescription(QStringLiteral("offer"), QStringLiteral("not an SDP"));
        QCOMPARE(fridge.state(), WebRtcPeer::State::Failed);
        QVERIFY(!fridge.error().isEmpty());
    }

    void peersStopCleanlyMidNegotiation()
    {
        // Torn down while descriptions and candidates are in flight: nothing lands afterwards.
        for (int i = 0; i < 5; ++i) {
            auto *fridge = new StreamSender({640, 360, 15, 800}, {});
            auto *viewer = new StreamReceiver({});
            pair(*viewer, *fridge);
            QVERIFY(fridge->start());
            QVERIFY(viewer->start());
            QTest::qWait(i * 20);
            delete viewer;
            delete fridge;
        }
        QTest::qWait(100);
    }
};

QTEST_GUILESS_MAIN(TestWebRtcStream)
#include "tst_webrtcstream.moc"

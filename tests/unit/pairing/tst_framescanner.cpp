// SPDX-License-Identifier: MIT
// Camera frames carrying a label's QR code are read, through a video sink as the camera
// delivers them, once per activation; frames without a code are ignored.
#include "pairing/FrameScanner.h"
#include "pairing/QrCode.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using larder::pairing::FrameScanner;

namespace {
const QString kLabel =
    QStringLiteral("larder://pair?v=1&serial=LRD00000042&model=LF-500&secret=QUZWP6NUGYMUFKFSOJC3");

/// A 640×480 "camera frame" (BGRA) with @p text as a QR code in it, or nothing.
QVideoFrame cameraFrame(const QString &text)
{
    QImage image(640, 480, QImage::Format_ARGB32);
    image.fill(QColor(180, 175, 170));
    if (!text.isEmpty()) {
        const auto qr = larder::pairing::QrCode::matrix(text);
        QPainter painter(&image);
        const int cell = 6, side = (qr.size + 8) * cell;
        const QPoint origin((640 - side) / 2, (480 - side) / 2);
        painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
        for (int y = 0; y < qr.size; ++y)
            for (int x = 0; x < qr.size; ++x)
                if (qr.modules.at(y * qr.size + x) == u'1')
                    painter.fillRect(origin.x() + (4 + x) * cell, origin.y() + (4 + y) * cell, cell,
                                     cell, Qt::black);
    }
    QVideoFrame frame(QVideoFrameFormat(image.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < image.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), image.constScanLine(y),
                    size_t(image.width()) * 4);
    frame.unmap();
    return frame;
}
} // namespace

class TestFrameScanner : public QObject
{
    Q_OBJECT
private slots:
    void readsAFrame()
    {
        FrameScanner scanner;
        QSignalSpy found(&scanner, &FrameScanner::found);
        QVERIFY(!scanner.scan(cameraFrame({})));
        QVERIFY(scanner.scan(cameraFrame(kLabel)));
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), kLabel);
        QVERIFY(!scanner.active()); // one code per activation
    }
    void readsFramesFromTheSink()
    {
        QVideoSink sink;
        FrameScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &FrameScanner::found);
        sink.setVideoFrame(cameraFrame({}));
        QTest::qWait(FrameScanner::intervalMs + 50);
        sink.setVideoFrame(cameraFrame(kLabel));
        QTRY_COMPARE(found.count(), 1);
        // Inactive: later frames are not decoded again.
        QTest::qWait(FrameScanner::intervalMs + 50);
        sink.setVideoFrame(cameraFrame(kLabel));
        QCOMPARE(found.count(), 1);
        scanner.setActive(true);
        QTest::qWait(FrameScanner::intervalMs + 50);
        sink.setVideoFrame(cameraFrame(kLabel));
        QTRY_COMPARE(found.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestFrameScanner)
#include "tst_framescanner.moc"

// SPDX-License-Identifier: MIT
// The capture time drawn into a video frame (camera::framestamp): it reads back exactly after
// lossy compression far worse than a live stream's, at the sizes the cameras send, over a busy
// picture; a frame without a stamp, or with a damaged one, reads as none.
#include "camera/FrameStamp.h"

#include <QBuffer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace larder::camera;

namespace {
/// A busy picture: gradients and noise, as a shelf under a camera's light.
QImage picture(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const int noise = int(random.bounded(60));
            image.setPixel(x, y,
                           qRgb((x * 255 / size.width() + noise) % 256,
                                (y * 255 / size.height() + noise) % 256, noise * 3));
        }
    return image;
}

QImage throughJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return QImage::fromData(bytes, "JPEG");
}
} // namespace

class TestFrameStamp : public QObject
{
    Q_OBJECT
private slots:
    void readsBackThroughALossyCodec_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("quality");
        QTest::newRow("720p, JPEG 30") << QSize(1280, 720) << 30;
        QTest::newRow("360p, JPEG 20") << QSize(640, 360) << 20;
        QTest::newRow("1080p, JPEG 50") << QSize(1920, 1080) << 50;
    }
    void readsBackThroughALossyCodec()
    {
        QFETCH(QSize, size);
        QFETCH(int, quality);
        for (const qint64 at : {qint64(1796670000123), qint64(0), qint64(1) << 47}) {
            QImage frame = picture(size);
            framestamp::stamp(frame, at);
            QCOMPARE(framestamp::read(frame), std::optional<qint64>(at));
            QCOMPARE(framestamp::read(throughJpeg(frame, quality)), std::optional<qint64>(at));
        }
    }
    void noStampReadsAsNone()
    {
        QVERIFY(!framestamp::read(picture(QSize(1280, 720))));
        QVERIFY(!framestamp::read(QImage()));
        QImage tiny(100, 10, QImage::Format_RGB32);
        framestamp::stamp(tiny, 5); // too narrow to hold one: left as it was
        QVERIFY(!framestamp::read(tiny));
    }
    void aDamagedStampReadsAsNone()
    {
        QImage frame = picture(QSize(1280, 720));
        framestamp::stamp(frame, 1796670000123);
        // One bit flipped: the check no longer holds.
        const int size = framestamp::blockSize(frame.width());
        QPainter painter(&frame);
        const QColor was = frame.pixelColor(10 * size + size / 2, size / 2);
        painter.fillRect(10 * size, 0, size, size, qGray(was.rgb()) > 128 ? Qt::black : Qt::white);
        painter.end();
        QVERIFY(!framestamp::read(frame));
    }
};

QTEST_GUILESS_MAIN(TestFrameStamp)
#include "tst_framestamp.moc"

// SPDX-License-Identifier: MIT
// media::PhotoSnap: the frame a camera's view shows becomes a JPEG of at most 2048 px on its
// longer side; before any frame, a sentence and no file.
#include "media/PhotoSnap.h"

#include <QImage>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QVideoFrame>
#include <QVideoFrameFormat>

using larder::media::PhotoSnap;

namespace {
/// A frame as a camera would hand it over: @p size, left half red, right half blue.
QVideoFrame frameOf(const QSize &size)
{
    QImage picture(size, QImage::Format_ARGB32);
    picture.fill(Qt::red);
    for (int y = 0; y < size.height(); ++y)
        for (int x = size.width() / 2; x < size.width(); ++x)
            picture.setPixelColor(x, y, Qt::blue);
    QVideoFrame frame(QVideoFrameFormat(size, QVideoFrameFormat::Format_BGRA8888));
    frame.map(QVideoFrame::WriteOnly);
    for (int y = 0; y < size.height(); ++y)
        memcpy(frame.bits(0) + y * frame.bytesPerLine(0), picture.constScanLine(y),
               size_t(size.width()) * 4);
    frame.unmap();
    return frame;
}
} // namespace

class TestPhotoSnap : public QObject
{
    Q_OBJECT
private slots:
    void beforeAnyFrameThereIsNoPhoto()
    {
        QTemporaryDir dir;
        QVideoSink sink;
        PhotoSnap snap;
        snap.setDirectory(dir.path());
        QVERIFY(snap.take().isEmpty());
        QCOMPARE(snap.error(), QStringLiteral("The camera has not shown a picture yet."));
        snap.setVideoSink(&sink);
        QVERIFY(snap.take().isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void theFrameOnScreenBecomesAJpeg_data()
    {
        QTest::addColumn<QSize>("frame");
        QTest::addColumn<QSize>("photo");
        QTest::newRow("as it is") << QSize(640, 480) << QSize(640, 480);
        QTest::newRow("a 4K camera, scaled down") << QSize(3840, 2160) << QSize(2048, 1152);
        QTest::newRow("portrait, scaled down") << QSize(1500, 3000) << QSize(1024, 2048);
    }
    void theFrameOnScreenBecomesAJpeg()
    {
        QFETCH(QSize, frame);
        QFETCH(QSize, photo);
        QTemporaryDir dir;
        QVideoSink sink;
        PhotoSnap snap;
        snap.setDirectory(dir.filePath("photos"));
        snap.setVideoSink(&sink);
        sink.setVideoFrame(frameOf(frame));
        const QString file = snap.take();
        QVERIFY2(!file.isEmpty(), qPrintable(snap.error()));
        QVERIFY(snap.error().isEmpty());
        QImageReader reader(file);
        QCOMPARE(reader.format(), QByteArray("jpeg"));
        const QImage taken = reader.read();
        QCOMPARE(taken.size(), photo);
        // The picture is the frame's: red on the left, blue on the right.
        const QColor left = taken.pixelColor(photo.width() / 4, photo.height() / 2);
        const QColor right = taken.pixelColor(photo.width() * 3 / 4, photo.height() / 2);
        QVERIFY(left.red() > 200 && left.blue() < 60);
        QVERIFY(right.blue() > 200 && right.red() < 60);
    }
};

QTEST_MAIN(TestPhotoSnap)
#include "tst_photosnap.moc"

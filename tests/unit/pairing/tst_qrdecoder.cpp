// SPDX-License-Identifier: MIT
// Real QR images, made at test time as a label would print them, then rotated, scaled,
// blurred and photographed badly, read back with ZXing; pictures without a code, and files that
// are not pictures, get a sentence.
#include "pairing/PairingPayload.h"
#include "pairing/QrCode.h"
#include "pairing/QrDecoder.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace larder::pairing;

namespace {
const QString kLabel =
    QStringLiteral("larder://pair?v=1&serial=LRD00000042&model=LF-500&secret=QUZWP6NUGYMUFKFSOJC3");

/// The code drawn black on white, @p cell pixels per module, with its quiet zone.
QImage drawn(const QString &text, int cell)
{
    const QrMatrix qr = QrCode::matrix(text);
    const int side = (qr.size + 8) * cell;
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.modules.at(y * qr.size + x) == u'1')
                painter.fillRect((4 + x) * cell, (4 + y) * cell, cell, cell, Qt::black);
    return image;
}

/// A 3×3 box blur, @p passes times.
QImage blurred(QImage image, int passes)
{
    image = image.convertToFormat(QImage::Format_Grayscale8);
    for (int pass = 0; pass < passes; ++pass) {
        QImage out = image;
        for (int y = 1; y < image.height() - 1; ++y)
            for (int x = 1; x < image.width() - 1; ++x) {
                int sum = 0;
                for (int dy = -1; dy <= 1; ++dy)
                    for (int dx = -1; dx <= 1; ++dx)
                        sum += image.constScanLine(y + dy)[x + dx];
                out.scanLine(y)[x] = uchar(sum / 9);
            }
        image = out;
    }
    return image;
}

/// The code placed small and tilted on a bigger grey "photo" with a gradient.
QImage photographed(const QImage &code, qreal angle)
{
    QImage photo(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&photo);
    QLinearGradient light(0, 0, 1600, 1200);
    light.setColorAt(0, QColor(210, 205, 200));
    light.setColorAt(1, QColor(120, 118, 115));
    painter.fillRect(photo.rect(), light);
    painter.translate(800, 600);
    painter.rotate(angle);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    return photo;
}
} // namespace

class TestQrDecoder : public QObject
{
    Q_OBJECT
private slots:
    void readsTransformedImages_data()
    {
        QTest::addColumn<QImage>("image");
        const QImage base = drawn(kLabel, 8);
        QTest::newRow("as printed") << base;
        QTest::newRow("rotated 90°") << base.transformed(QTransform().rotate(90));
        QTest::newRow("rotated 180°") << base.transformed(QTransform().rotate(180));
        QTest::newRow("tilted 17°")
            << base.transformed(QTransform().rotate(17), Qt::SmoothTransformation);
        QTest::newRow("scaled down to 2 px per module")
            << base.scaled(base.size() / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QTest::newRow("scaled up 3×") << base.scaled(base.size() * 3);
        QTest::newRow("blurred") << blurred(base, 3);
        QTest::newRow("photographed, tilted, uneven light") << photographed(base, -12);
    }
    void readsTransformedImages()
    {
        QFETCH(QImage, image);
        const QByteArray content = QrDecoder::decode(image);
        QCOMPARE(QString::fromUtf8(content), kLabel);
        QString error;
        QVERIFY2(PairingPayload::parse(content, &error), qPrintable(error));
    }
    void picturesWithoutACode()
    {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(QrDecoder::decode(blank).isEmpty());
        QVERIFY(QrDecoder::decode(QImage()).isEmpty());

        QTemporaryDir dir;
        const QString png = dir.filePath("blank.png");
        QVERIFY(blank.save(png));
        QString error;
        QVERIFY(QrDecoder::decodeFile(png, &error).isEmpty());
        QVERIFY(error.contains("No QR code"));

        const QString notAPicture = dir.filePath("label.png");
        QFile file(notAPicture);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5000, '\x7f'));
        file.close();
        QVERIFY(QrDecoder::decodeFile(notAPicture, &error).isEmpty());
        QVERIFY(error.contains("not a picture"));

        const QString label = dir.filePath("label-ok.png");
        QVERIFY(drawn(kLabel, 6).save(label));
        QCOMPARE(QString::fromUtf8(QrDecoder::decodeFile(label, &error)), kLabel);
    }
};

QTEST_GUILESS_MAIN(TestQrDecoder)
#include "tst_qrdecoder.moc"

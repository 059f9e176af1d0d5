// SPDX-License-Identifier: MIT
// The QR codes the app draws (invitations, later pairing labels) decode back to their text with
// ZXing's reader, drawn as the QML view draws them: dark modules, a 4-module quiet zone.
#include "pairing/QrCode.h"

#include <ZXing/ReadBarcode.h>

#include <QTest>

#include <vector>

using larder::pairing::QrCode;

namespace {
/// Renders @p qr at @p scale pixels per module into an 8-bit grey image and decodes it.
QString decode(const larder::pairing::QrMatrix &qr, int scale)
{
    const int quiet = 4;
    const int side = (qr.size + 2 * quiet) * scale;
    std::vector<uint8_t> pixels(size_t(side) * side, 255);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.modules.at(y * qr.size + x) == u'1')
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        pixels[size_t((quiet + y) * scale + dy) * side + (quiet + x) * scale + dx] =
                            0;
    const ZXing::ImageView image(pixels.data(), side, side, ZXing::ImageFormat::Lum);
    const ZXing::Result result =
        ZXing::ReadBarcode(image, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private slots:
    void roundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("invitation") << "larder://join?code=ABCDEFGH" << 3;
        QTest::newRow("pairing label")
            << "larder://pair?v=1&serial=LRD00000001&model=LF-500&secret=Zm9vYmFyYmF6cXV4" << 2;
        QTest::newRow("unicode") << QString::fromUtf8("Küche · 冷蔵庫") << 4;
        QTest::newRow("long") << QString(600, u'x') << 1;
    }
    void roundTrips()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        const auto qr = QrCode::matrix(text);
        QVERIFY(qr.isValid());
        QCOMPARE(qr.modules.size(), qr.size * qr.size);
        QVERIFY((qr.size - 17) % 4 == 0); // a QR version: 21, 25, … modules
        QCOMPARE(decode(qr, scale), text);
    }
    void tooLongOrEmptyGivesNothing()
    {
        QVERIFY(!QrCode::matrix({}).isValid());
        QVERIFY(!QrCode::matrix(QString(8000, u'x')).isValid());
        const QVariantMap map = QrCode::encode(QString(8000, u'x'));
        QCOMPARE(map.value("size").toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"

// SPDX-License-Identifier: MIT
#include "QrDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QImageReader>

namespace larder::pairing {

namespace {
/// The words of this file, in the "QrDecoder" translation context.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(QrDecoder)
};
constexpr int kMaxSide = 4000; ///< larger photos are scaled down first (ZXing needs no more)
} // namespace

QByteArray QrDecoder::decode(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage grey = image;
    if (grey.width() > kMaxSide || grey.height() > kMaxSide)
        grey = grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    grey = grey.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
                                ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(
        view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryRotate(true));
    if (!result.isValid())
        return {};
    return QString::fromStdWString(result.text()).toUtf8();
}

QByteArray QrDecoder::decodeFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // photos carry their rotation in EXIF
    if (reader.size().isValid() &&
        qint64(reader.size().width()) * reader.size().height() > 80'000'000) {
        *error = Words::tr("This picture is too large to read.");
        return {};
    }
    const QImage image = reader.read();
    if (image.isNull()) {
        *error =
            Words::tr("This file is not a picture Larder can open (%1).").arg(reader.errorString());
        return {};
    }
    const QByteArray content = decode(image);
    if (content.isEmpty())
        *error =
            Words::tr("No QR code was found in this picture. Take it closer and in focus, with "
                      "the whole code visible.");
    return content;
}

} // namespace larder::pairing

// SPDX-License-Identifier: MIT
#include "FactoryLabel.h"

#include "pairing/PairingPayload.h"
#include "pairing/QrMatrix.h"

#include <QFont>
#include <QPainter>

namespace larder::cloud {

QImage renderFactoryLabel(const pairing::PairingPayload &payload)
{
    constexpr int width = 960, height = 440, margin = 32, qrSide = 376;
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The QR code, black on white with a four-module quiet zone inside its square.
    const pairing::QrMatrix qr = pairing::QrMatrix::encode(payload.toUri());
    const int cell = qrSide / (qr.size + 8);
    const int origin = margin + (qrSide - cell * qr.size) / 2;
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.modules.at(y * qr.size + x) == u'1')
                painter.fillRect(origin + x * cell, origin + y * cell, cell, cell, Qt::black);

    const int textX = margin + qrSide + 40;
    auto font = [](int pixels, int weight) {
        QFont f(QStringLiteral("Inter"));
        f.setPixelSize(pixels);
        f.setWeight(QFont::Weight(weight));
        return f;
    };
    painter.setPen(QColor(0x17, 0x69, 0xE0));
    painter.setFont(font(40, QFont::Bold));
    painter.drawText(textX, margin + 44, QStringLiteral("Larder"));

    painter.setPen(QColor(0x5A, 0x69, 0x77));
    painter.setFont(font(20, QFont::Normal));
    painter.drawText(textX, margin + 100, QStringLiteral("Model"));
    painter.drawText(textX, margin + 160, QStringLiteral("Serial number"));
    painter.drawText(textX, margin + 220, QStringLiteral("Pairing code"));
    painter.setPen(QColor(0x13, 0x20, 0x2B));
    painter.setFont(font(26, QFont::DemiBold));
    painter.drawText(textX, margin + 130, payload.model);
    painter.drawText(textX, margin + 190, payload.serial);
    // The code in lines of three groups, large enough to read off a fridge door.
    const QStringList groups = payload.printedSecret().split(u'-');
    painter.setFont(font(30, QFont::Bold));
    for (int line = 0; line * 3 < groups.size(); ++line)
        painter.drawText(textX, margin + 258 + line * 40, groups.mid(line * 3, 3).join(u'-'));
    painter.setPen(QColor(0x5A, 0x69, 0x77));
    painter.setFont(font(18, QFont::Normal));
    painter.drawText(textX, height - margin,
                     QStringLiteral("Larder app → Add a fridge → scan this code"));
    return image;
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "QrMatrix.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <stdexcept>

namespace larder::pairing {

QrMatrix QrMatrix::encode(const QString &text)
{
    if (text.isEmpty())
        return {};
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        // ZXing's 0–8 scale: 3 is level M. UTF-8 (with its ECI marker) for any text.
        writer.setMargin(0).setEccLevel(3).setEncoding(ZXing::CharacterSet::UTF8);
        // Width and height 0: one cell per module.
        const ZXing::BitMatrix bits = writer.encode(text.toStdWString(), 0, 0);
        QrMatrix out;
        out.size = bits.width();
        out.modules.reserve(out.size * out.size);
        for (int y = 0; y < bits.height(); ++y)
            for (int x = 0; x < bits.width(); ++x)
                out.modules.append(bits.get(x, y) ? u'1' : u'0');
        return out;
    } catch (const std::exception &) {
        return {}; // too long for any QR version
    }
}

} // namespace larder::pairing

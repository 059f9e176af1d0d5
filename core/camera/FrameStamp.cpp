// SPDX-License-Identifier: MIT
#include "FrameStamp.h"

#include <QPainter>

namespace larder::camera::framestamp {

namespace {
constexpr int kReferences = 2;
constexpr int kBlocks = kReferences + bits + checkBits;

quint8 checkOf(quint64 value)
{
    quint8 sum = 0x5a;
    for (int i = 0; i < bits / 8; ++i)
        sum = quint8(sum * 31 + ((value >> (8 * i)) & 0xff));
    return sum;
}

/// The mean brightness of the centre of block @p index.
double brightness(const QImage &frame, int index, int size)
{
    const int inset = size / 4;
    double sum = 0;
    int n = 0;
    for (int y = inset; y < size - inset; ++y)
        for (int x = index * size + inset; x < (index + 1) * size - inset; ++x) {
            sum += qGray(frame.pixel(x, y));
            ++n;
        }
    return n ? sum / n : 0;
}
} // namespace

int blockSize(int width)
{
    return std::max(4, width / 160);
}

void stamp(QImage &frame, qint64 epochMs)
{
    const int size = blockSize(frame.width());
    if (frame.width() < kBlocks * size || frame.height() < size)
        return;
    const quint64 value = quint64(epochMs) & ((quint64(1) << bits) - 1);
    const quint64 word = (value << checkBits) | checkOf(value);
    QPainter painter(&frame);
    painter.setPen(Qt::NoPen);
    const auto block = [&](int index, bool white) {
        painter.fillRect(index * size, 0, size, size, white ? Qt::white : Qt::black);
    };
    block(0, true);
    block(1, false);
    for (int i = 0; i < bits + checkBits; ++i)
        block(kReferences + i, (word >> (bits + checkBits - 1 - i)) & 1);
}

std::optional<qint64> read(const QImage &frame)
{
    const int size = blockSize(frame.width());
    if (frame.isNull() || frame.width() < kBlocks * size || frame.height() < size)
        return std::nullopt;
    const double white = brightness(frame, 0, size);
    const double black = brightness(frame, 1, size);
    if (white - black < 64)
        return std::nullopt; // no stamp: the references are not there
    const double threshold = (white + black) / 2;
    quint64 word = 0;
    for (int i = 0; i < bits + checkBits; ++i)
        word = (word << 1) | (brightness(frame, kReferences + i, size) > threshold ? 1 : 0);
    const quint64 value = word >> checkBits;
    if (quint8(word & 0xff) != checkOf(value))
        return std::nullopt;
    return qint64(value);
}

} // namespace larder::camera::framestamp

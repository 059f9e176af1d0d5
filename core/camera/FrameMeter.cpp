// SPDX-License-Identifier: MIT
#include "FrameMeter.h"

#include "FrameStamp.h"

#include <algorithm>

namespace larder::camera {

void FrameMeter::add(const QImage &frame, qint64 nowMs)
{
    ++m_frames;
    if (const auto stamp = framestamp::read(frame)) {
        m_capturedAt = *stamp;
        m_latencies.append(int(std::clamp<qint64>(nowMs - *stamp, 0, 600'000)));
        if (m_latencies.size() > window)
            m_latencies.removeFirst();
    }
    const int light = brightness(frame);
    m_dark = m_dark ? light < lightAgain : light < darkBelow;
}

void FrameMeter::reset()
{
    *this = FrameMeter();
}

std::optional<int> FrameMeter::latencyMs() const
{
    if (m_latencies.isEmpty())
        return std::nullopt;
    QList<int> sorted = m_latencies;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(sorted.size() / 2);
}

int FrameMeter::brightness(const QImage &frame)
{
    if (frame.isNull())
        return 0;
    constexpr int steps = 24;
    qint64 sum = 0;
    int count = 0;
    for (int j = 0; j < steps; ++j)
        for (int i = 0; i < steps; ++i) {
            const QRgb pixel = frame.pixel((frame.width() - 1) * (2 * i + 1) / (2 * steps),
                                           (frame.height() - 1) * (2 * j + 1) / (2 * steps));
            sum += qGray(pixel);
            ++count;
        }
    return int(sum / count);
}

} // namespace larder::camera

// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QList>

#include <optional>

namespace larder::camera {

/// What a viewer measures of the frames it shows (camera issue), free of I/O: the
/// glass-to-glass latency from each frame's stamped capture time (camera::framestamp) to its
/// arrival, as the median of the last frames, and whether the shelf is dark (the fridge's light
/// off: the screen says so instead of showing a black rectangle).
class FrameMeter
{
public:
    /// A frame arrived at @p nowMs; it is read for its stamp and its brightness.
    void add(const QImage &frame, qint64 nowMs);
    void reset();

    /// The median latency of the last `window` stamped frames (ms); nullopt before any.
    std::optional<int> latencyMs() const;
    /// The newest frame's capture time (epoch ms); 0 when none carried a stamp.
    qint64 capturedAt() const { return m_capturedAt; }
    bool dark() const { return m_dark; }
    qint64 frames() const { return m_frames; }

    /// Mean brightness (0–255) of @p frame, sampled on a grid.
    static int brightness(const QImage &frame);
    /// Below this the shelf counts as dark, and above `lightAgain` as lit again (no flicker).
    static constexpr int darkBelow = 24;
    static constexpr int lightAgain = 32;
    static constexpr int window = 30;

private:
    QList<int> m_latencies;
    qint64 m_capturedAt = 0;
    qint64 m_frames = 0;
    bool m_dark = false;
};

} // namespace larder::camera

// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>

#include <optional>

namespace larder::camera {

/// The capture time of a video frame, drawn into the frame itself so that a viewer can read it
/// after encoding, the network and decoding (camera issue: the glass-to-glass latency): a strip
/// of square blocks along the top-left edge — a white and a black reference block, then 48 bits
/// of the time in epoch milliseconds and an 8-bit check, most significant first. The blocks are
/// `width / 160` pixels (at least 4) and read from their centres against the references, so the
/// stamp survives lossy video codecs. Pure (QImage only).
namespace framestamp {

constexpr int bits = 48;
constexpr int checkBits = 8;
/// The side of one block in a frame @p width pixels wide.
int blockSize(int width);
/// Draws @p epochMs into @p frame (any format QPainter draws on).
void stamp(QImage &frame, qint64 epochMs);
/// The time stamped into @p frame; nullopt when there is none or its check fails.
std::optional<qint64> read(const QImage &frame);

} // namespace framestamp
} // namespace larder::camera

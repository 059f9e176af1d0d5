// SPDX-License-Identifier: MIT
#include "FrameScanner.h"
#include "QrDecoder.h"

#include <QVideoFrame>

namespace larder::pairing {

namespace {
/// The frame's brightness as an 8-bit grey picture: the Y plane of YUV frames as it is (what
/// ZXing needs, no colour conversion), RGB frames converted; other formats through Qt.
QImage luminance(const QVideoFrame &source)
{
    QVideoFrame frame = source;
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int w = frame.width(), h = frame.height();
    QImage grey;
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        grey = QImage(frame.bits(0), w, h, frame.bytesPerLine(0), QImage::Format_Grayscale8).copy();
        break;
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        const int offset = frame.pixelFormat() == QVideoFrameFormat::Format_UYVY ? 1 : 0;
        grey = QImage(w, h, QImage::Format_Grayscale8);
        for (int y = 0; y < h; ++y) {
            const uchar *in = frame.bits(0) + y * frame.bytesPerLine(0);
            uchar *out = grey.scanLine(y);
            for (int x = 0; x < w; ++x)
                out[x] = in[2 * x + offset];
        }
        break;
    }
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRX8888:
        grey = QImage(frame.bits(0), w, h, frame.bytesPerLine(0), QImage::Format_RGB32)
                   .convertToFormat(QImage::Format_Grayscale8);
        break;
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        grey = QImage(frame.bits(0), w, h, frame.bytesPerLine(0), QImage::Format_RGBX8888)
                   .convertToFormat(QImage::Format_Grayscale8);
        break;
    default:
        frame.unmap();
        return source.toImage(); // needs the GUI application the app has
    }
    frame.unmap();
    return grey;
}
} // namespace

FrameScanner::FrameScanner(QObject *parent) : QObject(parent) {}

void FrameScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    if (m_sink)
        disconnect(m_sink, nullptr, this, nullptr);
    m_sink = sink;
    if (m_sink)
        connect(m_sink, &QVideoSink::videoFrameChanged, this, &FrameScanner::onFrame);
    emit videoSinkChanged();
}

void FrameScanner::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    emit activeChanged();
}

void FrameScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_active || (m_sinceLast.isValid() && m_sinceLast.elapsed() < intervalMs))
        return;
    m_sinceLast.start();
    scan(frame);
}

bool FrameScanner::scan(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return false;
    const QByteArray content = QrDecoder::decode(luminance(frame));
    if (content.isEmpty())
        return false;
    setActive(false); // one code per activation: the screen decides what comes next
    emit found(QString::fromUtf8(content));
    return true;
}

} // namespace larder::pairing

// SPDX-License-Identifier: MIT
#include "FrameScanner.h"
#include "QrDecoder.h"

#include <QVideoFrame>

namespace larder::pairing {

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
    const QByteArray content = QrDecoder::decode(frame.toImage());
    if (content.isEmpty())
        return false;
    setActive(false); // one code per activation: the screen decides what comes next
    emit found(QString::fromUtf8(content));
    return true;
}

} // namespace larder::pairing

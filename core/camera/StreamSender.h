// SPDX-License-Identifier: MIT
#pragma once

#include "WebRtcPeer.h"

#include <QImage>

namespace larder::camera {

/// The fridge's end of a live-camera stream: frames it is handed are encoded as VP8 and sent
/// over WebRTC, send-only, to one viewer. It answers the viewer's offer. Frames are taken only
/// while the viewer is connected (before that, nothing is encoded), and never queue: when the
/// encoder is behind, the older frame is dropped.
class StreamSender : public WebRtcPeer
{
    Q_OBJECT
public:
    struct Video
    {
        int width = 1280;
        int height = 720;
        int fps = 15;
        int kbps = 1500; ///< target bitrate
    };

    StreamSender(Video video, IceServers iceServers, QObject *parent = nullptr);
    ~StreamSender() override;

    /// Hands over @p frame (Format_RGB32 or ARGB32, the stream's size); false when the stream
    /// is not flowing or the frame does not fit it.
    bool pushFrame(const QImage &frame);
    const Video &video() const { return m_video; }
    /// Frames handed to the encoder since it started.
    qint64 framesSent() const { return m_sent; }

protected:
    bool prepare() override;
    bool offers() const override { return false; }

private:
    static QString describe(const Video &video);
    Video m_video;
    GstElement *m_source = nullptr;
    qint64 m_sent = 0;
};

} // namespace larder::camera

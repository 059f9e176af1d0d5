// SPDX-License-Identifier: MIT
#pragma once

#include "WebRtcPeer.h"

#include <QImage>

#include <memory>

namespace larder::camera {

struct FrameSlot;

/// A viewer's end of a live-camera stream: offers to receive one video (VP8) over WebRTC and
/// hands each decoded frame over as an image (Format_RGB32), on the Qt thread. Frames never
/// queue: while one waits to be taken, newer ones replace it.
class StreamReceiver : public WebRtcPeer
{
    Q_OBJECT
public:
    explicit StreamReceiver(IceServers iceServers, QObject *parent = nullptr);
    ~StreamReceiver() override;

    /// How long the jitter buffer may hold packets (ms): low for a live view.
    static constexpr int jitterMs = 40;

signals:
    void frameArrived(const QImage &frame);

protected:
    bool prepare() override;
    bool offers() const override { return true; }

private:
    friend struct ReceiverCallbacks;
    void deliver();

    std::shared_ptr<FrameSlot> m_slot;
};

} // namespace larder::camera

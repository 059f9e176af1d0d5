// SPDX-License-Identifier: MIT
#pragma once

#include "WebRtcPeer.h"

#include <QMetaObject>

#include <gst/gst.h>

#include <memory>
#include <mutex>
#include <utility>

namespace larder::camera {

/// What a GStreamer callback holds of a WebRtcPeer (private to the peers): the peer while it
/// lives, behind a mutex, so a callback on a streaming thread either queues its work onto the
/// peer's thread before the peer is gone or finds it gone and does nothing. Queued calls to a
/// deleted QObject are dropped by Qt.
struct PeerGuard
{
    std::mutex mutex;
    WebRtcPeer *peer = nullptr;
    GstElement *webrtc = nullptr; ///< a reference of its own, for the promise chain
    bool offerer = false;         ///< the side that makes the offer (a viewer)

    ~PeerGuard()
    {
        if (webrtc)
            gst_object_unref(webrtc);
    }

    /// The webrtcbin with a reference for the caller, or null once the peer stopped.
    GstElement *element()
    {
        std::lock_guard lock(mutex);
        return webrtc ? GST_ELEMENT(gst_object_ref(webrtc)) : nullptr;
    }
    /// Cuts the peer off: callbacks still in flight find nothing to reach.
    void cut()
    {
        std::lock_guard lock(mutex);
        peer = nullptr;
        if (webrtc)
            gst_object_unref(std::exchange(webrtc, nullptr));
    }

    /// Runs @p work (given the peer) on the peer's thread, if the peer still lives: the peer is
    /// read under the lock only.
    template <typename Work> void post(Work work)
    {
        std::lock_guard lock(mutex);
        if (peer)
            QMetaObject::invokeMethod(
                peer, [work = std::move(work), target = peer] { work(target); },
                Qt::QueuedConnection);
    }

    /// A heap copy of @p guard for a GStreamer user-data pointer, freed by `release`.
    static gpointer hold(const std::shared_ptr<PeerGuard> &guard)
    {
        return new std::shared_ptr<PeerGuard>(guard);
    }
    static PeerGuard &from(gpointer data)
    {
        return **static_cast<std::shared_ptr<PeerGuard> *>(data);
    }
    static void release(gpointer data) { delete static_cast<std::shared_ptr<PeerGuard> *>(data); }
    static void releaseClosure(gpointer data, GClosure *) { release(data); }
};

} // namespace larder::camera

// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace larder::pairing {

/// Looks for a QR code in a camera's frames (the VideoOutput's sink), a few times a second,
/// and says what it found once. For "Add a fridge → Scan the label".
class FrameScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit FrameScanner(QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool active() const { return m_active; }
    void setActive(bool active);

    /// Decodes one frame now (also what the sink's frames go through).
    Q_INVOKABLE bool scan(const QVideoFrame &frame);

    static constexpr int intervalMs = 250;

signals:
    void videoSinkChanged();
    void activeChanged();
    /// A QR code was read (once per activation).
    void found(const QString &content);

private:
    void onFrame(const QVideoFrame &frame);

    QPointer<QVideoSink> m_sink;
    bool m_active = true;
    QElapsedTimer m_sinceLast;
};

} // namespace larder::pairing

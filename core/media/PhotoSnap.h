// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

namespace larder::media {

/// Takes a photo from a camera's view (the QVideoSink of its VideoOutput): the frame on screen
/// when asked, as a JPEG of at most `maxSide` pixels on its longer side, written into
/// `directory` (by default the app's data folder, `photos`). The board posts it like a photo
/// chosen from a file. Every failure is a sentence in `error`.
class PhotoSnap : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    Q_PROPERTY(QString directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit PhotoSnap(QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    QString error() const { return m_error; }

    static constexpr int maxSide = 2048;

    /// The photo's file, or "" (see `error`) when no frame has arrived yet.
    Q_INVOKABLE QString take();

signals:
    void videoSinkChanged();
    void directoryChanged();
    void errorChanged();

private:
    void setError(const QString &error);

    QPointer<QVideoSink> m_sink;
    QString m_directory;
    QString m_error;
};

} // namespace larder::media

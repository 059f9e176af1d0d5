// SPDX-License-Identifier: MIT
#pragma once

#include <QAudioInput>
#include <QElapsedTimer>
#include <QMediaCaptureSession>
#include <QMediaRecorder>
#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace larder::media {

/// Records a voice message from the device's microphone (Qt Multimedia): start, stop (or the
/// limit, `maxSeconds` of sound, stops it), and the finished file is announced with its length;
/// discard throws a take away. The file is written in the first format the platform can encode of
/// Ogg/Opus, Ogg/Vorbis, MPEG-4/AAC and WAV (all kinds the board takes), into `directory` (by
/// default the app's data folder, `recordings`: a take waits there until its upload is done). Every
/// failure is a sentence in `error`.
class VoiceRecorder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool recording READ recording NOTIFY recordingChanged)
    Q_PROPERTY(int duration READ duration NOTIFY durationChanged)
    Q_PROPERTY(int maxSeconds READ maxSeconds WRITE setMaxSeconds NOTIFY maxSecondsChanged)
    Q_PROPERTY(QString directory READ directory WRITE setDirectory NOTIFY directoryChanged)
    Q_PROPERTY(QString file READ file NOTIFY fileChanged)
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit VoiceRecorder(QObject *parent = nullptr);
    ~VoiceRecorder() override;

    bool recording() const { return m_recording; }
    /// Milliseconds recorded so far (of the take).
    int duration() const { return int(m_duration); }
    int maxSeconds() const { return m_maxSeconds; }
    void setMaxSeconds(int seconds);
    QString directory() const { return m_directory; }
    void setDirectory(const QString &directory);
    /// The last finished take, until it is discarded or a new one starts.
    QString file() const { return m_file; }
    /// A microphone is there.
    bool available() const;
    QString error() const { return m_error; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /// Stops if recording and deletes the take.
    Q_INVOKABLE void discard();

    /// The container and codec this platform records in, and the file's suffix.
    static QMediaFormat recordingFormat();
    static QString suffixOf(const QMediaFormat &format);

signals:
    void recordingChanged();
    void durationChanged();
    void maxSecondsChanged();
    void directoryChanged();
    void fileChanged();
    void availableChanged();
    void errorChanged();
    /// A take is complete in @p file, @p durationMs long.
    void finished(const QString &file, qint64 durationMs);

private:
    void onRecorderState(QMediaRecorder::RecorderState state);
    void onRecorderError(QMediaRecorder::Error error, const QString &text);
    void setRecording(bool recording);
    void setDuration(qint64 ms);
    void setFile(const QString &file);
    void setError(const QString &error);

    /// The capture pipeline, apart from the recorder's lifetime: one still stopping when the
    /// recorder goes finishes on its own, then deletes itself (GStreamer writes into it until
    /// its end of stream is handled).
    struct Capture : QObject
    {
        QMediaCaptureSession session;
        QAudioInput input;
        QMediaRecorder recorder;
    };
    Capture *m_capture;
    QMediaRecorder &m_recorder;
    QElapsedTimer m_clock;
    QString m_directory;
    QString m_target;
    QString m_file;
    QString m_error;
    qint64 m_duration = 0;
    int m_maxSeconds = 120;
    bool m_recording = false;
    bool m_discarding = false;
};

} // namespace larder::media

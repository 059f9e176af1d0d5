// SPDX-License-Identifier: MIT
#include "VoiceRecorder.h"

#include <QAudioDevice>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QStandardPaths>
#include <QUrl>

Q_LOGGING_CATEGORY(lcVoice, "larder.media.voice")

namespace larder::media {

VoiceRecorder::VoiceRecorder(QObject *parent)
    : QObject(parent), m_capture(new Capture), m_recorder(m_capture->recorder)
{
    m_capture->input.setDevice(QMediaDevices::defaultAudioInput());
    m_capture->session.setAudioInput(&m_capture->input);
    m_capture->session.setRecorder(&m_recorder);
    // The take's length as the backend has written it (what the screen's clock shows).
    connect(&m_recorder, &QMediaRecorder::durationChanged, this, &VoiceRecorder::setDuration);
    connect(&m_recorder, &QMediaRecorder::recorderStateChanged, this,
            &VoiceRecorder::onRecorderState);
    connect(&m_recorder, &QMediaRecorder::errorOccurred, this, &VoiceRecorder::onRecorderError);
    auto *devices = new QMediaDevices(this);
    connect(devices, &QMediaDevices::audioInputsChanged, this, [this] {
        if (!m_recording)
            m_capture->input.setDevice(QMediaDevices::defaultAudioInput());
        emit availableChanged();
    });
}

VoiceRecorder::~VoiceRecorder()
{
    // A take still running when the screen goes is thrown away, without telling anyone (the
    // screen that listened is being taken down); its pipeline ends in its own time.
    m_recorder.disconnect(this);
    if (m_recorder.recorderState() == QMediaRecorder::StoppedState) {
        delete m_capture;
        return;
    }
    const QString target = m_target;
    Capture *capture = m_capture;
    connect(&m_recorder, &QMediaRecorder::recorderStateChanged, capture,
            [capture, target](QMediaRecorder::RecorderState state) {
                if (state != QMediaRecorder::StoppedState)
                    return;
                QFile::remove(capture->recorder.actualLocation().toLocalFile());
                QFile::remove(target);
                capture->deleteLater();
            });
    m_recorder.stop();
}

void VoiceRecorder::setMaxSeconds(int seconds)
{
    seconds = qBound(1, seconds, 600);
    if (seconds == m_maxSeconds)
        return;
    m_maxSeconds = seconds;
    emit maxSecondsChanged();
}

void VoiceRecorder::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    emit directoryChanged();
}

bool VoiceRecorder::available() const
{
    return !QMediaDevices::audioInputs().isEmpty();
}

QMediaFormat VoiceRecorder::recordingFormat()
{
    const std::pair<QMediaFormat::FileFormat, QMediaFormat::AudioCodec> preferred[] = {
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Opus},
        {QMediaFormat::Ogg, QMediaFormat::AudioCodec::Vorbis},
        {QMediaFormat::Mpeg4Audio, QMediaFormat::AudioCodec::AAC},
        {QMediaFormat::Wave, QMediaFormat::AudioCodec::Wave},
    };
    for (const auto &[container, codec] : preferred) {
        QMediaFormat format(container);
        format.setAudioCodec(codec);
        if (format.isSupported(QMediaFormat::Encode))
            return format;
    }
    return QMediaFormat(QMediaFormat::UnspecifiedFormat);
}

QString VoiceRecorder::suffixOf(const QMediaFormat &format)
{
    switch (format.fileFormat()) {
    case QMediaFormat::Ogg:
        return QStringLiteral("ogg");
    case QMediaFormat::Mpeg4Audio:
        return QStringLiteral("m4a");
    case QMediaFormat::Wave:
        return QStringLiteral("wav");
    default:
        return {};
    }
}

void VoiceRecorder::start()
{
    if (m_recording)
        return;
    if (!available())
        return setError(tr("There is no microphone on this device."));
    const QMediaFormat format = recordingFormat();
    if (format.fileFormat() == QMediaFormat::UnspecifiedFormat)
        return setError(tr("This device cannot record sound: no audio encoder is installed."));
    const QString directory =
        m_directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                  QStringLiteral("/recordings")
            : m_directory;
    if (!QDir().mkpath(directory))
        return setError(tr("Recordings cannot be saved in %1.").arg(directory));
    setFile({});
    setError({});
    m_target = QDir(directory).filePath(
        QStringLiteral("voice-%1.%2")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                 suffixOf(format)));
    m_capture->input.setDevice(QMediaDevices::defaultAudioInput());
    m_recorder.setMediaFormat(format);
    m_recorder.setQuality(QMediaRecorder::NormalQuality);
    m_recorder.setAudioChannelCount(1);
    m_recorder.setOutputLocation(QUrl::fromLocalFile(m_target));
    setDuration(0);
    m_discarding = false;
    m_clock.start();
    m_recorder.record();
    setRecording(true);
    qCDebug(lcVoice) << "recording to" << m_target << "as" << format.fileFormat();
}

void VoiceRecorder::stop()
{
    if (m_recorder.recorderState() != QMediaRecorder::StoppedState)
        m_recorder.stop();
}

void VoiceRecorder::discard()
{
    if (m_recording) {
        m_discarding = true;
        stop();
        return;
    }
    if (!m_file.isEmpty())
        QFile::remove(m_file);
    setFile({});
}

void VoiceRecorder::onRecorderState(QMediaRecorder::RecorderState state)
{
    if (state != QMediaRecorder::StoppedState || !m_recording)
        return;
    setRecording(false);
    // A backend may add a suffix of its own (GStreamer writes Ogg audio as "….ogg.ogv"): the
    // take keeps the name that says what it is.
    QString written = m_recorder.actualLocation().isLocalFile()
                          ? m_recorder.actualLocation().toLocalFile()
                          : m_target;
    if (written != m_target && QFileInfo::exists(written)) {
        QFile::remove(m_target);
        if (QFile::rename(written, m_target))
            written = m_target;
    }
    if (m_discarding) {
        QFile::remove(written);
        m_discarding = false;
        return;
    }
    if (QFileInfo(written).size() <= 0) {
        QFile::remove(written);
        if (m_error.isEmpty())
            setError(tr("Nothing was recorded: the microphone gave no sound."));
        return;
    }
    // The recorder's own clock, or the wall clock where a backend reports none.
    setDuration(m_recorder.duration() > 0 ? m_recorder.duration() : m_clock.elapsed());
    setFile(written);
    emit finished(written, m_duration);
}

void VoiceRecorder::onRecorderError(QMediaRecorder::Error error, const QString &text)
{
    qCWarning(lcVoice) << "recorder error" << error << text;
    setError(error == QMediaRecorder::ResourceError
                 ? tr("The microphone could not be opened (%1).").arg(text)
                 : tr("The recording failed (%1).").arg(text));
    if (m_recording && m_recorder.recorderState() == QMediaRecorder::StoppedState) {
        m_discarding = true;
        onRecorderState(QMediaRecorder::StoppedState);
    }
}

void VoiceRecorder::setRecording(bool recording)
{
    if (recording == m_recording)
        return;
    m_recording = recording;
    emit recordingChanged();
}

void VoiceRecorder::setDuration(qint64 ms)
{
    if (ms == m_duration)
        return;
    m_duration = ms;
    emit durationChanged();
    // The limit counts what is recorded, not the time the microphone took to start.
    if (m_recording && m_duration >= qint64(m_maxSeconds) * 1000)
        stop();
}

void VoiceRecorder::setFile(const QString &file)
{
    if (file == m_file)
        return;
    m_file = file;
    emit fileChanged();
}

void VoiceRecorder::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::media

// SPDX-License-Identifier: MIT
#include "PhotoSnap.h"

#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVideoFrame>

namespace larder::media {

PhotoSnap::PhotoSnap(QObject *parent) : QObject(parent) {}

void PhotoSnap::setVideoSink(QVideoSink *sink)
{
    if (sink == m_sink)
        return;
    m_sink = sink;
    emit videoSinkChanged();
}

void PhotoSnap::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    m_directory = directory;
    emit directoryChanged();
}

QString PhotoSnap::take()
{
    const QVideoFrame frame = m_sink ? m_sink->videoFrame() : QVideoFrame();
    QImage image = frame.isValid() ? frame.toImage() : QImage();
    if (image.isNull()) {
        setError(tr("The camera has not shown a picture yet."));
        return {};
    }
    if (std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    const QString directory =
        m_directory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
                  QStringLiteral("/photos")
            : m_directory;
    if (!QDir().mkpath(directory)) {
        setError(tr("Photos cannot be saved in %1.").arg(directory));
        return {};
    }
    QSaveFile file(QDir(directory).filePath(
        QStringLiteral("photo-%1.jpg")
            .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))));
    if (!file.open(QIODevice::WriteOnly) ||
        !image.convertToFormat(QImage::Format_RGB32).save(&file, "JPG", 88) || !file.commit()) {
        setError(tr("The photo could not be saved in %1.").arg(directory));
        return {};
    }
    setError({});
    return file.fileName();
}

void PhotoSnap::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::media

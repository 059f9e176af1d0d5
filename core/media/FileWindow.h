// SPDX-License-Identifier: MIT
#pragma once

#include <QFile>
#include <QIODevice>

#include <functional>

namespace larder::media {

/// A read-only window on a byte range of a file, as a device of its own (size() is the range's
/// length): a multipart upload's part goes to QNetworkAccessManager straight from the file, a
/// slice at a time, so memory stays flat whatever the file's size.
class FileWindow : public QIODevice
{
    Q_OBJECT
public:
    FileWindow(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    /// Opens the file; false when it cannot be read or is shorter than the window.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    /// Called with the position after every read; returning false fails the reading from then
    /// on (the request reading it ends).
    void setReadWatcher(std::function<bool(qint64 position)> watcher)
    {
        m_watcher = std::move(watcher);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset, m_length;
    std::function<bool(qint64)> m_watcher;
};

} // namespace larder::media

// SPDX-License-Identifier: MIT
#include "FileWindow.h"

namespace larder::media {

FileWindow::FileWindow(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent), m_file(path), m_offset(offset), m_length(length)
{
}

bool FileWindow::open(OpenMode mode)
{
    if (mode != ReadOnly || !m_file.open(QIODevice::ReadOnly) ||
        m_file.size() < m_offset + m_length)
        return false;
    return QIODevice::open(mode);
}

void FileWindow::close()
{
    m_file.close();
    QIODevice::close();
}

qint64 FileWindow::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_length - pos();
    if (left <= 0)
        return 0; // the end
    if (!m_file.seek(m_offset + pos()))
        return -1;
    const qint64 read = m_file.read(data, qMin(maxSize, left));
    if (read > 0 && m_watcher && !m_watcher(pos() + read))
        return -1;
    return read;
}

} // namespace larder::media

// SPDX-License-Identifier: MIT
#include "ShelfVideo.h"

#include "ShelfCamera.h"
#include "camera/FrameStamp.h"

#include <QDateTime>
#include <QPainter>

namespace larder::fridge {

namespace {
/// Seven-segment digits (a b c d e f g, clockwise from the top, g in the middle) and the
/// separators of a clock, drawn at @p origin, @p width pixels a digit.
void drawSegments(QPainter &painter, QPoint origin, int width, const QString &text)
{
    static const char *segments[10] = {"abcdef", "bc",     "abdeg", "abcdg",   "bcfg",
                                       "acdfg",  "acdefg", "abc",   "abcdefg", "abcdfg"};
    const int t = std::max(1, width / 5); // stroke
    const int h = width * 2;              // a digit's height
    const QColor lit(240, 240, 240);
    int x = origin.x();
    for (const QChar c : text) {
        const int y = origin.y();
        if (c.isDigit()) {
            for (const char *s = segments[c.digitValue()]; *s; ++s) {
                const int half = h / 2;
                const QRect rect = *s == 'a'   ? QRect(x, y, width, t)
                                   : *s == 'b' ? QRect(x + width - t, y, t, half)
                                   : *s == 'c' ? QRect(x + width - t, y + half, t, half)
                                   : *s == 'd' ? QRect(x, y + h - t, width, t)
                                   : *s == 'e' ? QRect(x, y + half, t, half)
                                   : *s == 'f' ? QRect(x, y, t, half)
                                               : QRect(x, y + half - t / 2, width, t);
                painter.fillRect(rect, lit);
            }
            x += width * 3 / 2;
        } else if (c == u':') {
            painter.fillRect(QRect(x, y + h / 4, t, t), lit);
            painter.fillRect(QRect(x, y + h * 3 / 4 - t, t, t), lit);
            x += t * 3;
        } else {
            painter.fillRect(QRect(x, y + h - t, t, t), lit);
            x += t * 3;
        }
    }
}
} // namespace

const QImage &ShelfVideo::base(const QString &shelf, const QStringList &items, bool lightOn)
{
    const size_t key = qHashMulti(0, items, lightOn);
    Base &base = m_bases[shelf];
    if (base.image.isNull() || base.key != key) {
        QImage picture = ShelfCamera::render(shelf, items)
                             .scaled(m_size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                             .convertToFormat(QImage::Format_RGB32);
        if (!lightOn) { // what a camera sees in a closed, unlit fridge: almost nothing
            QPainter dark(&picture);
            dark.fillRect(picture.rect(), QColor(4, 5, 7, 242));
        }
        base = {key, picture};
    }
    return base.image;
}

QImage ShelfVideo::frame(const QString &shelf, const QStringList &items, bool lightOn,
                         qint64 epochMs)
{
    QImage frame = base(shelf, items, lightOn).copy();
    QPainter painter(&frame);
    // The camera's own clock, as a camera prints it: segments, no words, no fonts.
    const QString clock =
        QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("HH:mm:ss.")) +
        QString::number(epochMs % 1000 / 100);
    const int digit = std::max(6, m_size.height() / 40); // a digit's width
    const QSize box(int(clock.size()) * digit * 3 / 2 + digit, digit * 3);
    const QPoint at(m_size.width() - box.width() - digit, m_size.height() - box.height() - digit);
    painter.fillRect(QRect(at, box), QColor(0, 0, 0, 150));
    drawSegments(painter, at + QPoint(digit / 2, digit / 2), digit, clock);
    painter.end();
    camera::framestamp::stamp(frame, epochMs);
    return frame;
}

} // namespace larder::fridge

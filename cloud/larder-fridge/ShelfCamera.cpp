// SPDX-License-Identifier: MIT
#include "ShelfCamera.h"

#include <QBuffer>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

namespace larder::fridge {

namespace {

enum class Shape { Round, Long, Box, Bottle, Tub, Bunch };

struct Look
{
    Shape shape;
    QColor colour;
};

/// How a food looks to the camera; anything else is a box of a colour its name gives.
Look lookOf(const QString &item)
{
    static const QHash<QString, Look> known{
        {QStringLiteral("Tomatoes"), {Shape::Round, QColor(0xd9, 0x3b, 0x2b)}},
        {QStringLiteral("Cucumber"), {Shape::Long, QColor(0x3f, 0x8a, 0x3a)}},
        {QStringLiteral("Strawberries"), {Shape::Tub, QColor(0xe0, 0x3a, 0x5a)}},
        {QStringLiteral("Mozzarella"), {Shape::Tub, QColor(0xf2, 0xf0, 0xe6)}},
        {QStringLiteral("Sparkling water"), {Shape::Bottle, QColor(0x7f, 0xc4, 0xe8)}},
        {QStringLiteral("Ham"), {Shape::Box, QColor(0xe8, 0x9a, 0x9a)}},
        {QStringLiteral("Hummus"), {Shape::Tub, QColor(0xd8, 0xc0, 0x8a)}},
        {QStringLiteral("Grapes"), {Shape::Bunch, QColor(0x7a, 0x3d, 0x8c)}},
        {QStringLiteral("Milk"), {Shape::Bottle, QColor(0xf7, 0xf7, 0xf2)}},
        {QStringLiteral("Butter"), {Shape::Box, QColor(0xf3, 0xd9, 0x6b)}},
        {QStringLiteral("Eggs"), {Shape::Box, QColor(0xe9, 0xd3, 0xb0)}},
        {QStringLiteral("Yoghurt"), {Shape::Tub, QColor(0xfa, 0xfa, 0xfa)}},
        {QStringLiteral("Cheese"), {Shape::Box, QColor(0xf1, 0xc2, 0x3f)}},
        {QStringLiteral("Carrots"), {Shape::Long, QColor(0xee, 0x83, 0x1f)}},
        {QStringLiteral("Apples"), {Shape::Round, QColor(0x9c, 0xc1, 0x3a)}},
        {QStringLiteral("Orange juice"), {Shape::Bottle, QColor(0xf5, 0x9e, 0x1b)}},
    };
    if (const auto found = known.constFind(item); found != known.constEnd())
        return *found;
    const uint hash = qHash(item, 17);
    return {Shape::Box, QColor::fromHsv(int(hash % 360), 110, 210)};
}

void drawItem(QPainter &painter, const QRectF &slot, const Look &look)
{
    const QColor edge = look.colour.darker(140);
    painter.setPen(QPen(edge, 2));
    QLinearGradient shade(slot.topLeft(), slot.topRight());
    shade.setColorAt(0, look.colour.lighter(115));
    shade.setColorAt(1, look.colour.darker(115));
    painter.setBrush(shade);
    const qreal w = slot.width(), h = slot.height();
    const QPointF base(slot.center().x(), slot.bottom());
    switch (look.shape) {
    case Shape::Round:
        for (int i = 0; i < 3; ++i)
            painter.drawEllipse(QPointF(slot.left() + w * (0.25 + 0.25 * i), base.y() - w * 0.14),
                                w * 0.14, w * 0.14);
        break;
    case Shape::Long:
        painter.drawRoundedRect(QRectF(slot.left(), base.y() - h * 0.22, w, h * 0.22), h * 0.1,
                                h * 0.1);
        break;
    case Shape::Box:
        painter.drawRoundedRect(
            QRectF(slot.left() + w * 0.08, base.y() - h * 0.45, w * 0.84, h * 0.45), 6, 6);
        break;
    case Shape::Bottle: {
        QPainterPath bottle;
        bottle.addRoundedRect(QRectF(base.x() - w * 0.2, base.y() - h * 0.8, w * 0.4, h * 0.8), 10,
                              10);
        bottle.addRect(QRectF(base.x() - w * 0.08, base.y() - h * 0.95, w * 0.16, h * 0.18));
        painter.drawPath(bottle.simplified());
        break;
    }
    case Shape::Tub:
        painter.drawRoundedRect(
            QRectF(slot.left() + w * 0.1, base.y() - h * 0.32, w * 0.8, h * 0.32), 8, 8);
        painter.setBrush(edge);
        painter.drawRect(QRectF(slot.left() + w * 0.06, base.y() - h * 0.36, w * 0.88, h * 0.06));
        break;
    case Shape::Bunch:
        for (int row = 0; row < 3; ++row)
            for (int i = 0; i <= row; ++i)
                painter.drawEllipse(QPointF(base.x() + (i - row / 2.0) * w * 0.16,
                                            base.y() - h * 0.08 - (2 - row) * w * 0.14),
                                    w * 0.08, w * 0.08);
        break;
    }
}

} // namespace

QImage ShelfCamera::render(const QString &shelf, const QStringList &items)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // The back wall, lit from the top like a fridge's LED strip; the door's shelf is warmer.
    const bool door = shelf == u"door";
    QLinearGradient wall(0, 0, 0, height);
    wall.setColorAt(0, door ? QColor(0xf4, 0xf1, 0xea) : QColor(0xf3, 0xf7, 0xfa));
    wall.setColorAt(1, door ? QColor(0xc9, 0xc3, 0xb8) : QColor(0xb9, 0xc6, 0xd0));
    painter.fillRect(image.rect(), wall);
    // The glass shelf the food stands on.
    const qreal shelfTop = height * 0.84;
    painter.fillRect(QRectF(0, shelfTop, width, height - shelfTop), QColor(0xa7, 0xb6, 0xbf));
    painter.setPen(QPen(QColor(255, 255, 255, 170), 3));
    painter.drawLine(QPointF(0, shelfTop), QPointF(width, shelfTop));
    // The food, left to right in the order it went in.
    const int places = std::max<int>(4, int(items.size()));
    const qreal slotWidth = (width - 40.0) / places;
    for (int i = 0; i < items.size(); ++i) {
        const QRectF slot(20 + i * slotWidth + slotWidth * 0.08, height * 0.18, slotWidth * 0.84,
                          shelfTop - height * 0.18);
        drawItem(painter, slot, lookOf(items.at(i)));
    }
    // The camera's wide lens darkens the corners.
    QRadialGradient vignette(QPointF(width / 2.0, height / 2.0), width * 0.65);
    vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 90));
    painter.fillRect(image.rect(), vignette);
    painter.end();
    return image;
}

QByteArray ShelfCamera::jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPG", quality);
    return bytes;
}

QHash<QString, QStringList> ShelfCamera::arrange(const QStringList &items,
                                                 const QStringList &shelves)
{
    QHash<QString, QStringList> placed;
    for (const QString &shelf : shelves)
        placed.insert(shelf, {});
    for (int i = 0; i < items.size() && !shelves.isEmpty(); ++i)
        placed[shelves.at(i % shelves.size())].append(items.at(i));
    return placed;
}

} // namespace larder::fridge

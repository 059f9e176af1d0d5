// SPDX-License-Identifier: MIT
#include "LayoutInspector.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QEventLoop>
#include <QImage>
#include <QKeyEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTimer>

namespace {

/// One item as the inspector sees it: where it is drawn and how far it may reach.
struct Drawn
{
    QQuickItem *item = nullptr;
    QRectF scene;   ///< its whole rectangle in the window
    QRectF visible; ///< the part not clipped away
    QRectF bounds;  ///< where it must stay: the window and its clipping ancestors
    bool scrollsX = false, scrollsY = false; ///< an ancestor scrolls it into view
    bool inPopup = false;
};

bool isInteractive(const QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit") || item->inherits("QQuickComboBox") ||
           item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox");
}

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") && !item->property("text").toString().trimmed().isEmpty();
}

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

/// Walks the tree, carrying what clips and what scrolls.
void collect(QQuickItem *item, QRectF bounds, bool scrollsX, bool scrollsY, bool inPopup,
             QList<Drawn> &out)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->inherits("QQuickPopupItem"))
        inPopup = true;
    Drawn drawn{item, scene, scene.intersected(bounds), bounds, scrollsX, scrollsY, inPopup};
    if (isInteractive(item) || isText(item) || isFlickable(item))
        out.append(drawn);
    QRectF childBounds = bounds;
    if (item->clip())
        childBounds = childBounds.intersected(scene);
    if (isFlickable(item)) {
        // Content beyond a flickable's edge is reachable in the directions it scrolls.
        scrollsX = scrollsX || item->property("contentWidth").toReal() > item->width() + 1;
        scrollsY = scrollsY || item->property("contentHeight").toReal() > item->height() + 1;
    }
    // Children of a control that are part of it (a button's label) are looked at as text only.
    for (QQuickItem *child : item->childItems())
        collect(child, childBounds, scrollsX, scrollsY, inPopup, out);
}

bool isAncestor(const QQuickItem *ancestor, const QQuickItem *item)
{
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p == ancestor)
            return true;
    return false;
}

bool beyond(const Drawn &d)
{
    constexpr qreal slack = 1.0;
    const bool outX =
        d.scene.left() < d.bounds.left() - slack || d.scene.right() > d.bounds.right() + slack;
    const bool outY =
        d.scene.top() < d.bounds.top() - slack || d.scene.bottom() > d.bounds.bottom() + slack;
    return (outX && !d.scrollsX) || (outY && !d.scrollsY);
}

/// The outermost control @p item belongs to (a TextField for its text, a SpinBox for its field).
QQuickItem *controlOf(QQuickItem *item)
{
    QQuickItem *control = nullptr;
    for (QQuickItem *p = item; p; p = p->parentItem())
        if (isInteractive(p))
            control = p;
    return control;
}

bool modalPopupOpen(const QList<Drawn> &drawn)
{
    return std::any_of(drawn.cbegin(), drawn.cend(), [](const Drawn &d) { return d.inPopup; });
}

} // namespace

QString LayoutInspector::describe(const QQuickItem *item)
{
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(u'_', 0, 0);
    QString text = item->property("text").toString();
    if (text.isEmpty())
        text = item->property("displayText").toString();
    if (text.size() > 40)
        text = text.left(39) + u'…';
    QString name = item->objectName();
    QString out = type;
    if (!name.isEmpty())
        out += QStringLiteral(" '%1'").arg(name);
    if (!text.isEmpty())
        out += QStringLiteral(" \"%1\"").arg(text.simplified());
    // Where it is: the nearest ancestor with a name, for a finding one can look up.
    for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (!p->objectName().isEmpty()) {
            out += QStringLiteral(" in '%1'").arg(p->objectName());
            break;
        }
    const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    out += QStringLiteral(" at %1,%2 %3×%4")
               .arg(qRound(r.x()))
               .arg(qRound(r.y()))
               .arg(qRound(r.width()))
               .arg(qRound(r.height()));
    return out;
}

QList<LayoutInspector::Finding> LayoutInspector::inspect(QQuickWindow *window)
{
    QList<Drawn> drawn;
    const QRectF windowRect(0, 0, window->width(), window->height());
    collect(window->contentItem(), windowRect, false, false, false, drawn);

    QList<Finding> findings;
    for (const Drawn &d : drawn) {
        // A scrolling area squeezed below a touch target's height: its content is all but gone
        // (a sheet that did not size itself to what it holds).
        if (isFlickable(d.item)) {
            constexpr qreal touchTarget = 48;
            if (d.item->height() < touchTarget &&
                d.item->property("contentHeight").toReal() > d.item->height() + 1)
                findings.append({QStringLiteral("squeezed"), describe(d.item)});
            continue;
        }
        if (d.visible.isEmpty())
            continue;
        if (isText(d.item) && d.item->property("truncated").toBool() &&
            !d.item->property("elisionIntended").toBool())
            findings.append({QStringLiteral("truncated"), describe(d.item)});
        if (beyond(d))
            findings.append({QStringLiteral("outside"),
                             describe(d.item) + QStringLiteral(" (room: %1,%2 %3×%4)")
                                                    .arg(qRound(d.bounds.x()))
                                                    .arg(qRound(d.bounds.y()))
                                                    .arg(qRound(d.bounds.width()))
                                                    .arg(qRound(d.bounds.height()))});
    }

    // Every control named for a screen reader (its Accessible.name, or its own text).
    for (const Drawn &d : std::as_const(drawn)) {
        if (!isInteractive(d.item) || d.visible.isEmpty() || controlOf(d.item) != d.item)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(d.item);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            findings.append({QStringLiteral("unnamed"), describe(d.item)});
    }

    // Controls over each other: only where a tap can land (the popup's, while one is open).
    const bool popup = modalPopupOpen(drawn);
    QList<const Drawn *> controls;
    for (const Drawn &d : drawn)
        if (isInteractive(d.item) && !d.visible.isEmpty() && d.item->isEnabled() &&
            (!popup || d.inPopup))
            controls.append(&d);
    for (qsizetype i = 0; i < controls.size(); ++i)
        for (qsizetype j = i + 1; j < controls.size(); ++j) {
            const Drawn &a = *controls[i];
            const Drawn &b = *controls[j];
            if (isAncestor(a.item, b.item) || isAncestor(b.item, a.item))
                continue;
            const QRectF both = a.visible.intersected(b.visible);
            if (both.width() > 2 && both.height() > 2)
                findings.append({QStringLiteral("overlap"),
                                 describe(a.item) + QStringLiteral(" and ") + describe(b.item)});
        }
    return findings;
}

QList<LayoutInspector::Finding> LayoutInspector::tabThrough(QQuickWindow *window)
{
    QList<Drawn> drawn;
    collect(window->contentItem(), QRectF(0, 0, window->width(), window->height()), false, false,
            false, drawn);
    const bool popup = modalPopupOpen(drawn);
    // The controls a person can see and use now (a control's own parts are the control).
    QList<QQuickItem *> controls;
    for (const Drawn &d : std::as_const(drawn))
        if (isInteractive(d.item) && controlOf(d.item) == d.item && !d.visible.isEmpty() &&
            d.item->isEnabled() && (!popup || d.inPopup))
            controls.append(d.item);

    QSet<QQuickItem *> reached;
    QList<Finding> findings;
    // Focus must show: the control looks different focused than it did before any Tab (the one
    // focused already then is not compared: it looked focused in both pictures).
    const QImage before = window->grabWindow();
    const QQuickItem *focusedBefore =
        window->activeFocusItem() ? controlOf(window->activeFocusItem()) : nullptr;
    const auto showsFocus = [&before, window](QQuickItem *control) {
        const qreal dpr = before.devicePixelRatio();
        const QRect area =
            control->mapRectToScene(QRectF(-3, -3, control->width() + 6, control->height() + 6))
                .toAlignedRect()
                .intersected(QRect(0, 0, window->width(), window->height()));
        const QRect pixels(area.topLeft() * dpr, area.size() * dpr);
        // Looked at again for up to half a second, the event loop running in between: under a
        // full suite's load the change has reached the picture late.
        for (int look = 0; look < 10; ++look) {
            if (before.copy(pixels) != window->grabWindow().copy(pixels))
                return true;
            QEventLoop wait;
            QTimer::singleShot(50, &wait, &QEventLoop::quit);
            wait.exec();
        }
        return false;
    };
    // What a finding says of the control's state, so that a report tells why it looked the same.
    const auto focusState = [window](QQuickItem *control) {
        return QStringLiteral(" (visual focus %1, reason %2, window active %3)")
            .arg(control->property("visualFocus").toBool() ? u"yes" : u"no")
            .arg(control->property("focusReason").toInt())
            .arg(window->isActive() ? u"yes" : u"no");
    };
    QQuickItem *first = nullptr;
    QQuickItem *previous = nullptr;
    int stuck = 0;
    const int presses = int(controls.size()) * 2 + 8;
    for (int i = 0; i < presses; ++i) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Tab, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &press);
        QCoreApplication::sendEvent(window, &release);
        QQuickItem *focused = window->activeFocusItem();
        QQuickItem *control = focused ? controlOf(focused) : nullptr;
        if (control) {
            if (!reached.contains(control) && control != focusedBefore && !showsFocus(control))
                findings.append(
                    {QStringLiteral("unseen focus"), describe(control) + focusState(control)});
            reached.insert(control);
            if (control == previous && ++stuck >= 2) {
                findings.append({QStringLiteral("trap"), describe(control)});
                break;
            }
            if (control != previous)
                stuck = 0;
            if (control == first)
                break; // round once
            if (!first)
                first = control;
        }
        previous = control;
    }
    for (QQuickItem *control : std::as_const(controls))
        if (!reached.contains(control))
            findings.append({QStringLiteral("keyboard"), describe(control)});
    return findings;
}

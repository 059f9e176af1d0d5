// SPDX-License-Identifier: MIT
#include "TimelineRecorder.h"

#include "shadow/ShadowDocument.h"

#include <QDateTime>
#include <QJsonDocument>

namespace larder::cloud {

namespace {
/// The fields of @p current that differ from @p previous, recursively; removed ones as null.
QJsonObject differing(const QJsonObject &previous, const QJsonObject &current)
{
    QJsonObject out;
    for (auto it = current.begin(); it != current.end(); ++it) {
        const QJsonValue before = previous.value(it.key());
        if (before == it.value())
            continue;
        out.insert(it.key(), before.isObject() && it.value().isObject()
                                 ? QJsonValue(differing(before.toObject(), it->toObject()))
                                 : it.value());
    }
    for (auto it = previous.begin(); it != previous.end(); ++it)
        if (!current.contains(it.key()))
            out.insert(it.key(), QJsonValue::Null);
    return out;
}
} // namespace

TimelineRecorder::TimelineRecorder(DeviceTimeline *timeline, QObject *parent)
    : QObject(parent), m_timeline(timeline)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(flushMs);
    connect(&m_flush, &QTimer::timeout, this, &TimelineRecorder::flush);
}

TimelineRecorder::~TimelineRecorder()
{
    flush();
}

QJsonObject TimelineRecorder::changes(const QJsonObject &previous, const QJsonObject &current)
{
    QJsonObject out;
    for (const QString &section : {QStringLiteral("desired"), QStringLiteral("reported")}) {
        QJsonObject before = previous.value(section).toObject();
        QJsonObject after = current.value(section).toObject();
        before.remove(QStringLiteral("clock"));
        after.remove(QStringLiteral("clock"));
        const QJsonObject changed = differing(before, after);
        if (!changed.isEmpty())
            out.insert(section, changed);
    }
    return out;
}

void TimelineRecorder::onStored(const QString &thing, const shadow::ShadowDocument &document)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject state{{QStringLiteral("desired"), document.desired()},
                            {QStringLiteral("reported"), document.reported()}};
    const auto last = m_last.constFind(thing);
    QJsonObject changed = changes(last == m_last.constEnd() ? QJsonObject() : *last, state);
    m_last.insert(thing, state);
    if (!document.exists()) {
        m_pending.append({thing,
                          {now, QStringLiteral("shadow"), int(document.version()),
                           QStringLiteral("{\"deleted\":true}")}});
        m_last.remove(thing);
    } else {
        QJsonObject reported = changed.value(u"reported").toObject();
        if (const QJsonValue connected = reported.take(QStringLiteral("connected"));
            connected.isBool()) {
            m_pending.append(
                {thing,
                 {now,
                  connected.toBool() ? QStringLiteral("connected") : QStringLiteral("disconnected"),
                  0,
                  {}}});
            if (reported.isEmpty())
                changed.remove(QStringLiteral("reported"));
            else
                changed.insert(QStringLiteral("reported"), reported);
        }
        if (!changed.isEmpty()) {
            QString detail =
                QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact));
            if (detail.size() > maxDetail)
                detail = detail.left(maxDetail) + QStringLiteral("…");
            m_pending.append(
                {thing, {now, QStringLiteral("shadow"), int(document.version()), detail}});
        }
    }
    if (!m_pending.isEmpty() && !m_flush.isActive())
        m_flush.start();
}

void TimelineRecorder::forget(const QString &thing)
{
    m_pending.removeIf([&thing](const auto &entry) { return entry.first == thing; });
    m_last.remove(thing);
    m_timeline->forget(thing);
}

void TimelineRecorder::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    m_timeline->addAll(std::exchange(m_pending, {}));
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "HistoryRecorder.h"
#include "HistoryStore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHistory, "larder.cloud.history", QtInfoMsg)

namespace larder::cloud {

HistoryRecorder::HistoryRecorder(HistoryStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    m_prune.setInterval(pruneMs);
    connect(&m_prune, &QTimer::timeout, this,
            [this] { m_store->prune(QDateTime::currentSecsSinceEpoch()); });
    m_prune.start();
    m_store->prune(QDateTime::currentSecsSinceEpoch()); // what a stop left behind
    m_flush.setSingleShot(true);
    m_flush.setInterval(flushMs);
    connect(&m_flush, &QTimer::timeout, this, &HistoryRecorder::flush);
}

HistoryRecorder::~HistoryRecorder()
{
    flush();
}

void HistoryRecorder::flush()
{
    if (m_pending.isEmpty())
        return;
    if (!m_store->addAll(std::exchange(m_pending, {})))
        qCWarning(lcHistory) << "some reports could not be added to the temperature history";
}

void HistoryRecorder::onReported(const QString &thing, const QJsonObject &reported)
{
    const history::Sample sample = history::Sample::fromReported(reported);
    if (sample.isEmpty())
        return;
    bool opened = false;
    if (sample.doorOpen) {
        opened = *sample.doorOpen && !m_doorOpen.value(thing, false);
        m_doorOpen.insert(thing, *sample.doorOpen);
    }
    m_pending.append({thing, sample, opened, QDateTime::currentSecsSinceEpoch()});
    if (!m_flush.isActive())
        m_flush.start();
}

void HistoryRecorder::forget(const QString &thing)
{
    m_doorOpen.remove(thing);
    m_pending.removeIf(
        [&thing](const HistoryStore::Report &report) { return report.thing == thing; });
    m_store->forget(thing);
}

} // namespace larder::cloud

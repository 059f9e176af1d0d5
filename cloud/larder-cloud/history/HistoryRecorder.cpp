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
    if (!m_store->add(thing, sample, opened, QDateTime::currentSecsSinceEpoch()))
        qCWarning(lcHistory) << thing << "could not add to its temperature history";
}

void HistoryRecorder::forget(const QString &thing)
{
    m_doorOpen.remove(thing);
    m_store->forget(thing);
}

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryStore.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

namespace larder::cloud {

/// Writes each fridge's reported temperatures, setpoints and door openings into its history
/// (on the MQTT plane, fed every reported update), and cuts the history to its spans every ten
/// minutes. Reports are written together, in one transaction a second: never on the way of a
/// shadow's answer.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(HistoryStore *store, QObject *parent = nullptr);

    static constexpr int pruneMs = 10 * 60 * 1000;
    /// How long reports wait to be written together.
    static constexpr int flushMs = 1000;
    ~HistoryRecorder() override;

public slots:
    void onReported(const QString &thing, const QJsonObject &reported);
    /// The fridge left its family: its history goes (what waits to be written too).
    void forget(const QString &thing);
    /// Writes what waits now.
    void flush();

private:
    HistoryStore *m_store;
    QHash<QString, bool> m_doorOpen; ///< as last reported, to count openings (not reports)
    QTimer m_prune;
    QTimer m_flush;
    QList<HistoryStore::Report> m_pending;
};

struct PlaneContext;
class PlaneFeature;
/// The history as a feature of the MQTT plane (HistoryFeature.cpp).
std::unique_ptr<PlaneFeature> makeHistoryFeature(const PlaneContext &context);

} // namespace larder::cloud

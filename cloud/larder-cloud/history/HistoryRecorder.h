// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace larder::cloud {

class HistoryStore;

/// Writes each fridge's reported temperatures, setpoints and door openings into its history
/// (on the MQTT plane, fed every reported update), and cuts the history to its spans every ten
/// minutes.
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    HistoryRecorder(HistoryStore *store, QObject *parent = nullptr);

    static constexpr int pruneMs = 10 * 60 * 1000;

public slots:
    void onReported(const QString &thing, const QJsonObject &reported);
    /// The fridge left its family: its history goes.
    void forget(const QString &thing);

private:
    HistoryStore *m_store;
    QHash<QString, bool> m_doorOpen; ///< as last reported, to count openings (not reports)
    QTimer m_prune;
};

} // namespace larder::cloud

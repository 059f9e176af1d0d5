// SPDX-License-Identifier: MIT
#pragma once

#include "HistoryRules.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "api/ApiResult.h"

#include <functional>

namespace larder::api {
class ApiClient;
}
namespace larder::mqtt {
class MqttRequests;
}

namespace larder::history {

/// One fridge's temperatures over the last day or 30 days, for its charts (docs/api.md,
/// "Temperature history"): loaded over REST (the apps) or the door tablet's MQTT requests, again
/// every minute while the day is shown. Each
/// compartment's series is `[{t, v}]` (ms, °C) of the buckets that had readings (at most
/// maxSeries: of neighbouring buckets the warmest); the door's
/// openings `[{t, n}]`; the alerts raised in the range `[{t, condition, type}]`.
class TemperatureHistory : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the history of the fridge it shows.")
    /// "day" (the last 24 hours, per minute) or "month" (30 days, per quarter hour).
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY rangeChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(double from READ from NOTIFY changed) ///< ms
    Q_PROPERTY(double to READ to NOTIFY changed)     ///< ms
    Q_PROPERTY(QVariantList fridge READ fridge NOTIFY changed)
    Q_PROPERTY(QVariantList freezer READ freezer NOTIFY changed)
    /// The setpoints last reported in the range (NaN when none).
    Q_PROPERTY(double fridgeSetpoint READ fridgeSetpoint NOTIFY changed)
    Q_PROPERTY(double freezerSetpoint READ freezerSetpoint NOTIFY changed)
    Q_PROPERTY(QVariantList doorOpenings READ doorOpenings NOTIFY changed)
    Q_PROPERTY(int doorOpeningCount READ doorOpeningCount NOTIFY changed)
    Q_PROPERTY(QVariantList alerts READ alerts NOTIFY changed)

public:
    /// Asks the cloud for @p range ("day" or "month") and answers with its JSON.
    using Fetch =
        std::function<void(const QString &range, std::function<void(const api::ApiResult &)> done)>;
    /// A member's app: `GET /devices/{thing}/temperatures`.
    static Fetch overRest(api::ApiClient *api, const QString &thing);
    /// The door tablet: `{"op":"get","range"}` on its fridge's history requests.
    static Fetch overMqtt(mqtt::MqttRequests *requests);

    explicit TemperatureHistory(Fetch fetch, QObject *parent = nullptr);

    QString range() const { return m_range; }
    void setRange(const QString &range);
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    double from() const { return double(m_from); }
    double to() const { return double(m_to); }
    QVariantList fridge() const { return series(&Point::fridge); }
    QVariantList freezer() const { return series(&Point::freezer); }
    double fridgeSetpoint() const { return lastOf(&Point::fridgeSetpoint); }
    double freezerSetpoint() const { return lastOf(&Point::freezerSetpoint); }
    QVariantList doorOpenings() const;
    int doorOpeningCount() const;
    QVariantList alerts() const { return m_alerts; }

    /// Minutes of the range @p compartment ("fridge" or "freezer") averaged above @p limit.
    Q_INVOKABLE int minutesAbove(const QString &compartment, double limit) const;
    /// The lowest and highest average of @p compartment in the range ({min, max}; empty none).
    Q_INVOKABLE QVariantMap extremes(const QString &compartment) const;
    Q_INVOKABLE void load();

    const QList<Point> &points() const { return m_points; }
    /// Shows the answer of `GET /devices/{id}/temperatures` (also for tests).
    void show(const QJsonObject &answer);

    static constexpr int dayRefreshMs = 60'000;
    /// Points a compartment's series has at most (of a run of readings, the warmest).
    static constexpr qsizetype maxSeries = 360;

signals:
    void rangeChanged();
    void loadingChanged();
    void changed();

private:
    using Field = std::optional<double> Point::*;
    QVariantList series(Field field) const;
    double lastOf(Field field) const;
    void setLoading(bool loading);

    Fetch m_fetch;
    QString m_range = QStringLiteral("day");
    QList<Point> m_points;
    QVariantList m_alerts;
    qint64 m_from = 0, m_to = 0;
    qint64 m_resolution = 60;
    bool m_loading = false;
    QString m_error;
    QTimer m_refresh;
    int m_generation = 0; ///< answers to an older range are dropped
};

} // namespace larder::history

// SPDX-License-Identifier: MIT
#include "TemperatureHistory.h"

#include "api/ApiClient.h"
#include "common/Guarded.h"
#include "mqtt/MqttRequests.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace larder::history {

TemperatureHistory::Fetch TemperatureHistory::overRest(api::ApiClient *api, const QString &thing)
{
    return [api, thing](const QString &range, std::function<void(const api::ApiResult &)> done) {
        api->get(QStringLiteral("/devices/%1/temperatures?range=%2").arg(thing, range),
                 std::move(done));
    };
}

TemperatureHistory::Fetch TemperatureHistory::overMqtt(mqtt::MqttRequests *requests)
{
    return [requests](const QString &range, std::function<void(const api::ApiResult &)> done) {
        requests->request(
            {{QStringLiteral("op"), QStringLiteral("get")}, {QStringLiteral("range"), range}},
            std::move(done));
    };
}

TemperatureHistory::TemperatureHistory(Fetch fetch, QObject *parent)
    : QObject(parent), m_fetch(std::move(fetch))
{
    m_refresh.setInterval(dayRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &TemperatureHistory::load);
}

void TemperatureHistory::setRange(const QString &range)
{
    if (range == m_range || !Range::named(range))
        return;
    m_range = range;
    emit rangeChanged();
    load();
}

void TemperatureHistory::load()
{
    // The day moves on by the minute; the month is fetched when asked.
    if (m_range == u"day")
        m_refresh.start();
    else
        m_refresh.stop();
    setLoading(true);
    const int generation = ++m_generation;
    m_fetch(m_range, guarded(this, [this, generation](const api::ApiResult &result) {
                if (generation != m_generation)
                    return;
                setLoading(false);
                if (!result.ok) {
                    m_error = result.message;
                    emit changed();
                    return;
                }
                show(result.body);
            }));
}

void TemperatureHistory::show(const QJsonObject &answer)
{
    m_points.clear();
    for (const QJsonValue &point : answer.value(u"points").toArray())
        m_points.append(Point::fromJson(point.toObject()));
    m_alerts.clear();
    for (const QJsonValue &alert : answer.value(u"alerts").toArray())
        m_alerts.append(alert.toObject().toVariantMap());
    m_from = answer.value(u"from").toInteger();
    m_to = answer.value(u"to").toInteger();
    m_resolution = answer.value(u"resolution").toInteger(60);
    m_error.clear();
    emit changed();
}

QVariantList TemperatureHistory::series(Field field) const
{
    // A chart is a few hundred pixels wide and QML reads each point as an object: at most
    // maxSeries points, of each run of buckets the warmest.
    QVariantList out;
    for (const Point &point : thinned(m_points, maxSeries))
        if (const auto &value = point.*field)
            out.append(QVariantMap{{QStringLiteral("t"), double(point.at)},
                                   {QStringLiteral("v"), *value}});
    return out;
}

double TemperatureHistory::lastOf(Field field) const
{
    for (auto it = m_points.crbegin(); it != m_points.crend(); ++it)
        if (const auto &value = (*it).*field)
            return *value;
    return std::numeric_limits<double>::quiet_NaN();
}

QVariantList TemperatureHistory::doorOpenings() const
{
    QVariantList out;
    for (const Point &point : m_points)
        if (point.doorOpenings > 0)
            out.append(QVariantMap{{QStringLiteral("t"), double(point.at)},
                                   {QStringLiteral("n"), point.doorOpenings}});
    return out;
}

int TemperatureHistory::doorOpeningCount() const
{
    int count = 0;
    for (const Point &point : m_points)
        count += point.doorOpenings;
    return count;
}

int TemperatureHistory::minutesAbove(const QString &compartment, double limit) const
{
    const Field field = compartment == u"freezer" ? &Point::freezer : &Point::fridge;
    qint64 seconds = 0;
    for (const Point &point : m_points)
        if (const auto &value = point.*field; value && *value > limit)
            seconds += m_resolution;
    return int(seconds / 60);
}

QVariantMap TemperatureHistory::extremes(const QString &compartment) const
{
    const Field field = compartment == u"freezer" ? &Point::freezer : &Point::fridge;
    std::optional<double> low, high;
    for (const Point &point : m_points)
        if (const auto &value = point.*field) {
            low = std::min(low.value_or(*value), *value);
            high = std::max(high.value_or(*value), *value);
        }
    if (!low)
        return {};
    return {{QStringLiteral("min"), *low}, {QStringLiteral("max"), *high}};
}

void TemperatureHistory::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

} // namespace larder::history

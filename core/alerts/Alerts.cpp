// SPDX-License-Identifier: MIT
#include "Alerts.h"

#include "AlertRules.h"
#include "AlertTopics.h"
#include "AlertWords.h"
#include "api/ApiClient.h"
#include "common/Guarded.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace larder::alerts {

Alerts::Alerts(api::ApiClient *api, mqtt::MqttClient *mqtt, QObject *parent)
    : QObject(parent), m_api(api), m_mqtt(mqtt)
{
    if (m_mqtt) {
        connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &Alerts::onFeed);
        // What the feeds carried while the connection was down.
        connect(m_mqtt, &mqtt::MqttClient::connected, this, &Alerts::refresh);
    }
    // The per-fridge counts follow the list.
    for (const auto signal : {&AlertsModel::rowsInserted, &AlertsModel::rowsRemoved})
        connect(&m_model, signal, this, &Alerts::unreadChanged);
    connect(&m_model, &AlertsModel::dataChanged, this, &Alerts::unreadChanged);
    connect(&m_model, &AlertsModel::modelReset, this, &Alerts::unreadChanged);
}

Alerts::~Alerts()
{
    if (m_mqtt)
        for (const QString &feed : std::as_const(m_feeds))
            m_mqtt->unsubscribe(feed);
}

void Alerts::setFamilies(const QStringList &familyIds)
{
    QStringList feeds;
    for (const QString &family : familyIds)
        feeds.append(topics::familyChanges(family));
    if (!m_mqtt || feeds == m_feeds)
        return;
    for (const QString &feed : std::as_const(m_feeds))
        if (!feeds.contains(feed))
            m_mqtt->unsubscribe(feed);
    for (const QString &feed : std::as_const(feeds))
        if (!m_feeds.contains(feed))
            m_mqtt->subscribe(feed);
    m_feeds = feeds;
}

void Alerts::refresh()
{
    setLoading(m_model.count() == 0 || m_loading);
    m_api->get(QStringLiteral("/devices/alerts"),
               guarded(this, [this](const api::ApiResult &result) {
                   setLoading(false);
                   if (!result.ok)
                       return setError(result.message);
                   m_model.show(ListModelBase::itemsOf<AlertRow>(result.body));
                   setError({});
               }));
    refreshCount();
    m_api->get(QStringLiteral("/settings/config/alertLevel"),
               guarded(this, [this](const api::ApiResult &result) {
                   const QString level = result.body.value(u"value").toString();
                   QString why;
                   if (result.ok && isAlertLevel(level, &why) &&
                       std::exchange(m_level, level) != level)
                       emit alertLevelChanged();
               }));
    m_api->get(QStringLiteral("/settings/config/quietHours"),
               guarded(this, [this](const api::ApiResult &result) {
                   if (!result.ok)
                       return;
                   const QuietHours quiet =
                       QuietHours::fromJson(result.body.value(u"value")).value_or(QuietHours{});
                   if (quiet.text() != m_quiet.text()) {
                       m_quiet = quiet;
                       emit quietHoursChanged();
                   }
               }));
}

bool Alerts::notifies(const QString &type) const
{
    const int rank = alertRank(type);
    return rank >= 0 && rank <= alertRank(m_level);
}

void Alerts::setAlertLevel(const QString &level)
{
    QString why;
    if (!isAlertLevel(level, &why))
        return setError(why);
    m_api->put(QStringLiteral("/settings/config/alertLevel"), {{QStringLiteral("value"), level}},
               guarded(this, [this, level](const api::ApiResult &result) {
                   if (!result.ok)
                       return setError(result.message);
                   setError({});
                   if (std::exchange(m_level, level) != level)
                       emit alertLevelChanged();
                   refreshCount();
               }));
}

void Alerts::setQuietHours(const QString &from, const QString &to)
{
    const QJsonValue value =
        from.isEmpty() && to.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonValue(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    QString why;
    const auto quiet = QuietHours::fromJson(value, &why);
    if (!quiet)
        return setError(why);
    m_api->put(QStringLiteral("/settings/config/quietHours"), {{QStringLiteral("value"), value}},
               guarded(this, [this, quiet = *quiet](const api::ApiResult &result) {
                   if (!result.ok)
                       return setError(result.message);
                   setError({});
                   m_quiet = quiet;
                   emit quietHoursChanged();
               }));
}

QVariantMap Alerts::unreadByFridge() const
{
    QVariantMap counts;
    for (const AlertRow &row : m_model.rows())
        if (!row.ack && !row.suppress)
            counts.insert(row.deviceId, counts.value(row.deviceId).toInt() + 1);
    return counts;
}

QVariantMap Alerts::openByFridge() const
{
    QVariantMap byFridge;
    for (const AlertRow &row : m_model.rows()) {
        if (!row.open || !row.raised)
            continue;
        QVariantMap conditions = byFridge.value(row.deviceId).toMap();
        QVariantMap alert{{QStringLiteral("message"), AlertWords::sentence(row)},
                          {QStringLiteral("value"), row.value}};
        // A cloud that says when it began and the limit (schema 11); else only its sentence.
        if (row.since > 0) {
            alert.insert(QStringLiteral("limit"), row.limit);
            alert.insert(QStringLiteral("since"), QDateTime::fromMSecsSinceEpoch(row.since));
        }
        conditions.insert(row.condition, alert);
        byFridge.insert(row.deviceId, conditions);
    }
    return byFridge;
}

void Alerts::loadThresholds(const QString &familyId)
{
    if (familyId.isEmpty())
        return;
    for (const char *id : {"doorOpenMinutes", "fridgeMaxC", "freezerMaxC", "warmMinutes"}) {
        const QString setting = QLatin1String(id);
        m_api->get(QStringLiteral("/settings/config/%1?familyId=%2")
                       .arg(setting, QString::fromLatin1(QUrl::toPercentEncoding(familyId))),
                   guarded(this, [this, familyId, setting](const api::ApiResult &result) {
                       if (!result.ok || !result.body.value(u"value").isDouble())
                           return;
                       QVariantMap limits = m_thresholds.value(familyId).toMap();
                       limits.insert(setting, result.body.value(u"value").toDouble());
                       m_thresholds.insert(familyId, limits);
                       emit thresholdsChanged();
                   }));
    }
}

void Alerts::setThreshold(const QString &familyId, const QString &id, double value)
{
    m_api->put(QStringLiteral("/settings/config/%1?familyId=%2")
                   .arg(id, QString::fromLatin1(QUrl::toPercentEncoding(familyId))),
               {{QStringLiteral("value"), value}},
               guarded(this, [this, familyId, id, value](const api::ApiResult &result) {
                   if (!result.ok)
                       return setError(result.message);
                   setError({});
                   QVariantMap limits = m_thresholds.value(familyId).toMap();
                   limits.insert(id, value);
                   m_thresholds.insert(familyId, limits);
                   emit thresholdsChanged();
               }));
}

void Alerts::refreshCount()
{
    m_api->get(QStringLiteral("/devices/alerts/count"),
               guarded(this, [this](const api::ApiResult &result) {
                   if (!result.ok)
                       return;
                   const int unread = result.body.value(u"count").toInt();
                   if (unread != m_unread) {
                       m_unread = unread;
                       emit unreadChanged();
                   }
               }));
}

void Alerts::acknowledge(const QString &alertId)
{
    mark(alertId, {{QStringLiteral("ack"), true}});
}

void Alerts::suppress(const QString &alertId, bool on)
{
    mark(alertId, {{QStringLiteral("suppress"), on}});
}

void Alerts::mark(const QString &alertId, const QJsonObject &change)
{
    const auto row = std::find_if(m_model.rows().cbegin(), m_model.rows().cend(),
                                  [&](const AlertRow &r) { return r.id == alertId; });
    if (row == m_model.rows().cend())
        return;
    m_api->put(QStringLiteral("/devices/%1/events/%2").arg(row->deviceId, alertId), change,
               guarded(this, [this](const api::ApiResult &result) {
                   if (!result.ok)
                       return setError(result.message);
                   replace(AlertRow::fromJson(result.body));
                   refreshCount();
               }));
}

void Alerts::replace(const AlertRow &changed)
{
    for (AlertsModel *model : {&m_model, &m_history}) {
        QList<AlertRow> rows = model->rows();
        for (AlertRow &row : rows)
            if (row.id == changed.id)
                row = changed;
        model->show(rows);
    }
}

void Alerts::loadHistory(const QString &deviceId)
{
    if (deviceId != m_historyFridge) {
        m_historyFridge = deviceId;
        m_history.show({});
        emit historyChanged();
    }
    m_api->get(QStringLiteral("/devices/%1/events").arg(deviceId),
               guarded(this, [this, deviceId](const api::ApiResult &result) {
                   if (deviceId != m_historyFridge)
                       return; // another fridge's history was asked for since
                   if (!result.ok)
                       return setError(result.message);
                   m_history.show(ListModelBase::itemsOf<AlertRow>(result.body));
               }));
}

void Alerts::onFeed(const QByteArray &payload, const QString &topic)
{
    if (!m_feeds.contains(topic))
        return;
    const QJsonObject event = QJsonDocument::fromJson(payload).object();
    const AlertRow row = AlertRow::fromJson(event);
    if (row.id.isEmpty())
        return;
    if (row.deviceId == m_historyFridge) {
        QList<AlertRow> events = m_history.rows();
        const auto known = std::find_if(events.begin(), events.end(),
                                        [&](const AlertRow &r) { return r.id == row.id; });
        if (known == events.end())
            events.append(row);
        else
            *known = row;
        m_history.show(events);
    }
    if (row.condition == u"useSoon") {
        // The morning note: no alert to list, a notification for those who asked for it.
        emit this->raised(row.deviceId, row.deviceName, AlertWords::sentence(row),
                          QStringLiteral("info"));
        return;
    }
    QList<AlertRow> rows = m_model.rows();
    const bool raised = row.raised;
    if (raised) {
        const auto known = std::find_if(rows.begin(), rows.end(),
                                        [&](const AlertRow &r) { return r.id == row.id; });
        if (known == rows.end()) {
            rows.append(row);
            emit this->raised(row.deviceId, row.deviceName, AlertWords::sentence(row), row.type);
        } else {
            *known = row; // acknowledged or suppressed since
        }
    } else {
        // A clearing: the alert it ends is no longer open.
        for (AlertRow &alert : rows)
            if (alert.deviceId == row.deviceId && alert.condition == row.condition && alert.open)
                alert.open = false;
    }
    m_model.show(rows);
    refreshCount();
}

void Alerts::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void Alerts::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace larder::alerts

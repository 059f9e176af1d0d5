// SPDX-License-Identifier: MIT
#include "SupportCase.h"

#include "api/ApiClient.h"
#include "api/ApiResult.h"
#include "commands/CommandCatalog.h"
#include "common/Guarded.h"
#include "mqtt/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace larder::diagnostics {

namespace {
constexpr int kMaxChanges = 50;

QString documentsTopic(const QString &thing)
{
    return QStringLiteral("$aws/things/%1/shadow/update/documents").arg(thing);
}

/// The fields of @p current that differ from @p previous, as compact JSON.
QJsonObject changedFields(const QJsonObject &previous, const QJsonObject &current)
{
    QJsonObject changed;
    for (auto it = current.begin(); it != current.end(); ++it)
        if (previous.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    for (auto it = previous.begin(); it != previous.end(); ++it)
        if (!current.contains(it.key()))
            changed.insert(it.key(), QJsonValue::Null);
    return changed;
}
/// Compact JSON with a space after each field, so that a line breaks between fields and never
/// inside a number.
QString readable(const QByteArray &compact)
{
    return QString::fromUtf8(compact).replace(QStringLiteral(",\""), QStringLiteral(", \""));
}

/// The records of a JSON array of objects, for a RecordsModel.
QList<QVariantMap> recordsOf(const QJsonArray &array)
{
    QList<QVariantMap> records;
    for (const QJsonValue &value : array)
        records.append(value.toObject().toVariantMap());
    return records;
}
} // namespace

SupportCase::SupportCase(api::ApiClient *api, mqtt::MqttClient *mqtt, QObject *parent)
    : QObject(parent), m_api(api), m_mqtt(mqtt), m_report(new DiagnosticReport(api, this))
{
    connect(m_mqtt, &mqtt::MqttClient::messageReceived, this, &SupportCase::onMessage);
    m_waitForReport.setInterval(2000);
    connect(&m_waitForReport, &QTimer::timeout, this, &SupportCase::reload);
}

void SupportCase::open(const QString &caseCode)
{
    if (m_busy)
        return;
    m_busy = true;
    emit changed();
    m_api->post(QStringLiteral("/support/cases"), {{QStringLiteral("caseCode"), caseCode}},
                guarded(this, [this](const api::ApiResult &result) {
                    m_busy = false;
                    if (!result.ok)
                        return setError(result);
                    show(result.body);
                    refreshCases();
                }));
}

void SupportCase::resume(const QString &thing)
{
    for (const QVariantMap &held : m_cases.records()) {
        if (held.value(QStringLiteral("thingName")).toString() == thing)
            return show(QJsonObject::fromVariantMap(held));
    }
}

void SupportCase::refreshCases()
{
    m_api->get(QStringLiteral("/support/cases"),
               guarded(this, [this](const api::ApiResult &result) {
                   if (!result.ok)
                       return setError(result);
                   m_cases.setRecords(recordsOf(result.body.value(u"cases").toArray()));
                   emit changed();
               }));
}

void SupportCase::show(const QJsonObject &opened)
{
    m_thing = opened.value(u"thingName").toString();
    m_expiresAt = qint64(opened.value(u"expiresAt").toDouble());
    m_allowWrites = opened.value(u"allowWrites").toBool();
    m_error.clear();
    m_changeList.clear();
    m_changes.setRecords({});
    follow(m_thing);
    emit changed();
    reload();
}

void SupportCase::follow(const QString &thing)
{
    if (!m_followed.isEmpty())
        m_mqtt->unsubscribe(m_followed);
    m_followed = thing.isEmpty() ? QString() : documentsTopic(thing);
    if (!m_followed.isEmpty())
        m_mqtt->subscribe(m_followed);
}

void SupportCase::reload()
{
    if (m_thing.isEmpty())
        return;
    const QString thing = m_thing;
    m_api->get(QStringLiteral("/support/things/%1/shadow").arg(thing),
               guarded(this, [this, thing](const api::ApiResult &result) {
                   if (thing != m_thing)
                       return;
                   if (!result.ok)
                       return setError(result);
                   const QJsonObject document = result.body.value(u"document").toObject();
                   m_version = document.value(u"version").toInt();
                   m_shadowText = QString::fromUtf8(
                       QJsonDocument(document.value(u"state").toObject()).toJson());
                   m_metadataText = QString::fromUtf8(
                       QJsonDocument(document.value(u"metadata").toObject()).toJson());
                   emit changed();
               }));
    m_api->get(QStringLiteral("/support/things/%1/record").arg(thing),
               guarded(this, [this, thing](const api::ApiResult &result) {
                   if (thing != m_thing)
                       return;
                   if (!result.ok)
                       return setError(result);
                   showRecord(result.body);
               }));
}

void SupportCase::showRecord(const QJsonObject &record)
{
    m_tabletPaired = record.value(u"tabletPaired").toBool();
    m_certificates.setRecords(recordsOf(record.value(u"certificates").toArray()));
    QList<QVariantMap> timeline = recordsOf(record.value(u"timeline").toArray());
    for (QVariantMap &entry : timeline)
        entry.insert(QStringLiteral("detail"),
                     readable(entry.value(QStringLiteral("detail")).toString().toUtf8()));
    m_timeline.setRecords(timeline);
    m_reports.setRecords(recordsOf(record.value(u"reports").toArray()));
    QList<QVariantMap> events;
    for (const QJsonValue &e : record.value(u"events").toArray())
        events.append({{QStringLiteral("at"), e[u"createdAt"].toDouble()},
                       {QStringLiteral("type"), e[u"type"].toString()},
                       {QStringLiteral("message"), e[u"message"].toString()}});
    for (const QJsonValue &c : record.value(u"commands").toArray())
        events.append(
            {{QStringLiteral("at"), c[u"createdAt"].toDouble()},
             {QStringLiteral("type"), QStringLiteral("command")},
             {QStringLiteral("message"),
              QStringLiteral("%1 · %2").arg(c[u"title"].toString(), c[u"jobStatus"].toString())}});
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) {
        return a.value(QStringLiteral("at")).toDouble() > b.value(QStringLiteral("at")).toDouble();
    });
    m_events.setRecords(events);
    // Read again every 2 s while the fridge has a command to carry out (a report, a resync).
    const QJsonArray commands = record.value(u"commands").toArray();
    const bool pending = std::any_of(commands.begin(), commands.end(), [](const QJsonValue &c) {
        return c[u"commandStatus"].toString() == u"pending";
    });
    if (pending)
        m_waitForReport.start();
    else
        m_waitForReport.stop();
    emit changed();
}

void SupportCase::askForReport()
{
    if (m_thing.isEmpty())
        return;
    const QString thing = m_thing;
    m_api->post(QStringLiteral("/support/things/%1/reports").arg(thing), {},
                guarded(this, [this, thing](const api::ApiResult &result) {
                    if (thing != m_thing)
                        return;
                    if (!result.ok)
                        return setError(result);
                    reload();
                }));
}

namespace {
/// The document @p command is sent with from the inspector.
QJsonObject usualParams(const QString &command)
{
    if (command == u"quickFreeze")
        return {{QStringLiteral("hours"), 6}};
    if (command == u"snoozeAlarms")
        return {{QStringLiteral("minutes"), 30}};
    return {};
}
} // namespace

QStringList SupportCase::commands() const
{
    return commands::catalog::names();
}

QString SupportCase::commandTitle(const QString &command) const
{
    QJsonObject document = usualParams(command);
    document.insert(QStringLiteral("operation"), command);
    return commands::catalog::titleOf(document);
}

void SupportCase::sendCommand(const QString &command)
{
    if (m_thing.isEmpty())
        return;
    const QString thing = m_thing;
    m_api->post(
        QStringLiteral("/support/things/%1/commands").arg(thing),
        {{QStringLiteral("command"), command}, {QStringLiteral("params"), usualParams(command)}},
        guarded(this, [this, thing, command](const api::ApiResult &result) {
            if (thing != m_thing)
                return;
            if (!result.ok)
                return setError(result);
            m_notice =
                tr("Sent: %1. It runs when the fridge is online.").arg(commandTitle(command));
            emit changed();
            reload();
        }));
}

void SupportCase::openReport(const QString &reportId)
{
    if (!m_thing.isEmpty())
        m_report->open(m_thing, reportId);
}

void SupportCase::close()
{
    m_waitForReport.stop();
    m_report->clear();
    m_reports.setRecords({});
    m_timeline.setRecords({});
    m_notice.clear();
    follow({});
    m_thing.clear();
    m_shadowText.clear();
    m_metadataText.clear();
    m_changeList.clear();
    m_changes.setRecords({});
    m_certificates.setRecords({});
    m_events.setRecords({});
    m_version = 0;
    m_error.clear();
    emit changed();
}

void SupportCase::onMessage(const QByteArray &payload, const QString &topic)
{
    if (m_followed.isEmpty() || topic != m_followed)
        return;
    const QJsonObject doc = QJsonDocument::fromJson(payload).object();
    const QJsonObject previous = doc.value(u"previous").toObject().value(u"state").toObject();
    const QJsonObject current = doc.value(u"current").toObject().value(u"state").toObject();
    QJsonObject changed;
    for (const QString &section : {QStringLiteral("reported"), QStringLiteral("desired")}) {
        const QJsonObject fields =
            changedFields(previous.value(section).toObject(), current.value(section).toObject());
        if (!fields.isEmpty())
            changed.insert(section, fields);
    }
    m_version = doc.value(u"current").toObject().value(u"version").toInt(m_version);
    m_changeList.prepend(QVariantMap{
        {QStringLiteral("at"), doc.value(u"timestamp").toDouble() * 1000},
        {QStringLiteral("change"), readable(QJsonDocument(changed).toJson(QJsonDocument::Compact))},
        {QStringLiteral("version"), m_version}});
    while (m_changeList.size() > kMaxChanges)
        m_changeList.removeLast();
    m_changes.setRecords(m_changeList);
    emit this->changed();
}

void SupportCase::setError(const api::ApiResult &result)
{
    m_error = result.message;
    emit changed();
}

} // namespace larder::diagnostics

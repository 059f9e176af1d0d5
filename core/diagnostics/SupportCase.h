// SPDX-License-Identifier: MIT
#pragma once

#include "DiagnosticReport.h"

#include "common/RecordsModel.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
struct ApiResult;
} // namespace larder::api
namespace larder::mqtt {
class MqttClient;
}

namespace larder::diagnostics {

/// The fridge a support agent looks at with its family's consent (docs/api.md, "Support
/// access"): opened with the case code the owner reads out (or again from the agent's open
/// cases), then its shadow as it is — state, metadata, version — with every change live over
/// the agent's broker connection, and its record: certificates, whether its door tablet is
/// paired, its recent events and commands — and the diagnostic reports it was asked for, each
/// opened and checked against its SHA-256. Without a consent nothing opens; every read is on
/// the family's record.
class SupportCase : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The diagnostics app makes it.")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /// The fridge of the open case; empty when none.
    Q_PROPERTY(QString thing READ thing NOTIFY changed)
    Q_PROPERTY(double expiresAt READ expiresAt NOTIFY changed) ///< ms
    Q_PROPERTY(bool allowWrites READ allowWrites NOTIFY changed)
    /// The agent's open cases: `[{thingName, expiresAt}]`.
    Q_PROPERTY(larder::RecordsModel *cases READ cases CONSTANT)
    /// The shadow's state as the cloud keeps it (desired, reported, delta), indented JSON.
    Q_PROPERTY(QString shadowText READ shadowText NOTIFY changed)
    /// Its metadata: when each field was last written, indented JSON.
    Q_PROPERTY(QString metadataText READ metadataText NOTIFY changed)
    Q_PROPERTY(int version READ version NOTIFY changed)
    /// The changes heard live, newest first: roles `at` (ms), `change`, `version` (at most 50).
    Q_PROPERTY(larder::RecordsModel *changes READ changes CONSTANT)
    Q_PROPERTY(bool tabletPaired READ tabletPaired NOTIFY changed)
    /// `[{role, status, createdAt, expiresAt}]` (expiresAt 0 when unknown).
    Q_PROPERTY(larder::RecordsModel *certificates READ certificates CONSTANT)
    /// Roles `at`, `type`, `message`: the fridge's events and commands, newest first.
    Q_PROPERTY(larder::RecordsModel *events READ events CONSTANT)
    /// Connections and shadow versions, newest first: `[{at, kind ("connected", "disconnected",
    /// "shadow"), version, detail}]`.
    Q_PROPERTY(larder::RecordsModel *timeline READ timeline CONSTANT)
    /// The fridge's diagnostic reports, newest first: `[{reportId, source ("fridge": asked by
    /// support; "door": sent from its door), at, status ("pending", "success", "failed"),
    /// detail}]`; reloaded every 2 s while one is pending.
    Q_PROPERTY(larder::RecordsModel *reports READ reports CONSTANT)
    /// The family's commands an agent may send when the consent allows changes.
    Q_PROPERTY(QStringList commands READ commands CONSTANT)
    /// What the last action did, for a line under the actions ("" before one).
    Q_PROPERTY(QString notice READ notice NOTIFY changed)
    /// The report opened (openReport).
    Q_PROPERTY(larder::diagnostics::DiagnosticReport *report READ report CONSTANT)

public:
    SupportCase(api::ApiClient *api, mqtt::MqttClient *mqtt, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString thing() const { return m_thing; }
    double expiresAt() const { return double(m_expiresAt); }
    bool allowWrites() const { return m_allowWrites; }
    RecordsModel *cases() { return &m_cases; }
    QString shadowText() const { return m_shadowText; }
    QString metadataText() const { return m_metadataText; }
    int version() const { return m_version; }
    RecordsModel *changes() { return &m_changes; }
    bool tabletPaired() const { return m_tabletPaired; }
    RecordsModel *certificates() { return &m_certificates; }
    RecordsModel *events() { return &m_events; }
    RecordsModel *reports() { return &m_reports; }
    RecordsModel *timeline() { return &m_timeline; }
    DiagnosticReport *report() const { return m_report; }
    QStringList commands() const;
    QString notice() const { return m_notice; }

    /// Opens the case the owner's @p caseCode names.
    Q_INVOKABLE void open(const QString &caseCode);
    /// Opens again a case the agent holds already (one of `cases`).
    Q_INVOKABLE void resume(const QString &thing);
    /// Reads the shadow and the record again.
    Q_INVOKABLE void reload();
    /// The agent's open cases, again.
    Q_INVOKABLE void refreshCases();
    Q_INVOKABLE void close();
    /// Asks the fridge for a diagnostic report (it comes when the fridge is online).
    Q_INVOKABLE void askForReport();
    /// Sends the fridge @p command: support's `resyncShadow`, or one of `commands` with its
    /// usual parameters (quick-freeze 6 hours, silence 30 minutes). On the family's record.
    Q_INVOKABLE void sendCommand(const QString &command);
    /// "Defrost cycle": what @p command is called, as sendCommand sends it.
    Q_INVOKABLE QString commandTitle(const QString &command) const;
    /// Opens report @p reportId (one of `reports` that arrived) in `report`.
    Q_INVOKABLE void openReport(const QString &reportId);

signals:
    void changed();

private:
    void show(const QJsonObject &opened);
    void follow(const QString &thing);
    void onMessage(const QByteArray &payload, const QString &topic);
    void setError(const api::ApiResult &result);
    void showRecord(const QJsonObject &record);

    api::ApiClient *m_api;
    mqtt::MqttClient *m_mqtt;
    bool m_busy = false;
    QString m_error;
    QString m_thing;
    qint64 m_expiresAt = 0;
    bool m_allowWrites = false;
    RecordsModel m_cases{{"thingName", "expiresAt"}, "thingName"};
    QString m_shadowText;
    QString m_metadataText;
    int m_version = 0;
    QList<QVariantMap> m_changeList; ///< newest first, at most kMaxChanges
    RecordsModel m_changes{{"at", "change", "version"}, "version"};
    bool m_tabletPaired = false;
    RecordsModel m_certificates{{"role", "status", "createdAt", "expiresAt"}, {}};
    RecordsModel m_events{{"at", "type", "message"}, {}};
    RecordsModel m_reports{{"reportId", "source", "at", "status", "detail"}, "reportId"};
    RecordsModel m_timeline{{"at", "kind", "version", "detail"}, {}};
    QString m_notice;
    DiagnosticReport *m_report;
    QTimer m_waitForReport; ///< reloads while a report is pending
    QString m_followed;     ///< the documents topic subscribed
};

} // namespace larder::diagnostics

// SPDX-License-Identifier: MIT
#pragma once

#include "common/RecordsModel.h"
#include <QCoreApplication>
#include <QObject>

#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
struct ApiResult;
} // namespace larder::api

namespace larder::support {

/// Support's access to one fridge, as its family sees it (docs/api.md, "Support access"):
/// whether support may look now and until when, the case code to read to the agent (only right
/// after granting), and the audit trail — who granted and ended it, and every look of the
/// agent, as sentences in the reader's language. The family's owner grants and ends it.
class SupportAccess : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes the support access of the fridge it shows.")
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /// The family's owner may grant and end; everyone else reads.
    Q_PROPERTY(bool mayGrant READ mayGrant CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(double expiresAt READ expiresAt NOTIFY changed) ///< ms
    /// An agent has entered the case code.
    Q_PROPERTY(bool claimed READ claimed NOTIFY changed)
    /// The code to read to the agent ("ABC-234"): only on the screen that granted it.
    Q_PROPERTY(QString caseCode READ caseCode NOTIFY changed)
    /// `[{at (ms), sentence, bySupport}]`, newest first.
    Q_PROPERTY(larder::RecordsModel *audit READ audit CONSTANT)

public:
    SupportAccess(api::ApiClient *api, const QString &thing, bool mayGrant,
                  QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool mayGrant() const { return m_mayGrant; }
    bool active() const { return m_active; }
    double expiresAt() const { return double(m_expiresAt); }
    bool claimed() const { return m_claimed; }
    QString caseCode() const { return m_caseCode; }
    RecordsModel *audit() { return &m_audit; }

    Q_INVOKABLE void refresh();
    /// Lets support look for @p hours (1 to 168).
    Q_INVOKABLE void grant(int hours);
    Q_INVOKABLE void end();

    /// What a person reads of one audit entry (`{actor, actorName, action, detail}`), e.g.
    /// "Support viewed the fridge's settings and readings".
    static QString sentence(const QString &actor, const QString &actorName, const QString &action,
                            const QString &detail);

signals:
    void changed();

private:
    void show(const QJsonObject &view);
    void finished(const api::ApiResult &result);

    api::ApiClient *m_api;
    QString m_thing;
    bool m_mayGrant;
    bool m_loading = false;
    bool m_busy = false;
    QString m_error;
    bool m_active = false;
    qint64 m_expiresAt = 0;
    bool m_claimed = false;
    QString m_caseCode;
    RecordsModel m_audit{{"at", "sentence", "bySupport"}, {}};
};

} // namespace larder::support

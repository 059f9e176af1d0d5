// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace larder::api {
class ApiClient;
}

namespace larder::diagnostics {

/// One diagnostic report a fridge sent support, opened in the inspector (docs/api.md, "Support
/// access"): a presigned URL asked for that report (on the family's record), the bytes fetched
/// over TLS, their SHA-256 compared with what the fridge said it sent, and the document shown.
/// A report that arrived damaged says so and shows nothing of it.
class DiagnosticReport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A support case has one.")
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString reportId READ reportId NOTIFY changed) ///< the report shown
    Q_PROPERTY(QString text READ text NOTIFY changed)         ///< indented JSON
    Q_PROPERTY(QString sha256 READ sha256 NOTIFY changed)     ///< verified, hex
    Q_PROPERTY(double size READ size NOTIFY changed)          ///< bytes

public:
    explicit DiagnosticReport(api::ApiClient *api, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    QString reportId() const { return m_reportId; }
    QString text() const { return m_text; }
    QString sha256() const { return m_sha256; }
    double size() const { return double(m_size); }

    /// Opens the report @p reportId of @p thing.
    void open(const QString &thing, const QString &reportId);
    void clear();

    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

signals:
    void changed();

private:
    void fetch(const QString &url, const QString &expected);
    void fail(const QString &why);

    api::ApiClient *m_api;
    bool m_busy = false;
    QString m_error;
    QString m_reportId;
    QString m_text;
    QString m_sha256;
    qint64 m_size = 0;
    int m_generation = 0; ///< a newer open makes older answers moot
};

} // namespace larder::diagnostics

// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QObject>
#include <QTimer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <optional>

namespace larder::shadow {

class ShadowClient;

/// One writable shadow field, bindable from QML: the value the device reports, the target
/// the user asked for, whether that target is still pending (written but not yet reported
/// back), when the device last reported it, and the last error as a sentence.
class ShadowControl : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a device object")
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QVariant value READ value NOTIFY changed)
    Q_PROPERTY(QVariant target READ target NOTIFY changed)
    Q_PROPERTY(bool hasValue READ hasValue NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    Q_PROPERTY(QDateTime lastReported READ lastReported NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    using Validator = std::function<std::optional<QString>(const QJsonValue &)>;
    using Formatter = std::function<QString(const QJsonValue &)>;

    ShadowControl(ShadowClient *client, const QString &path, Validator validator,
                  Formatter formatter, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QVariant value() const { return m_reported.toVariant(); }
    QVariant target() const { return (m_pending ? m_target : m_reported).toVariant(); }
    bool hasValue() const { return !m_reported.isUndefined(); }
    bool pending() const { return m_pending; }
    QDateTime lastReported() const { return m_lastReported; }
    QString error() const { return m_error; }

    /// Validates and writes @p value as desired. Returns false (with error set) if invalid.
    Q_INVOKABLE bool set(const QVariant &value);
    Q_INVOKABLE void dismissError();

    void setConfirmTimeout(int ms) { m_confirmTimer.setInterval(ms); }

signals:
    void changed();

private:
    enum class Phase { Idle, Sending, Waiting };
    void refresh();
    void onAccepted(const QString &token, const QJsonObject &state, qint64 version);
    void onFailed(const QString &token, int code, const QString &message);
    void settle(const QString &error);

    ShadowClient *m_client;
    QString m_path;
    Validator m_validate;
    Formatter m_format;
    Phase m_phase = Phase::Idle;
    QJsonValue m_reported = QJsonValue::Undefined;
    QJsonValue m_target = QJsonValue::Undefined;
    bool m_pending = false;
    QDateTime m_lastReported;
    QString m_error;
    QString m_token;
    qint64 m_acceptedVersion = 0;
    QTimer m_confirmTimer;
};

} // namespace larder::shadow

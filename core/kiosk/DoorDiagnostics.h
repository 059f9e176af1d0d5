// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QSslSocket;

namespace larder::mqtt {
class MqttClient;
}
namespace larder::fridge {
class FridgeController;
}

namespace larder::kiosk {

class DoorTablet;

/// The door's local diagnostics, behind the support PIN (docs/api.md, "Support access"): what
/// a technician at the fridge needs without a phone call — whether the broker answers and how
/// fast (a TLS handshake with the tablet's own certificate), the certificate's subject and
/// expiry, the thing, the shadow's version, the last messages the tablet heard, the app's and
/// the fridge's versions, the tail of the log, a self-test of each — and "Send a report to
/// support": the report uploaded as the fridge's `diagnostic` object, then sent over the
/// tablet's connection; the cloud answers with a case code to read to the agent (the person at
/// the door who entered the PIN is the consent).
class DoorDiagnostics : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk makes it.")
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    /// The self-test: `[{name, ok, detail}]`, in the order run.
    Q_PROPERTY(QVariantList checks READ checks NOTIFY checksChanged)
    Q_PROPERTY(int brokerRttMs READ brokerRttMs NOTIFY changed) ///< -1 until measured
    Q_PROPERTY(QString certificateSubject READ certificateSubject NOTIFY changed)
    Q_PROPERTY(double certificateExpires READ certificateExpires NOTIFY changed) ///< ms; 0
    Q_PROPERTY(QString thing READ thing NOTIFY changed)
    Q_PROPERTY(double shadowVersion READ shadowVersion NOTIFY changed)
    Q_PROPERTY(QString firmware READ firmware NOTIFY changed)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    Q_PROPERTY(QString broker READ broker CONSTANT) ///< host:port
    /// The newest messages the tablet heard: `[{at (ms), topic, bytes}]`, newest first.
    Q_PROPERTY(QVariantList lastMessages READ lastMessages NOTIFY messagesChanged)
    Q_PROPERTY(QString logTail READ logTail NOTIFY changed)
    Q_PROPERTY(bool sending READ sending NOTIFY changed)
    Q_PROPERTY(QString sendError READ sendError NOTIFY changed)
    /// The case code to read to support once the report is sent ("" when an agent already
    /// holds the case: the report joined it).
    Q_PROPERTY(QString caseCode READ caseCode NOTIFY changed)
    Q_PROPERTY(bool sent READ sent NOTIFY changed)

public:
    explicit DoorDiagnostics(DoorTablet *tablet, QObject *parent = nullptr);
    ~DoorDiagnostics() override;

    bool checking() const { return m_probe != nullptr; }
    QVariantList checks() const { return m_checks; }
    int brokerRttMs() const { return m_rttMs; }
    QString certificateSubject() const { return m_subject; }
    double certificateExpires() const { return double(m_expires); }
    QString thing() const;
    double shadowVersion() const;
    QString firmware() const;
    QString appVersion() const;
    QString broker() const;
    QVariantList lastMessages() const { return m_messages; }
    QString logTail() const;
    bool sending() const { return m_sending; }
    QString sendError() const { return m_sendError; }
    QString caseCode() const { return m_caseCode; }
    bool sent() const { return m_sent; }

    /// Runs the self-test again (the broker's handshake included).
    Q_INVOKABLE void refresh();
    /// Sends the report to support (paired and connected only).
    Q_INVOKABLE void sendReport();
    /// The report as sent: `{"format":"larder-door-report/1", …}`, compact JSON.
    QByteArray report() const;

    static constexpr int maxMessages = 20;
    static constexpr int logLines = 40;
    static constexpr int probeTimeoutMs = 5000;
    /// A certificate expiring sooner than this fails the self-test.
    static constexpr qint64 expiryWarningDays = 30;

signals:
    void changed();
    /// Apart from `changed`: lists a view re-creates when they change.
    void checksChanged();
    void messagesChanged();

private:
    void follow();
    void readCertificate();
    void probeBroker();
    void finishChecks(const QString &brokerDetail, bool brokerOk);
    /// The self-test's list from what is known now (the broker's handshake as last measured).
    void updateChecks();
    void sendFailed(const QString &why);

    DoorTablet *m_tablet;
    QPointer<mqtt::MqttClient> m_followed;
    QPointer<fridge::FridgeController> m_followedFridge;
    bool m_brokerChecked = false;
    bool m_brokerOk = false;
    QString m_brokerDetail;
    QVariantList m_checks;
    int m_rttMs = -1;
    QString m_subject;
    qint64 m_expires = 0; ///< ms
    QVariantList m_messages;
    QSslSocket *m_probe = nullptr;
    QElapsedTimer m_probeTimer;
    bool m_sending = false;
    QString m_sendError;
    QString m_caseCode;
    bool m_sent = false;
};

} // namespace larder::kiosk

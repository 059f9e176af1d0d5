// SPDX-License-Identifier: MIT
#pragma once

#include "larder-cloud/cluster/Throttle.h"

#include "common/ProvisioningRoutes.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace larder::mqtt {
class MqttClient;
}

namespace larder::cloud {

class CertificateStore;
class CloudStore;
class Pki;

/// Fleet provisioning by claim, as AWS IoT does it (PROTOCOLS.md section 2): a claim
/// certificate's CSR becomes a certificate in PENDING_ACTIVATION with a one-hour ownership
/// token; RegisterThing with that token and the fridge's serial and model (checked against the
/// factory's reference table, and against the serial the claim was made for) attaches it to the
/// thing named by the serial. Pairing activates it later. Pending certificates are removed
/// after their window.
class ProvisioningService : public QObject
{
    Q_OBJECT
public:
    ProvisioningService(mqtt::MqttClient *client, CertificateStore *certificates, CloudStore *store,
                        const Pki *pki, QObject *parent = nullptr);

    void start();
    /// How long an ownership token is valid (AWS: one hour).
    void setTokenLifetime(qint64 seconds) { m_tokenLifetime = seconds; }
    /// How long an unpaired certificate may stay pending before it is removed.
    void setPendingWindow(qint64 seconds) { m_pendingWindow = seconds; }

    static QString templateName();

private:
    void onMessage(const QByteArray &payload, const QString &topic);
    void createFromCsr(const routes::Request &request, const QJsonObject &body);
    void registerThing(const routes::Request &request, const QString &templateName,
                       const QJsonObject &body);
    void accept(const routes::Request &request, const QJsonObject &body);
    void reject(const routes::Request &request, int status, const QString &code,
                const QString &message);
    void sweep();

    mqtt::MqttClient *m_client;
    CertificateStore *m_certificates;
    CloudStore *m_store;
    const Pki *m_pki;
    qint64 m_tokenLifetime = 3600;
    qint64 m_pendingWindow = 24 * 3600;
    QTimer m_sweep;
    /// Certificates a claim may mint: a fridge provisions once, and retries a few times at most.
    Throttle m_minted; ///< certificates per claim: 10 an hour
};

} // namespace larder::cloud

// SPDX-License-Identifier: MIT
#include "ProvisioningService.h"
#include "CertificateStore.h"

#include "common/Pki.h"
#include "larder-cloud/CloudStore.h"
#include "mqtt/MqttClient.h"
#include "provisioning/ProvisioningTopics.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcProvisioning, "larder.provisioning", QtInfoMsg)

namespace larder::cloud {

namespace {
QByteArray hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

ProvisioningService::ProvisioningService(mqtt::MqttClient *client, CertificateStore *certificates,
                                         CloudStore *store, const Pki *pki, QObject *parent)
    : QObject(parent), m_client(client), m_certificates(certificates), m_store(store), m_pki(pki),
      m_minted(QStringLiteral("provisioning.minted"), 10, 3600, store->connectionName())
{
    connect(m_client, &mqtt::MqttClient::messageReceived, this, &ProvisioningService::onMessage);
    m_sweep.setInterval(60'000);
    connect(&m_sweep, &QTimer::timeout, this, &ProvisioningService::sweep);
}

QString ProvisioningService::templateName()
{
    return provisioning::topics::templateName();
}

void ProvisioningService::start()
{
    for (const QString &filter : routes::requestFilters())
        m_client->subscribe(filter, 1);
    sweep();
    m_sweep.start();
}

void ProvisioningService::onMessage(const QByteArray &payload, const QString &topic)
{
    const auto request = routes::parseRequest(topic);
    if (!request)
        return;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
    if (payload.size() > 64 * 1024 || !doc.isObject()) {
        reject(*request, 400, QStringLiteral("InvalidPayload"),
               QStringLiteral("The request is not a JSON object"));
        return;
    }
    if (request->awsTopic == provisioning::topics::createFromCsr()) {
        createFromCsr(*request, doc.object());
        return;
    }
    const QStringList parts = request->awsTopic.split(u'/'); // $aws/provisioning-templates/T/…
    registerThing(*request, parts.value(2), doc.object());
}

void ProvisioningService::createFromCsr(const routes::Request &request, const QJsonObject &body)
{
    const auto claim = m_certificates->byCn(request.identity);
    if (!claim || claim->status != QLatin1String(CertificateStore::claim)) {
        reject(request, 403, QStringLiteral("Forbidden"),
               QStringLiteral("Only a claim certificate may create certificates"));
        return;
    }
    const qint64 at = QDateTime::currentSecsSinceEpoch();
    if (m_minted.blocked(claim->id, at)) {
        reject(request, 429, QStringLiteral("ThrottlingException"),
               QStringLiteral("Rate exceeded: this claim certificate has asked for too many "
                              "certificates; try again later"));
        return;
    }
    m_minted.fail(claim->id, at);
    const QString csr = body.value(u"certificateSigningRequest").toString();
    QByteArray pem;
    QString id, why;
    const QString cn =
        QStringLiteral("lc-") +
        QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)
                                .rightJustified(16, '0'));
    if (!m_pki->signRequest(csr.toUtf8(), cn, &pem, &id, &why)) {
        reject(request, 400, QStringLiteral("InvalidCertificateSigningRequest"), why);
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString token = randomToken(48);
    if (!m_certificates->add({id,
                              cn,
                              QString::fromLatin1(CertificateStore::pending),
                              {},
                              QStringLiteral("kiosk"),
                              claim->serial,
                              now,
                              Pki::notAfter(pem)}) ||
        !m_certificates->setOwnershipToken(id, hashOf(token), now + m_tokenLifetime)) {
        reject(request, 500, QStringLiteral("InternalFailure"),
               QStringLiteral("Internal service failure"));
        return;
    }
    qCInfo(lcProvisioning) << "certificate" << id.left(12) << "for" << claim->serial
                           << "is pending activation";
    accept(request, {{QStringLiteral("certificateId"), id},
                     {QStringLiteral("certificatePem"), QString::fromLatin1(pem)},
                     {QStringLiteral("certificateOwnershipToken"), token}});
}

void ProvisioningService::registerThing(const routes::Request &request, const QString &templateName,
                                        const QJsonObject &body)
{
    if (templateName != ProvisioningService::templateName()) {
        reject(request, 404, QStringLiteral("ResourceNotFound"),
               QStringLiteral("No provisioning template named %1").arg(templateName));
        return;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auto certificate = m_certificates->byOwnershipToken(
        hashOf(body.value(u"certificateOwnershipToken").toString()), now);
    if (!certificate) {
        reject(request, 400, QStringLiteral("InvalidCertificateOwnershipToken"),
               QStringLiteral("The certificate ownership token is invalid, used or expired"));
        return;
    }
    const QJsonObject parameters = body.value(u"parameters").toObject();
    const QString serial = parameters.value(u"SerialNumber").toString();
    const QString model = parameters.value(u"ModelNumber").toString();
    const auto reference = m_certificates->reference(serial);
    if (serial.isEmpty() || model.isEmpty() || !reference) {
        reject(request, 400, QStringLiteral("InvalidParameters"),
               QStringLiteral("Unknown serial number '%1'").arg(serial));
        return;
    }
    if (reference->first != model) {
        reject(request, 400, QStringLiteral("InvalidParameters"),
               QStringLiteral("Serial number %1 is not a %2").arg(serial, model));
        return;
    }
    if (certificate->serial != serial) {
        reject(request, 403, QStringLiteral("Forbidden"),
               QStringLiteral("This claim certificate was made for another fridge"));
        return;
    }
    QString error;
    if (!m_store->registerThing(serial, &error) ||
        !m_certificates->attach(certificate->id, serial)) {
        reject(request, 500, QStringLiteral("InternalFailure"), error);
        return;
    }
    qCInfo(lcProvisioning) << "thing" << serial << "provisioned; waiting for pairing";
    accept(request, {{QStringLiteral("thingName"), serial},
                     {QStringLiteral("deviceConfiguration"), QJsonObject{}}});
}

void ProvisioningService::accept(const routes::Request &request, const QJsonObject &body)
{
    m_client->publish(routes::answerTopic(request, QStringLiteral("accepted")),
                      QJsonDocument(body).toJson(QJsonDocument::Compact), 1);
}

void ProvisioningService::reject(const routes::Request &request, int status, const QString &code,
                                 const QString &message)
{
    qCInfo(lcProvisioning) << "rejected" << request.awsTopic << "from" << request.identity << code
                           << message;
    m_client->publish(routes::answerTopic(request, QStringLiteral("rejected")),
                      QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), status},
                                                {QStringLiteral("errorCode"), code},
                                                {QStringLiteral("errorMessage"), message}})
                          .toJson(QJsonDocument::Compact),
                      1);
}

void ProvisioningService::sweep()
{
    const int removed =
        m_certificates->removePendingBefore(QDateTime::currentSecsSinceEpoch() - m_pendingWindow);
    if (removed > 0)
        qCInfo(lcProvisioning) << "removed" << removed << "unpaired pending certificates";
}

} // namespace larder::cloud

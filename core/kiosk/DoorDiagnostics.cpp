// SPDX-License-Identifier: MIT
#include "DoorDiagnostics.h"
#include "DoorTablet.h"

#include "common/Guarded.h"
#include "diagnostics/LogTail.h"
#include "fridge/FridgeController.h"
#include "media/ObjectSender.h"
#include "mqtt/MqttClient.h"
#include "mqtt/MqttRequests.h"
#include "shadow/ShadowClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>

namespace larder::kiosk {

namespace {
QVariantMap check(const QString &name, bool ok, const QString &detail)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("detail"), detail}};
}
} // namespace

DoorDiagnostics::DoorDiagnostics(DoorTablet *tablet, QObject *parent)
    : QObject(parent), m_tablet(tablet)
{
    connect(m_tablet, &DoorTablet::stateChanged, this, [this] {
        follow();
        updateChecks();
        emit changed();
    });
    follow();
    readCertificate();
}

DoorDiagnostics::~DoorDiagnostics() = default;

QString DoorDiagnostics::thing() const
{
    return m_tablet->thing();
}

double DoorDiagnostics::shadowVersion() const
{
    const auto *fridge = m_tablet->fridge();
    return fridge && fridge->shadowClient() ? double(fridge->shadowClient()->version()) : 0;
}

QString DoorDiagnostics::firmware() const
{
    return m_tablet->fridge() ? m_tablet->fridge()->firmware() : QString();
}

QString DoorDiagnostics::appVersion() const
{
    return QCoreApplication::applicationVersion();
}

QString DoorDiagnostics::broker() const
{
    return QStringLiteral("%1:%2").arg(m_tablet->host()).arg(m_tablet->port());
}

QString DoorDiagnostics::logTail() const
{
    return diagnostics::logtail::technicalLines(logLines).join(u'\n');
}

void DoorDiagnostics::follow()
{
    // The fridge's shadow: its version and firmware on screen, the self-test's last check.
    if (fridge::FridgeController *fridge = m_tablet->fridge(); fridge != m_followedFridge) {
        if (m_followedFridge)
            disconnect(m_followedFridge, nullptr, this, nullptr);
        m_followedFridge = fridge;
        if (fridge && fridge->shadowClient())
            connect(fridge->shadowClient(), &shadow::ShadowClient::versionChanged, this, [this] {
                if (m_checks.isEmpty() ||
                    !m_checks.last().toMap().value(QStringLiteral("ok")).toBool())
                    updateChecks();
                else
                    emit changed();
            });
    }
    mqtt::MqttClient *client = m_tablet->deviceClient();
    if (client == m_followed)
        return;
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = client;
    if (!client)
        return;
    connect(client, &mqtt::MqttClient::messageReceived, this,
            [this](const QByteArray &payload, const QString &topic) {
                m_messages.prepend(
                    QVariantMap{{QStringLiteral("at"), double(QDateTime::currentMSecsSinceEpoch())},
                                {QStringLiteral("topic"), topic},
                                {QStringLiteral("bytes"), int(payload.size())}});
                while (m_messages.size() > maxMessages)
                    m_messages.removeLast();
                emit messagesChanged();
            });
}

void DoorDiagnostics::readCertificate()
{
    // The tablet's own certificate once it has one; the factory's claim certificate before.
    const QString own = m_tablet->certificatePath();
    const QString path =
        QFile::exists(own) ? own : own.section(u'/', 0, -2) + QStringLiteral("/claim.cert.pem");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path);
    if (certificates.isEmpty()) {
        m_subject.clear();
        m_expires = 0;
        return;
    }
    const QSslCertificate &certificate = certificates.first();
    m_subject = certificate.subjectDisplayName();
    m_expires = certificate.expiryDate().toMSecsSinceEpoch();
}

void DoorDiagnostics::refresh()
{
    if (m_probe)
        return;
    readCertificate();
    probeBroker();
    emit changed();
}

void DoorDiagnostics::probeBroker()
{
    // A TLS handshake with the broker, as the tablet itself: the broker asks for a client
    // certificate, so the tablet's (or, before it has one, the claim's) goes along. The time
    // to an encrypted channel is TCP's round trip and TLS's.
    const QString own = m_tablet->certificatePath();
    const bool provisioned = QFile::exists(own);
    const QString dir = own.section(u'/', 0, -2);
    const QString cert = provisioned ? own : dir + QStringLiteral("/claim.cert.pem");
    const QString key = provisioned ? dir + QStringLiteral("/device.key.pem")
                                    : dir + QStringLiteral("/claim.key.pem");
    m_probe = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_tablet->caPath()));
    m_probe->setSslConfiguration(tls);
    const QList<QSslCertificate> local = QSslCertificate::fromPath(cert);
    QFile keyFile(key);
    if (!local.isEmpty() && keyFile.open(QIODevice::ReadOnly)) {
        m_probe->setLocalCertificate(local.first());
        m_probe->setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    }
    m_probe->setPeerVerifyName(m_tablet->host());
    connect(m_probe, &QSslSocket::encrypted, this, [this] {
        m_rttMs = int(m_probeTimer.elapsed());
        finishChecks(tr("Reached %1 in %2 ms (TLS handshake).").arg(broker()).arg(m_rttMs), true);
    });
    connect(m_probe, &QSslSocket::errorOccurred, this, [this] {
        m_rttMs = -1;
        finishChecks(tr("%1 did not answer: %2").arg(broker(), m_probe->errorString()), false);
    });
    QTimer::singleShot(probeTimeoutMs, m_probe, [this] {
        m_rttMs = -1;
        finishChecks(tr("%1 did not answer within %2 s.").arg(broker()).arg(probeTimeoutMs / 1000),
                     false);
    });
    m_probeTimer.start();
    m_probe->connectToHostEncrypted(m_tablet->host(), quint16(m_tablet->port()));
}

void DoorDiagnostics::finishChecks(const QString &brokerDetail, bool brokerOk)
{
    if (!m_probe)
        return;
    // Taken first, its signals cut: aborting may report an error at once, which must not
    // finish the checks a second time.
    QSslSocket *probe = std::exchange(m_probe, nullptr);
    probe->disconnect(this);
    probe->abort();
    probe->deleteLater();
    m_brokerChecked = true;
    m_brokerOk = brokerOk;
    m_brokerDetail = brokerDetail;
    updateChecks();
}

void DoorDiagnostics::updateChecks()
{
    if (!m_brokerChecked)
        return; // the self-test has not run yet
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Whole days to the expiry date, as a calendar counts them ("until 7 Dec 2027").
    const qint64 daysLeft = QDateTime::currentDateTime().date().daysTo(
        QDateTime::fromMSecsSinceEpoch(m_expires).date());
    const bool connected = m_followed && m_followed->state() == mqtt::MqttClient::Connected;
    const QVariantList checks{
        check(tr("Certificate"), m_expires > 0 && daysLeft >= expiryWarningDays,
              m_expires == 0 ? tr("No certificate could be read.")
              : m_expires < now
                  ? tr("%1 expired on %2.")
                        .arg(m_subject,
                             QDateTime::fromMSecsSinceEpoch(m_expires).date().toString(Qt::ISODate))
                  : tr("%1, valid for %2 more days.").arg(m_subject).arg(daysLeft)),
        check(tr("Broker"), m_brokerOk, m_brokerDetail),
        check(tr("Connection"), connected,
              connected
                  ? tr("Connected as the door tablet.")
                  : tr("Not connected: %1")
                        .arg(m_followed && !m_followed->error().isEmpty() ? m_followed->error()
                                                                          : tr("no identity yet"))),
        check(tr("Pairing"), m_tablet->state() == DoorTablet::Paired,
              m_tablet->state() == DoorTablet::Paired ? tr("Paired with %1.").arg(thing())
                                                      : tr("Not paired with a family yet.")),
        check(tr("Fridge"), shadowVersion() > 0,
              shadowVersion() > 0 ? tr("Shadow version %1, firmware %2.")
                                        .arg(qint64(shadowVersion()))
                                        .arg(firmware().isEmpty() ? tr("unknown") : firmware())
                                  : tr("No shadow received yet.")),
    };
    // Only a change is told: a view re-creates the rows.
    if (checks != m_checks) {
        m_checks = checks;
        emit checksChanged();
    }
    emit changed();
}

QByteArray DoorDiagnostics::report() const
{
    QJsonArray checks;
    for (const QVariant &c : m_checks)
        checks.append(QJsonObject::fromVariantMap(c.toMap()));
    QJsonArray messages;
    for (const QVariant &m : m_messages)
        messages.append(QJsonObject::fromVariantMap(m.toMap()));
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("format"), QStringLiteral("larder-door-report/1")},
                   {QStringLiteral("thingName"), thing()},
                   {QStringLiteral("appVersion"), appVersion()},
                   {QStringLiteral("generatedAt"), double(QDateTime::currentMSecsSinceEpoch())},
                   {QStringLiteral("broker"), broker()},
                   {QStringLiteral("brokerRttMs"), m_rttMs},
                   {QStringLiteral("certificate"),
                    QJsonObject{{QStringLiteral("subject"), m_subject},
                                {QStringLiteral("expiresAt"), double(m_expires)}}},
                   {QStringLiteral("shadowVersion"), shadowVersion()},
                   {QStringLiteral("firmware"), firmware()},
                   {QStringLiteral("checks"), checks},
                   {QStringLiteral("lastMessages"), messages},
                   {QStringLiteral("log"),
                    QJsonArray::fromStringList(diagnostics::logtail::technicalLines())}})
        .toJson(QJsonDocument::Compact);
}

void DoorDiagnostics::sendReport()
{
    mqtt::MqttClient *client = m_tablet->deviceClient();
    if (m_sending)
        return;
    if (m_tablet->state() != DoorTablet::Paired || !client ||
        client->state() != mqtt::MqttClient::Connected)
        return sendFailed(tr("The door is not connected to Larder: the report cannot go now. "
                             "The self-test above says why."));
    m_sending = true;
    m_sent = false;
    m_sendError.clear();
    m_caseCode.clear();
    emit changed();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_tablet->caPath()));
    auto *sender = new media::ObjectSender(client, thing(), tls, this);
    sender->send(
        {QStringLiteral("diagnostic"), QStringLiteral("application/json"), report()},
        [this, sender, client = QPointer(client)](const QString &key, const QString &sha256,
                                                  const QString &why) {
            sender->deleteLater();
            if (key.isEmpty())
                return sendFailed(tr("The report could not be uploaded: %1").arg(why));
            if (!client)
                return sendFailed(tr("The door lost its connection; try again."));
            auto *requests = new mqtt::MqttRequests(
                client, QStringLiteral("larder/things/%1/support/request").arg(thing()), this);
            requests->request({{QStringLiteral("op"), QStringLiteral("report")},
                               {QStringLiteral("key"), key},
                               {QStringLiteral("sha256"), sha256}},
                              guarded(this, [this, requests](const api::ApiResult &answer) {
                                  requests->deleteLater();
                                  if (!answer.ok)
                                      return sendFailed(answer.message);
                                  m_sending = false;
                                  m_sent = true;
                                  m_caseCode = answer.body.value(u"caseCode").toString();
                                  emit changed();
                              }));
        });
}

void DoorDiagnostics::sendFailed(const QString &why)
{
    m_sending = false;
    m_sendError = why;
    emit changed();
}

} // namespace larder::kiosk

// SPDX-License-Identifier: MIT
#include "CloudHttp.h"

#include <QProcess>

#include "CloudFixture.h"
#include "pairing/PairingPayload.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

CloudHttp::CloudHttp(const CloudFixture &cloud) : m_cloud(cloud)
{
    QFile file(cloud.profilePath());
    if (file.open(QIODevice::ReadOnly))
        m_profile = QJsonDocument::fromJson(file.readAll()).object();
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setCaCertificates(QSslCertificate::fromPath(m_profile.value(u"caFile").toString()));
}

namespace {
/// Waits in an event loop that runs until @p reply is done (QTest::qWaitFor sleeps 10 ms between
/// turns, which would hold a large body to a few MB/s).
void finish(QNetworkReply *reply, int ms)
{
    if (!reply->isFinished())
        (void)QSignalSpy(reply, &QNetworkReply::finished).wait(ms);
}
} // namespace

CloudHttp::Answer CloudHttp::send(const QByteArray &method, const QString &url,
                                  const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl(url)};
    request.setSslConfiguration(m_tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    for (int attempt = 0;; ++attempt) {
        QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
        finish(reply, 15000);
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object(),
                      reply->rawHeader("x-larder-instance")};
        reply->deleteLater();
        // A polite client waits when the edge throttles it (50 requests/s per address).
        if (answer.status != 429 || !m_backOff || attempt == 10)
            return answer;
        QTest::qWait(100);
    }
}

CloudHttp::Raw CloudHttp::raw(const QByteArray &method, const QString &url, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request{QUrl::fromEncoded(url.toUtf8(), QUrl::StrictMode)};
    request.setSslConfiguration(m_tls);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
    finish(reply, 30000);
    Raw answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
               reply->rawHeader("Content-Type"), reply->rawHeader("ETag")};
    reply->deleteLater();
    return answer;
}

std::unique_ptr<QSslSocket> CloudHttp::connectTo(const QString &url) const
{
    const QUrl parsed(url);
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(m_tls);
    socket->connectToHostEncrypted(parsed.host(), quint16(parsed.port(443)));
    socket->waitForEncrypted(5000);
    return socket;
}

QByteArray CloudHttp::requestHead(const QByteArray &method, const QString &url, qint64 bodySize,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const qsizetype pathAt = url.indexOf(u'/', url.indexOf(QStringLiteral("//")) + 2);
    QByteArray head = method + ' ' + url.mid(pathAt).toUtf8() +
                      " HTTP/1.1\r\nHost: " + QUrl(url).authority().toUtf8() +
                      "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(bodySize) +
                      "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

CloudHttp::Raw CloudHttp::verbatim(const QByteArray &method, const QString &url,
                                   const QByteArray &body,
                                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const auto socket = connectTo(url);
    if (!socket->isEncrypted())
        return {};
    socket->write(requestHead(method, url, body.size(), headers) + body);
    Raw answer;
    (void)QTest::qWaitFor([&] { return socket->canReadLine(); }, 30000);
    const QList<QByteArray> status = socket->readLine().split(' ');
    answer.status = status.value(1).toInt();
    (void)QTest::qWaitFor([&] { return socket->state() != QAbstractSocket::ConnectedState; }, 5000);
    answer.body = socket->readAll();
    return answer;
}

CloudHttp::Answer CloudHttp::cognito(const QString &operation, QJsonObject request, bool withClient)
{
    if (withClient && !request.contains(u"ClientId"))
        request.insert(QStringLiteral("ClientId"), m_profile.value(u"appClientId"));
    return send("POST", m_profile.value(u"identityEndpoint").toString() + u'/',
                QJsonDocument(request).toJson(QJsonDocument::Compact),
                {{"Content-Type", "application/x-amz-json-1.1"},
                 {"X-Amz-Target", "AWSCognitoIdentityProviderService." + operation.toLatin1()}});
}

CloudHttp::Answer CloudHttp::api(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, const QString &idToken)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    if (!idToken.isEmpty())
        headers.append({"Authorization", idToken.toLatin1()});
    return send(method, m_profile.value(u"apiBaseUrl").toString() + path,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact),
                headers);
}

CloudHttp::Answer CloudHttp::get(const QString &absolutePath)
{
    return send("GET", m_profile.value(u"identityEndpoint").toString() + absolutePath, {}, {});
}

QString CloudHttp::latestCode(const QString &email) const
{
    QDir outbox(m_cloud.dataDir() + QStringLiteral("/outbox"));
    const QStringList files =
        outbox.entryList({u'*' + email + QStringLiteral(".eml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    QFile file(outbox.filePath(files.last()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QRegularExpression(QStringLiteral("code is (\\d{6})"))
        .match(QString::fromUtf8(file.readAll()))
        .captured(1);
}

CloudHttp::Answer CloudHttp::pair(const larder::pairing::PairingPayload &label,
                                  const QString &familyId, const QString &deviceName,
                                  const QString &idToken)
{
    return api("POST", QStringLiteral("/registration"),
               {{"familyId", familyId},
                {"deviceId", label.serial},
                {"deviceName", deviceName},
                {"modelNumber", label.model},
                {"pairingSecret", label.secret}},
               idToken);
}

QJsonObject CloudHttp::listItem(const QString &listPath, const QString &id, const QString &idToken)
{
    QString next = QStringLiteral("0");
    while (!next.isEmpty()) { // every page: a list may be long
        const Answer page =
            api("GET", listPath + QStringLiteral("?since=%1&limit=500").arg(next), {}, idToken);
        for (const QJsonValue &entry : page.body.value(QStringLiteral("items")).toArray())
            if (entry.toObject().value(QStringLiteral("id")).toString() == id)
                return entry.toObject();
        next = page.body.value(QStringLiteral("next")).toString();
    }
    return {};
}

QHash<QString, QString> CloudHttp::signedInAccounts(const QStringList &who)
{
    QHash<QString, QString> tokens;
    for (const QString &name : who) {
        const QString email = name + QStringLiteral("@example.com");
        const QString password = QStringLiteral("Fridge-%1-2026X").arg(name);
        const QString token = createAccount(email, password)
                                  ? signIn(email, password).value(u"IdToken").toString()
                                  : QString();
        if (token.isEmpty())
            return {};
        tokens.insert(name, token);
    }
    return tokens;
}

QString CloudHttp::signedInStaff(const QString &email)
{
    const QString password = QStringLiteral("Support-Desk-2026");
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LARDER_STAFF_PASSWORD"), password);
    tool.setProcessEnvironment(env);
    tool.start(CloudFixture::binary(QStringLiteral("larder-cloud")),
               QStringList{QStringLiteral("add-staff"), QStringLiteral("--email"), email} +
                   m_cloud.toolArguments());
    if (!tool.waitForFinished(15000) || tool.exitCode() != 0)
        return {};
    return signIn(email, password).value(u"IdToken").toString();
}

QString CloudHttp::createFamily(const QString &name, const QString &ownerToken,
                                const QStringList &memberTokens)
{
    QString family =
        api("POST", QStringLiteral("/families"), {{QStringLiteral("name"), name}}, ownerToken)
            .body.value(u"familyId")
            .toString();
    for (const QString &member : memberTokens) {
        const Answer invite =
            api("POST", QStringLiteral("/families/%1/invitations").arg(family), {}, ownerToken);
        if (api("POST", QStringLiteral("/families/join"),
                {{QStringLiteral("code"), invite.body.value(u"code")}}, member)
                .status != 200)
            return {};
    }
    return family;
}

bool CloudHttp::neighbours(Neighbours *out)
{
    out->tokens = signedInAccounts({QStringLiteral("ann"), QStringLiteral("eve")});
    if (out->tokens.isEmpty())
        return false;
    out->home = createFamily(QStringLiteral("Home"), out->tokens.value(QStringLiteral("ann")));
    out->nextDoor =
        createFamily(QStringLiteral("Next door"), out->tokens.value(QStringLiteral("eve")));
    return !out->home.isEmpty() && !out->nextDoor.isEmpty();
}

bool CloudHttp::createAccount(const QString &email, const QString &password)
{
    const QJsonArray attributes{QJsonObject{{QStringLiteral("Name"), QStringLiteral("email")},
                                            {QStringLiteral("Value"), email}}};
    const Answer up =
        cognito(QStringLiteral("SignUp"), {{QStringLiteral("Username"), email},
                                           {QStringLiteral("Password"), password},
                                           {QStringLiteral("UserAttributes"), attributes}});
    return up.status == 200 && cognito(QStringLiteral("ConfirmSignUp"),
                                       {{QStringLiteral("Username"), email},
                                        {QStringLiteral("ConfirmationCode"), latestCode(email)}})
                                       .status == 200;
}

QJsonObject CloudHttp::signIn(const QString &email, const QString &password, Answer *answer)
{
    const Answer result = cognito(
        QStringLiteral("InitiateAuth"),
        {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
         {QStringLiteral("AuthParameters"), QJsonObject{{QStringLiteral("USERNAME"), email},
                                                        {QStringLiteral("PASSWORD"), password}}}});
    if (answer)
        *answer = result;
    return result.body.value(u"AuthenticationResult").toObject();
}

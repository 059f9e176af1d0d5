// SPDX-License-Identifier: MIT
#include "CognitoClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>

namespace larder::auth {

CognitoClient::CognitoClient(QNetworkAccessManager *network, const QString &endpoint,
                             const QString &clientId, const QString &caFile, QObject *parent)
    : QObject(parent), m_network(network), m_endpoint(endpoint), m_clientId(clientId),
      m_tls(QSslConfiguration::defaultConfiguration())
{
    if (!caFile.isEmpty()) // the local cloud's own CA; AWS uses the system's trust store
        m_tls.setCaCertificates(QSslCertificate::fromPath(caFile));
}

QString CognitoClient::describe(const QString &type, const QString &message)
{
    if (type == u"NotAuthorizedException")
        return message.contains(u"Incorrect") ? tr("The e-mail address or the password is wrong.")
                                              : tr("Your session has ended. Please sign in again.");
    if (type == u"UserNotConfirmedException")
        return tr("Confirm your e-mail address first: enter the code we sent you.");
    if (type == u"UsernameExistsException")
        return tr("There is already an account with this e-mail address. Sign in instead.");
    if (type == u"InvalidPasswordException")
        return tr("Choose a stronger password: at least 8 characters with upper- and lower-case "
                  "letters and a "
                  "number, and not a common one.");
    if (type == u"CodeMismatchException")
        return tr("That code is not right. Check the e-mail and try again.");
    if (type == u"ExpiredCodeException")
        return tr("That code has expired. Ask for a new one.");
    if (type == u"TooManyRequestsException" || type == u"LimitExceededException")
        return tr("Too many attempts. Wait a few minutes, then try again.");
    if (type == u"UserNotFoundException")
        return tr("There is no account with this e-mail address.");
    if (type == u"InvalidParameterException") {
        // The pool's own detail is English: in another language, the sentence without it.
        const char *generic = QT_TR_NOOP("Check what you entered.");
        const QString translated = tr(generic);
        return translated != QLatin1String(generic) ? translated
                                                    : tr("Check what you entered: %1").arg(message);
    }
    if (type == u"NetworkError")
        return tr("Larder cannot be reached. Check your internet connection and try again.");
    return tr("Something went wrong on our side (%1). Please try again.")
        .arg(type.isEmpty() ? message : type);
}

void CognitoClient::call(const QString &operation, QJsonObject request, Callback done,
                         bool withClient)
{
    if (withClient)
        request.insert(QStringLiteral("ClientId"), m_clientId);
    QNetworkRequest http{QUrl(m_endpoint + u'/')};
    http.setSslConfiguration(m_tls);
    http.setTransferTimeout(m_transferTimeoutMs);
    http.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-amz-json-1.1"));
    http.setRawHeader("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation.toLatin1());
    QNetworkReply *reply =
        m_network->post(http, QJsonDocument(request).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        AuthResult result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 0) {
            result.errorType = QStringLiteral("NetworkError");
            result.message = describe(result.errorType, reply->errorString());
        } else if (status != 200) {
            QString type = result.body.value(u"__type").toString();
            type = type.section(u'#', -1); // AWS may prefix a namespace
            result.errorType = type;
            result.message = describe(type, result.body.value(u"message").toString());
        } else {
            result.ok = true;
        }
        done(result);
    });
}

namespace {
QJsonObject attribute(const QString &name, const QString &value)
{
    return {{QStringLiteral("Name"), name}, {QStringLiteral("Value"), value}};
}
} // namespace

void CognitoClient::signUp(const QString &email, const QString &password, const QString &name,
                           Callback done)
{
    QJsonArray attributes{attribute(QStringLiteral("email"), email.trimmed())};
    if (!name.simplified().isEmpty())
        attributes.append(attribute(QStringLiteral("name"), name.simplified()));
    call(QStringLiteral("SignUp"),
         {{QStringLiteral("Username"), email.trimmed()},
          {QStringLiteral("Password"), password},
          {QStringLiteral("UserAttributes"), attributes}},
         std::move(done));
}

void CognitoClient::updateName(const QString &accessToken, const QString &name, Callback done)
{
    call(QStringLiteral("UpdateUserAttributes"),
         {{QStringLiteral("AccessToken"), accessToken},
          {QStringLiteral("UserAttributes"),
           QJsonArray{attribute(QStringLiteral("name"), name.simplified())}}},
         std::move(done), false);
}

void CognitoClient::confirmSignUp(const QString &email, const QString &code, Callback done)
{
    call(QStringLiteral("ConfirmSignUp"),
         {{QStringLiteral("Username"), email.trimmed()},
          {QStringLiteral("ConfirmationCode"), code.trimmed()}},
         std::move(done));
}

void CognitoClient::resendCode(const QString &email, Callback done)
{
    call(QStringLiteral("ResendConfirmationCode"), {{QStringLiteral("Username"), email.trimmed()}},
         std::move(done));
}

void CognitoClient::signIn(const QString &email, const QString &password, Callback done)
{
    call(QStringLiteral("InitiateAuth"),
         {{QStringLiteral("AuthFlow"), QStringLiteral("USER_PASSWORD_AUTH")},
          {QStringLiteral("AuthParameters"),
           QJsonObject{{QStringLiteral("USERNAME"), email.trimmed()},
                       {QStringLiteral("PASSWORD"), password}}}},
         std::move(done));
}

void CognitoClient::refresh(const QString &refreshToken, Callback done)
{
    call(QStringLiteral("InitiateAuth"),
         {{QStringLiteral("AuthFlow"), QStringLiteral("REFRESH_TOKEN_AUTH")},
          {QStringLiteral("AuthParameters"),
           QJsonObject{{QStringLiteral("REFRESH_TOKEN"), refreshToken}}}},
         std::move(done));
}

void CognitoClient::globalSignOut(const QString &accessToken, Callback done)
{
    call(QStringLiteral("GlobalSignOut"), {{QStringLiteral("AccessToken"), accessToken}},
         std::move(done), false);
}

void CognitoClient::forgotPassword(const QString &email, Callback done)
{
    call(QStringLiteral("ForgotPassword"), {{QStringLiteral("Username"), email.trimmed()}},
         std::move(done));
}

void CognitoClient::confirmForgotPassword(const QString &email, const QString &code,
                                          const QString &newPassword, Callback done)
{
    call(QStringLiteral("ConfirmForgotPassword"),
         {{QStringLiteral("Username"), email.trimmed()},
          {QStringLiteral("ConfirmationCode"), code.trimmed()},
          {QStringLiteral("Password"), newPassword}},
         std::move(done));
}

} // namespace larder::auth

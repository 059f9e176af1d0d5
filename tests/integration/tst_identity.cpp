// SPDX-License-Identifier: MIT
// The identity service against Amazon Cognito's user-pool API shapes, over real HTTPS on a
// live larder-cloud: every operation's success and error (`__type`) answers.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "larder-cloud/identity/Jwt.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signUpConfirmAndSignIn();
    void tokensAreCognitoShapedAndVerifiable();
    void refreshAndGlobalSignOut();
    void forgotAndResetPassword();
    void repeatedFailuresAreThrottled();
    void malformedAndForeignRequests();
    void staffAccountsCarryTheSupportGroup();
    void theSdkSignsUpWithANameAndChangesIt();
    void hostileNamesAreRefused();

private:
    using Answer = CloudHttp::Answer;
    Answer call(const QString &operation, const QJsonObject &request, bool withClient = true)
    {
        return m_http->cognito(operation, request, withClient);
    }
    Answer get(const QString &path) { return m_http->get(path); }
    QString latestCode(const QString &email) { return m_http->latestCode(email); }
    QJsonObject signIn(const QString &email, const QString &password, Answer *answer = nullptr)
    {
        return m_http->signIn(email, password, answer);
    }
    void createAccount(const QString &email, const QString &password)
    {
        QVERIFY(m_http->createAccount(email, password));
    }

    /// tests/conformance (ctest says where the sources are).
    static QString conformance()
    {
        return qEnvironmentVariable("LARDER_SOURCE_DIR") + "/tests/conformance";
    }
    /// tests/conformance/cognito-account.mjs in @p mode; its JSON line, or {} when it failed.
    QJsonObject sdk(const QString &mode, const QMap<QString, QString> &vars)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LARDER_COGNITO_ENDPOINT", m_profile.value("identityEndpoint").toString());
        env.insert("LARDER_COGNITO_CLIENT", m_clientId);
        env.insert("NODE_EXTRA_CA_CERTS", m_profile.value("caFile").toString());
        env.insert("NODE_NO_WARNINGS", "1");
        for (auto it = vars.begin(); it != vars.end(); ++it)
            env.insert(it.key(), it.value());
        QProcess node;
        node.setProcessEnvironment(env);
        node.start("node", {conformance() + "/cognito-account.mjs", mode});
        node.waitForFinished(60000);
        const QByteArray err = node.readAllStandardError();
        if (!err.isEmpty())
            qWarning("%s", err.constData());
        return node.exitCode() == 0 ? QJsonDocument::fromJson(node.readAllStandardOutput()).object()
                                    : QJsonObject();
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QJsonObject m_profile;
    QString m_clientId;
};

void TestIdentity::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    QVERIFY(m_http->isReady());
    m_profile = m_http->profile();
    m_clientId = m_profile.value("appClientId").toString();
    QVERIFY(m_profile.value("userPoolId").toString().startsWith("local_"));
    QVERIFY(m_profile.value("identityEndpoint").toString().startsWith("https://127.0.0.1:"));
    QVERIFY(m_profile.value("apiBaseUrl").toString().endsWith("/api"));
}

void TestIdentity::signUpConfirmAndSignIn()
{
    const QString email = "ann@example.com";
    const QJsonArray attributes{QJsonObject{{"Name", "email"}, {"Value", email}}};
    Answer weak = call(
        "SignUp", {{"Username", email}, {"Password", "short"}, {"UserAttributes", attributes}});
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.type(), QStringLiteral("InvalidPasswordException"));
    QVERIFY(
        weak.body.value("message").toString().startsWith("Password did not conform with policy"));
    QCOMPARE(
        call("SignUp",
             {{"Username", email}, {"Password", "Password123"}, {"UserAttributes", attributes}})
            .type(),
        QStringLiteral("InvalidPasswordException")); // too common
    QCOMPARE(call("SignUp", {{"Username", "not-an-email"}, {"Password", "Fridge-Ann-2026"}}).type(),
             QStringLiteral("InvalidParameterException"));

    Answer up = call(
        "SignUp",
        {{"Username", email}, {"Password", "Fridge-Ann-2026"}, {"UserAttributes", attributes}});
    QCOMPARE(up.status, 200);
    QCOMPARE(up.body.value("UserConfirmed").toBool(true), false);
    QVERIFY(!up.body.value("UserSub").toString().isEmpty());
    QCOMPARE(up.body.value("CodeDeliveryDetails").toObject().value("DeliveryMedium").toString(),
             QStringLiteral("EMAIL"));
    QCOMPARE(call("SignUp", {{"Username", email}, {"Password", "Fridge-Ann-2026"}}).type(),
             QStringLiteral("UsernameExistsException"));

    Answer early;
    signIn(email, "Fridge-Ann-2026", &early);
    QCOMPARE(early.type(), QStringLiteral("UserNotConfirmedException"));

    const QString firstCode = latestCode(email);
    QCOMPARE(firstCode.size(), 6);
    Answer resent = call("ResendConfirmationCode", {{"Username", email}});
    QCOMPARE(resent.status, 200);
    QVERIFY(resent.body.contains("CodeDeliveryDetails"));
    QCOMPARE(call("ConfirmSignUp", {{"Username", email}, {"ConfirmationCode", "000000"}}).type(),
             QStringLiteral("CodeMismatchException"));
    QCOMPARE(call("ConfirmSignUp", {{"Username", email}, {"ConfirmationCode", latestCode(email)}})
                 .status,
             200);

    Answer wrong;
    signIn(email, "Fridge-Ann-2025", &wrong);
    QCOMPARE(wrong.type(), QStringLiteral("NotAuthorizedException"));
    Answer unknown;
    signIn("nobody@example.com", "Fridge-Ann-2026", &unknown);
    QCOMPARE(unknown.type(),
             QStringLiteral("NotAuthorizedException")); // no hint that the account is missing
    QCOMPARE(unknown.body.value("message"), wrong.body.value("message"));

    const QJsonObject tokens = signIn(email, "Fridge-Ann-2026");
    QVERIFY(!tokens.value("IdToken").toString().isEmpty());
    QVERIFY(!tokens.value("AccessToken").toString().isEmpty());
    QVERIFY(!tokens.value("RefreshToken").toString().isEmpty());
    QCOMPARE(tokens.value("ExpiresIn").toInt(), 3600);
    QCOMPARE(tokens.value("TokenType").toString(), QStringLiteral("Bearer"));
}

void TestIdentity::tokensAreCognitoShapedAndVerifiable()
{
    const QJsonObject tokens = signIn("ann@example.com", "Fridge-Ann-2026");
    const QString pool = m_profile.value("userPoolId").toString();
    const Answer jwks = get("/" + pool + "/.well-known/jwks.json");
    QCOMPARE(jwks.status, 200);
    QCOMPARE(get("/local_other/.well-known/jwks.json").status, 404);

    QString why;
    const auto id = larder::cloud::jwt::verify(tokens.value("IdToken").toString(), jwks.body, &why);
    QVERIFY2(id, qPrintable(why));
    QCOMPARE(id->value("token_use").toString(), QStringLiteral("id"));
    QCOMPARE(id->value("aud").toString(), m_clientId);
    QCOMPARE(id->value("iss").toString(),
             m_profile.value("identityEndpoint").toString() + "/" + pool);
    QCOMPARE(id->value("email").toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(id->value("cognito:username").toString(), QStringLiteral("ann@example.com"));
    for (const char *claim : {"sub", "auth_time", "exp", "iat", "jti"})
        QVERIFY2(id->contains(claim), claim);
    QCOMPARE(id->value("exp").toInteger() - id->value("iat").toInteger(), 3600);

    const auto access =
        larder::cloud::jwt::verify(tokens.value("AccessToken").toString(), jwks.body, &why);
    QVERIFY2(access, qPrintable(why));
    QCOMPARE(access->value("token_use").toString(), QStringLiteral("access"));
    QCOMPARE(access->value("client_id").toString(), m_clientId);
    QCOMPARE(access->value("username").toString(), QStringLiteral("ann@example.com"));

    // A token whose payload was altered no longer verifies.
    QStringList parts = tokens.value("IdToken").toString().split('.');
    QJsonObject forged = *id;
    forged.insert("email", "mallory@example.com");
    parts[1] = QString::fromLatin1(
        larder::cloud::jwt::base64Url(QJsonDocument(forged).toJson(QJsonDocument::Compact)));
    QVERIFY(!larder::cloud::jwt::verify(parts.join('.'), jwks.body, &why));
}

void TestIdentity::refreshAndGlobalSignOut()
{
    const QJsonObject tokens = signIn("ann@example.com", "Fridge-Ann-2026");
    const QJsonObject refreshRequest{
        {"AuthFlow", "REFRESH_TOKEN_AUTH"},
        {"AuthParameters", QJsonObject{{"REFRESH_TOKEN", tokens.value("RefreshToken")}}}};
    Answer refreshed = call("InitiateAuth", refreshRequest);
    QCOMPARE(refreshed.status, 200);
    const QJsonObject result = refreshed.body.value("AuthenticationResult").toObject();
    QVERIFY(!result.value("IdToken").toString().isEmpty());
    QVERIFY(!result.contains("RefreshToken")); // Cognito keeps the same refresh token

    QCOMPARE(call("GlobalSignOut", {{"AccessToken", tokens.value("AccessToken")}}, false).status,
             200);
    QCOMPARE(call("InitiateAuth", refreshRequest).type(), QStringLiteral("NotAuthorizedException"));
    const Answer again =
        call("GlobalSignOut", {{"AccessToken", tokens.value("AccessToken")}}, false);
    QCOMPARE(again.type(), QStringLiteral("NotAuthorizedException"));
    QCOMPARE(call("InitiateAuth", {{"AuthFlow", "REFRESH_TOKEN_AUTH"},
                                   {"AuthParameters", QJsonObject{{"REFRESH_TOKEN", "made-up"}}}})
                 .type(),
             QStringLiteral("NotAuthorizedException"));
}

void TestIdentity::forgotAndResetPassword()
{
    const QString email = "ben@example.com";
    createAccount(email, "Fridge-Ben-2026");
    const QJsonObject before = signIn(email, "Fridge-Ben-2026");
    QVERIFY(!before.isEmpty());
    Answer forgot = call("ForgotPassword", {{"Username", email}});
    QCOMPARE(forgot.status, 200);
    QVERIFY(forgot.body.contains("CodeDeliveryDetails"));
    // Cognito with user existence errors prevented: an unknown address gets the same answer
    // (and no mail is sent).
    const Answer nobody = call("ForgotPassword", {{"Username", "nobody@example.com"}});
    QCOMPARE(nobody.status, 200);
    QCOMPARE(nobody.body.value("CodeDeliveryDetails").toObject().value("DeliveryMedium"),
             QJsonValue("EMAIL"));
    QVERIFY(latestCode("nobody@example.com").isEmpty());
    const QString code = latestCode(email);
    QCOMPARE(call("ConfirmForgotPassword",
                  {{"Username", email}, {"ConfirmationCode", code}, {"Password", "weak"}})
                 .type(),
             QStringLiteral("InvalidPasswordException"));
    QCOMPARE(call("ConfirmForgotPassword", {{"Username", email},
                                            {"ConfirmationCode", "999999"},
                                            {"Password", "New-Fridge-Ben-27"}})
                 .type(),
             QStringLiteral("CodeMismatchException"));
    QCOMPARE(
        call("ConfirmForgotPassword",
             {{"Username", email}, {"ConfirmationCode", code}, {"Password", "New-Fridge-Ben-27"}})
            .status,
        200);
    QVERIFY(!signIn(email, "New-Fridge-Ben-27").isEmpty());
    Answer old;
    signIn(email, "Fridge-Ben-2026", &old);
    QCOMPARE(old.type(), QStringLiteral("NotAuthorizedException"));
    // The reset signed the other sessions out.
    QCOMPARE(call("InitiateAuth", {{"AuthFlow", "REFRESH_TOKEN_AUTH"},
                                   {"AuthParameters",
                                    QJsonObject{{"REFRESH_TOKEN", before.value("RefreshToken")}}}})
                 .type(),
             QStringLiteral("NotAuthorizedException"));
}

void TestIdentity::repeatedFailuresAreThrottled()
{
    const QString email = "cat@example.com";
    createAccount(email, "Fridge-Cat-2026");
    for (int i = 0; i < 5; ++i) {
        Answer wrong;
        signIn(email, QStringLiteral("Wrong-Guess-%1x").arg(i), &wrong);
        QCOMPARE(wrong.type(), QStringLiteral("NotAuthorizedException"));
    }
    Answer blocked;
    signIn(email, "Fridge-Cat-2026", &blocked); // even the right password waits now
    QCOMPARE(blocked.type(), QStringLiteral("TooManyRequestsException"));
}

void TestIdentity::malformedAndForeignRequests()
{
    const Answer malformed = m_http->send(
        "POST", m_profile.value("identityEndpoint").toString() + "/",
        "{\"ClientId\": ", {{"X-Amz-Target", "AWSCognitoIdentityProviderService.SignUp"}});
    QCOMPARE(malformed.type(), QStringLiteral("SerializationException"));

    QCOMPARE(call("SignUp", {{"ClientId", "someone-elses-client"}, {"Username", "x@example.com"}})
                 .type(),
             QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(call("AdminDeleteUser", {}).type(), QStringLiteral("UnknownOperationException"));
    QCOMPARE(call("InitiateAuth", {{"AuthFlow", "CUSTOM_AUTH"}}).type(),
             QStringLiteral("InvalidParameterException"));
    Answer huge = call("SignUp", {{"Username", QString(70000, 'a')}});
    QCOMPARE(huge.status, 400);
}

void TestIdentity::staffAccountsCarryTheSupportGroup()
{
    QProcess tool;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("LARDER_STAFF_PASSWORD", "Support-Desk-2026");
    tool.setProcessEnvironment(env);
    tool.start(CloudFixture::binary("larder-cloud"),
               QStringList{"add-staff", "--email", "help@larder.example"} +
                   m_cloud.toolArguments());
    QVERIFY(tool.waitForFinished(15000));
    QCOMPARE(tool.exitCode(), 0);
    QVERIFY(!tool.readAllStandardOutput().contains("Support-Desk-2026")); // never echoed
    const QJsonObject tokens = signIn("help@larder.example", "Support-Desk-2026");
    const auto parts = tokens.value("IdToken").toString().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject claims =
        QJsonDocument::fromJson(*larder::cloud::jwt::fromBase64Url(parts[1].toLatin1())).object();
    QCOMPARE(claims.value("cognito:groups").toArray(), QJsonArray{"support"});
    // Ordinary accounts have no groups.
    const auto annParts =
        signIn("ann@example.com", "Fridge-Ann-2026").value("IdToken").toString().split('.');
    QVERIFY(!QJsonDocument::fromJson(*larder::cloud::jwt::fromBase64Url(annParts[1].toLatin1()))
                 .object()
                 .contains("cognito:groups"));
}

void TestIdentity::theSdkSignsUpWithANameAndChangesIt()
{
    if (!QFile::exists(conformance() + "/node_modules/@aws-sdk/client-cognito-identity-provider"))
        QSKIP("the conformance packages are not installed (tools/setup)");
    const QMap<QString, QString> account{{"LARDER_EMAIL", "lin@example.com"},
                                         {"LARDER_PASSWORD", "Fridge-Lin-2026"},
                                         {"LARDER_NAME", QStringLiteral("Lin 林")},
                                         {"LARDER_NEW_NAME", QStringLiteral("Lin Wei")}};
    const QJsonObject up = sdk("signup", account);
    QCOMPARE(up.value("confirmed").toBool(true), false);
    QVERIFY(!up.value("sub").toString().isEmpty());
    QMap<QString, QString> confirm = account;
    confirm.insert("LARDER_CODE", latestCode("lin@example.com"));
    QCOMPARE(sdk("confirm", confirm).value("confirmed").toBool(), true);

    const QJsonObject renamed = sdk("rename", account);
    QCOMPARE(renamed.value("idTokenName").toString(), QStringLiteral("Lin 林"));
    QCOMPARE(renamed.value("getUserName").toString(), QStringLiteral("Lin 林"));
    QCOMPARE(renamed.value("getUserEmail").toString(), QStringLiteral("lin@example.com"));
    QCOMPARE(renamed.value("username").toString(), QStringLiteral("lin@example.com"));
    QCOMPARE(renamed.value("afterName").toString(), QStringLiteral("Lin Wei"));
    QCOMPARE(renamed.value("refreshedName").toString(), QStringLiteral("Lin Wei"));

    // The family sees the new name as soon as the member next uses it.
    const QJsonObject tokens = signIn("lin@example.com", "Fridge-Lin-2026");
    const QString idToken = tokens.value("IdToken").toString();
    const Answer family = m_http->api("POST", "/families", {{"name", "Lins"}}, idToken);
    QCOMPARE(family.status, 201);
    const QString familyId = family.body.value("familyId").toString();
    const Answer details = m_http->api("GET", "/families/" + familyId, {}, idToken);
    QCOMPARE(details.status, 200);
    const QJsonObject me = details.body.value("members").toArray().first().toObject();
    QCOMPARE(me.value("name").toString(), QStringLiteral("Lin Wei"));
    QCOMPARE(me.value("email").toString(), QStringLiteral("lin@example.com"));
}

void TestIdentity::hostileNamesAreRefused()
{
    createAccount("mo@example.com", "Fridge-Mo-2026");
    const QString access =
        signIn("mo@example.com", "Fridge-Mo-2026").value("AccessToken").toString();
    const auto update = [&](const QJsonArray &attributes, const QString &token) {
        return call("UpdateUserAttributes",
                    {{"AccessToken", token}, {"UserAttributes", attributes}}, false);
    };
    const auto name = [](const QString &value) {
        return QJsonArray{QJsonObject{{"Name", "name"}, {"Value", value}}};
    };
    QCOMPARE(update(name(QString(65, u'x')), access).type(),
             QStringLiteral("InvalidParameterException"));
    QCOMPARE(update(name(QStringLiteral("Mo\u202Eevil")), access).type(),
             QStringLiteral("InvalidParameterException"));
    QCOMPARE(update(name(QStringLiteral("Mo\x01")), access).type(),
             QStringLiteral("InvalidParameterException"));
    QCOMPARE(update(name(QStringLiteral("   ")), access).type(),
             QStringLiteral("InvalidParameterException"));
    QCOMPARE(
        update(QJsonArray{QJsonObject{{"Name", "email"}, {"Value", "eve@example.com"}}}, access)
            .type(),
        QStringLiteral("InvalidParameterException"));
    QCOMPARE(update(QJsonArray{}, access).type(), QStringLiteral("InvalidParameterException"));
    QCOMPARE(update(name("Mo"), "not-a-token").type(), QStringLiteral("NotAuthorizedException"));
    // An ID token is not an access token.
    const QString id = signIn("mo@example.com", "Fridge-Mo-2026").value("IdToken").toString();
    QCOMPARE(update(name("Mo"), id).type(), QStringLiteral("NotAuthorizedException"));
    // Nothing of the refused attempts stuck: the e-mail and an empty name are as they were.
    const Answer user = call("GetUser", {{"AccessToken", access}}, false);
    QCOMPARE(user.status, 200);
    for (const QJsonValue &attribute : user.body.value("UserAttributes").toArray()) {
        QVERIFY(attribute.toObject().value("Name").toString() != u"name");
        if (attribute.toObject().value("Name").toString() == u"email")
            QCOMPARE(attribute.toObject().value("Value").toString(),
                     QStringLiteral("mo@example.com"));
    }
    // A sign-up name past the limit is refused before any account exists.
    const Answer longName =
        call("SignUp", {{"Username", "long@example.com"},
                        {"Password", "Fridge-Long-2026"},
                        {"UserAttributes",
                         QJsonArray{QJsonObject{{"Name", "email"}, {"Value", "long@example.com"}},
                                    QJsonObject{{"Name", "name"}, {"Value", QString(65, u'y')}}}}});
    QCOMPARE(longName.type(), QStringLiteral("InvalidParameterException"));
    Answer none;
    signIn("long@example.com", "Fridge-Long-2026", &none);
    QCOMPARE(none.type(), QStringLiteral("NotAuthorizedException"));
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"

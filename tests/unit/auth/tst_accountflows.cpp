// SPDX-License-Identifier: MIT
// The account screens' logic (AccountActions) and the session (AuthSession) against an
// in-process HTTPS server playing Cognito: each flow's requests, its sentences, the sign-in
// that ends it, refresh, a stalled server and a revoked session. Milliseconds; the live
// identity service is proven in tests/integration.
#include "FakeHttpsServer.h"
#include "MemorySessionStore.h"
#include "auth/AccountActions.h"
#include "auth/AuthSession.h"
#include "auth/CognitoClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace larder::auth;
using Reply = FakeHttpsServer::Reply;

namespace {
/// An unsigned JWT with @p claims (the app reads tokens; the cloud verifies them).
QString jwt(const QJsonObject &claims)
{
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return QString::fromLatin1(part({{"alg", "RS256"}, {"kid", "test"}}) + '.' + part(claims) +
                               ".c2ln");
}

Reply tokens(const QString &email, bool withRefresh = true, const QString &name = {})
{
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + 3600;
    QJsonObject id{{"sub", "u-1"}, {"email", email}, {"exp", exp}};
    if (!name.isEmpty())
        id.insert("name", name);
    QJsonObject result{{"IdToken", jwt(id)},
                       {"AccessToken", jwt({{"sub", "u-1"}, {"exp", exp}})},
                       {"ExpiresIn", 3600},
                       {"TokenType", "Bearer"}};
    if (withRefresh)
        result.insert("RefreshToken", "refresh-1");
    return {200, {{"AuthenticationResult", result}}};
}
} // namespace

class TestAccountFlows : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeHttpsServer server;
        QNetworkAccessManager network;
        std::unique_ptr<CognitoClient> cognito;
        MemorySessionStore store;
        std::unique_ptr<AuthSession> session;
        std::unique_ptr<AccountActions> account;

        bool start()
        {
            QString error;
            if (!server.start(&error)) {
                qWarning() << error;
                return false;
            }
            cognito = std::make_unique<CognitoClient>(&network, server.baseUrl(), "client-1",
                                                      server.caFile());
            session = std::make_unique<AuthSession>(cognito.get(), &store);
            account = std::make_unique<AccountActions>(cognito.get(), session.get());
            return true;
        }
        QStringList operations() const
        {
            QStringList out;
            for (const auto &request : server.requests)
                out << request.operation();
            return out;
        }
    };

private slots:
    void signUpConfirmAndSignIn()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setHandler([](const FakeHttpsServer::Request &request) -> Reply {
            if (request.operation() == u"SignUp")
                return {200,
                        {{"UserConfirmed", false},
                         {"CodeDeliveryDetails", QJsonObject{{"Destination", "a***@e***"}}}}};
            if (request.operation() == u"ConfirmSignUp")
                return {200, {}};
            return tokens("ann@example.com");
        });
        QSignalSpy needed(rig.account.get(), &AccountActions::confirmationNeeded);
        rig.account->signUp(" ann@example.com ", "Fridge-2026x");
        QVERIFY(rig.account->busy());
        QVERIFY(needed.wait(2000));
        QCOMPARE(rig.account->notice(), QStringLiteral("We sent a 6-digit code to a***@e***."));
        const QJsonObject signUp = rig.server.requests.at(0).json();
        QCOMPARE(signUp.value("Username").toString(), QStringLiteral("ann@example.com"));
        QCOMPARE(signUp.value("ClientId").toString(), QStringLiteral("client-1"));

        rig.account->confirm("12345"); // five digits: caught before any request
        QCOMPARE(rig.account->error(), QStringLiteral("The code has 6 digits."));
        QCOMPARE(rig.server.requests.size(), 1);

        rig.account->confirm("123456");
        QTRY_COMPARE(rig.session->state(), AuthSession::SignedIn);
        QCOMPARE(rig.operations(), (QStringList{"SignUp", "ConfirmSignUp", "InitiateAuth"}));
        QCOMPARE(rig.session->email(), QStringLiteral("ann@example.com"));
        QCOMPARE(rig.store.tokens.value("ann@example.com"), QStringLiteral("refresh-1"));
        QCOMPARE(rig.store.last, QStringLiteral("ann@example.com"));
    }

    void aNameIsSentAtSignUpAndChangedLater()
    {
        Rig rig;
        QVERIFY(rig.start());
        QString currentName = QStringLiteral("Ann");
        rig.server.setHandler([&](const FakeHttpsServer::Request &request) -> Reply {
            if (request.operation() == u"SignUp")
                return {200, {{"UserConfirmed", false}}};
            if (request.operation() == u"UpdateUserAttributes") {
                currentName = request.json()["UserAttributes"][0]["Value"].toString();
                return {200, {{"CodeDeliveryDetailsList", QJsonArray{}}}};
            }
            return tokens("ann@example.com", true, currentName);
        });
        QSignalSpy needed(rig.account.get(), &AccountActions::confirmationNeeded);
        rig.account->signUp("ann@example.com", "Fridge-2026x", "  Ann ");
        QVERIFY(needed.wait(2000));
        const QJsonArray attributes = rig.server.requests.at(0).json()["UserAttributes"].toArray();
        QCOMPARE(attributes.size(), 2);
        QCOMPARE(attributes.at(1).toObject(),
                 (QJsonObject{{"Name", "name"}, {"Value", "Ann"}})); // cleaned of spacing

        rig.session->signIn("ann@example.com", "Fridge-2026x");
        QTRY_COMPARE(rig.session->state(), AuthSession::SignedIn);
        QCOMPARE(rig.session->name(), QStringLiteral("Ann"));
        QCOMPARE(rig.session->userId(), QStringLiteral("u-1"));

        rig.account->changeName(QString(65, u'x')); // too long: caught before any request
        QCOMPARE(rig.account->error(), QStringLiteral("At most 64 characters."));
        const qsizetype before = rig.server.requests.size();
        QCOMPARE(rig.server.requests.size(), before);

        QSignalSpy renamed(rig.account.get(), &AccountActions::nameChanged);
        QSignalSpy tokensChanged(rig.session.get(), &AuthSession::tokensChanged);
        rig.account->changeName(" Ann   Lee ");
        QVERIFY(renamed.wait(2000));
        QCOMPARE(rig.account->notice(), QStringLiteral("Saved. Your family sees you as Ann Lee."));
        QVERIFY(tokensChanged.wait(2000)); // refreshed: the new ID token carries the name
        QCOMPARE(rig.session->name(), QStringLiteral("Ann Lee"));
        const QJsonObject update = rig.server.requests.at(before).json();
        QCOMPARE(rig.server.requests.at(before).operation(),
                 QStringLiteral("UpdateUserAttributes"));
        QVERIFY(!update.contains("ClientId"));
        QVERIFY(!update.value("AccessToken").toString().isEmpty());
    }

    void nameProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("required");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fine") << "Ann" << true << "";
        QTest::newRow("chinese") << "林伟" << true << "";
        QTest::newRow("empty, optional") << "  " << false << "";
        QTest::newRow("empty, needed") << " " << true << "Enter the name your family knows you by.";
        QTest::newRow("64") << QString(64, u'a') << true << "";
        QTest::newRow("65") << QString(65, u'a') << true << "At most 64 characters.";
        QTest::newRow("bidi override") << QStringLiteral("Ann\u202E") << true
                                       << "Use letters, numbers and ordinary punctuation.";
        QTest::newRow("control") << QStringLiteral("A\x07nn") << false
                                 << "Use letters, numbers and ordinary punctuation.";
    }
    void nameProblems()
    {
        QFETCH(QString, name);
        QFETCH(bool, required);
        QFETCH(QString, problem);
        QCOMPARE(AccountActions::nameProblem(name, required), problem);
    }

    void cognitoErrorsBecomeSentences_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("exists") << "UsernameExistsException"
                                << "There is already an account with this e-mail address. Sign "
                                   "in instead.";
        QTest::newRow("throttled") << "TooManyRequestsException"
                                   << "Too many attempts. Wait a few minutes, then try again.";
        QTest::newRow("namespaced") << "com.amazonaws#LimitExceededException"
                                    << "Too many attempts. Wait a few minutes, then try again.";
        QTest::newRow("unknown") << "InternalErrorException"
                                 << "Something went wrong on our side (InternalErrorException). "
                                    "Please try again.";
    }
    void cognitoErrorsBecomeSentences()
    {
        QFETCH(QString, type);
        QFETCH(QString, sentence);
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setHandler([type](const FakeHttpsServer::Request &) {
            return FakeHttpsServer::cognitoError(type);
        });
        rig.account->signUp("ann@example.com", "Fridge-2026x");
        QTRY_VERIFY(!rig.account->busy());
        QCOMPARE(rig.account->error(), sentence);
    }

    void forgottenPasswordResetsAndSignsIn()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setHandler([](const FakeHttpsServer::Request &request) -> Reply {
            if (request.operation() == u"InitiateAuth")
                return tokens("ben@example.com");
            return {200, {}};
        });
        QSignalSpy sent(rig.account.get(), &AccountActions::resetCodeSent);
        rig.account->forgotPassword("ben@example.com");
        QVERIFY(sent.wait(2000));
        rig.account->resetPassword("654321", "weak"); // caught before any request
        QCOMPARE(rig.account->error(), QStringLiteral("At least 8 characters."));
        QCOMPARE(rig.server.requests.size(), 1);
        rig.account->resetPassword("654321", "New-Fridge-2027");
        QTRY_COMPARE(rig.session->state(), AuthSession::SignedIn);
        QCOMPARE(rig.server.requests.at(1).json().value("Password").toString(),
                 QStringLiteral("New-Fridge-2027"));
        QCOMPARE(rig.operations(),
                 (QStringList{"ForgotPassword", "ConfirmForgotPassword", "InitiateAuth"}));
    }

    void oneCallAtATime()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.server.setHandler([](const FakeHttpsServer::Request &) { return Reply{200, {}, 50}; });
        rig.account->resendCode("ann@example.com");
        rig.account->resendCode("ann@example.com"); // a double tap
        QTRY_VERIFY(!rig.account->busy());
        QCOMPARE(rig.server.requests.size(), 1);
    }

    void stalledServerIsUnreachable()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.cognito->setTransferTimeout(100);
        rig.server.setHandler([](const FakeHttpsServer::Request &) {
            return Reply{200, {}, 2000};
        });
        rig.session->signIn("ann@example.com", "Fridge-2026x");
        QTRY_VERIFY(!rig.session->busy());
        QCOMPARE(rig.session->state(), AuthSession::SignedOut);
        QVERIFY(rig.session->error().startsWith("Larder cannot be reached"));
    }

    void restoreRefreshesAndARevokedSessionEnds()
    {
        Rig rig;
        QVERIFY(rig.start());
        rig.store.tokens.insert("ann@example.com", "refresh-1");
        rig.store.last = "ann@example.com";
        rig.server.setHandler(
            [](const FakeHttpsServer::Request &) { return tokens("ann@example.com", false); });
        rig.session->restore();
        QTRY_COMPARE(rig.session->state(), AuthSession::SignedIn);
        const QJsonObject refresh = rig.server.requests.at(0).json();
        QCOMPARE(refresh.value("AuthFlow").toString(), QStringLiteral("REFRESH_TOKEN_AUTH"));
        QCOMPARE(rig.session->tokens().refreshToken, QStringLiteral("refresh-1")); // kept

        rig.server.setHandler([](const FakeHttpsServer::Request &) {
            return FakeHttpsServer::cognitoError("NotAuthorizedException",
                                                 "Refresh Token has been revoked");
        });
        QSignalSpy ended(rig.session.get(), &AuthSession::sessionEnded);
        rig.session->refresh();
        QVERIFY(ended.wait(2000));
        QCOMPARE(rig.session->state(), AuthSession::SignedOut);
        QVERIFY(rig.session->error().contains("Please sign in again"));
        QVERIFY(rig.store.tokens.isEmpty()); // nothing left to restore
    }
};

QTEST_GUILESS_MAIN(TestAccountFlows)
#include "tst_accountflows.moc"

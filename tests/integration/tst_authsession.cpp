// SPDX-License-Identifier: MIT
// The app's session against a live larder-cloud, with a real gnome-keyring (run by
// tests/support/with-keyring.sh): sign-in, restore after a restart without the password,
// refresh, sign-out, revocation elsewhere, and no token in any file.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include "auth/AuthSession.h"
#include "auth/AuthenticatedConnection.h"
#include "fridge/FridgeController.h"
#include "mqtt/MqttClient.h"

#include <QProcess>

#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace larder::auth;

class TestAuthSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wrongPasswordIsASentence();
    void sessionSurvivesARestartWithoutThePassword();
    void tokensAreRefreshed();
    void noTokenInAnyFile();
    void revokedElsewhereEndsTheSession();
    void signOutForgetsEverything();
    void unreachableCloudSaysSo();
    void fridgeStaysControllableAcrossTokenRefreshes();

private:
    std::unique_ptr<AuthSession> newSession(const QString &endpoint = {});
    /// The refresh token the keychain holds for @p account now ("" when none).
    QString storedToken(const QString &account);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QNetworkAccessManager m_net;
    QList<QObject *> m_owned;
    QString m_refreshToken;
};

std::unique_ptr<AuthSession> TestAuthSession::newSession(const QString &endpoint)
{
    const QJsonObject profile = m_http->profile();
    auto *cognito = new CognitoClient(
        &m_net, endpoint.isEmpty() ? profile.value("identityEndpoint").toString() : endpoint,
        profile.value("appClientId").toString(), profile.value("caFile").toString(), this);
    auto *store = new SessionStore("larder-test-" + profile.value("userPoolId").toString(), this);
    return std::make_unique<AuthSession>(cognito, store);
}

QString TestAuthSession::storedToken(const QString &account)
{
    SessionStore store("larder-test-" + m_http->profile().value("userPoolId").toString());
    QString stored;
    bool answered = false;
    store.load(account, [&](const QString &token, const QString &) {
        stored = token;
        answered = true;
    });
    return QTest::qWaitFor([&] { return answered; }, 5000) ? stored : QString();
}

void TestAuthSession::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("LARDER_TEST_HOME"))
        QSKIP("run through tests/support/with-keyring.sh (ctest does)");
    QCoreApplication::setOrganizationName("LarderTest");
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    QVERIFY(m_http->createAccount("eve@example.com", "Fridge-Eve-2026"));
}

void TestAuthSession::wrongPasswordIsASentence()
{
    auto session = newSession();
    session->signIn("eve@example.com", "Not-Her-Password-1");
    QTRY_VERIFY_WITH_TIMEOUT(!session->busy() && !session->error().isEmpty(), 10000);
    QCOMPARE(session->error(), QStringLiteral("The e-mail address or the password is wrong."));
    QCOMPARE(session->state(), AuthSession::SignedOut);
    session->signIn("", "");
    QVERIFY(session->error().contains("Enter your e-mail"));
}

void TestAuthSession::sessionSurvivesARestartWithoutThePassword()
{
    {
        auto session = newSession();
        QSignalSpy tokens(session.get(), &AuthSession::tokensChanged);
        session->signIn("eve@example.com", "Fridge-Eve-2026");
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), AuthSession::SignedIn, 10000);
        QCOMPARE(session->email(), QStringLiteral("eve@example.com"));
        QCOMPARE(tokens.count(), 1);
        m_refreshToken = session->tokens().refreshToken;
        QTRY_COMPARE_WITH_TIMEOUT(storedToken("eve@example.com"), m_refreshToken, 5000);
    }
    // "Restart": a new session object restores from the keychain.
    auto restarted = newSession();
    restarted->restore();
    QCOMPARE(restarted->state(), AuthSession::Restoring);
    QTRY_COMPARE_WITH_TIMEOUT(restarted->state(), AuthSession::SignedIn, 10000);
    QCOMPARE(restarted->email(), QStringLiteral("eve@example.com"));
    QVERIFY(restarted->tokens().isValid());
    QCOMPARE(restarted->tokens().refreshToken, m_refreshToken);
}

void TestAuthSession::tokensAreRefreshed()
{
    auto session = newSession();
    session->restore();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AuthSession::SignedIn, 10000);
    const QString before = session->tokens().idToken;
    QSignalSpy tokens(session.get(), &AuthSession::tokensChanged);
    // A new second, so the new token (issued-at in whole seconds) differs.
    const qint64 issued = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > issued);
    session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(tokens.count(), 1, 10000);
    QVERIFY(session->tokens().idToken != before);
    QVERIFY(!session->tokens().expiresWithin(AuthSession::refreshMarginSeconds));
}

void TestAuthSession::noTokenInAnyFile()
{
    QVERIFY(!m_refreshToken.isEmpty());
    QSettings().sync();
    const QString home = qEnvironmentVariable("LARDER_TEST_HOME");
    int files = 0;
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++files;
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(m_refreshToken.toLatin1()),
                 qPrintable("refresh token in " + file.fileName()));
        QVERIFY2(!content.contains("eyJ"), qPrintable("a JWT in " + file.fileName()));
    }
    QVERIFY(files > 0); // the settings and the (encrypted) keyring are there
}

void TestAuthSession::revokedElsewhereEndsTheSession()
{
    auto session = newSession();
    session->restore();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AuthSession::SignedIn, 10000);
    // Signed out from another device.
    QCOMPARE(
        m_http->cognito("GlobalSignOut", {{"AccessToken", session->tokens().accessToken}}, false)
            .status,
        200);
    QSignalSpy ended(session.get(), &AuthSession::sessionEnded);
    session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
    QCOMPARE(session->state(), AuthSession::SignedOut);
    QVERIFY(session->error().contains("sign in again"));
}

void TestAuthSession::signOutForgetsEverything()
{
    auto session = newSession();
    session->signIn("eve@example.com", "Fridge-Eve-2026");
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), AuthSession::SignedIn, 10000);
    const QString refresh = session->tokens().refreshToken;
    session->signOut();
    QCOMPARE(session->state(), AuthSession::SignedOut);
    QTRY_VERIFY_WITH_TIMEOUT(storedToken("eve@example.com").isEmpty(), 5000);
    auto later = newSession();
    later->restore();
    QTRY_COMPARE_WITH_TIMEOUT(later->state(), AuthSession::SignedOut, 5000);
    QCOMPARE(
        m_http
            ->cognito("InitiateAuth", {{"AuthFlow", "REFRESH_TOKEN_AUTH"},
                                       {"AuthParameters", QJsonObject{{"REFRESH_TOKEN", refresh}}}})
            .type(),
        QStringLiteral("NotAuthorizedException"));
}

void TestAuthSession::unreachableCloudSaysSo()
{
    auto session = newSession(QStringLiteral("https://127.0.0.1:%1").arg(CloudFixture::freePort()));
    session->signIn("eve@example.com", "Fridge-Eve-2026");
    QTRY_VERIFY_WITH_TIMEOUT(!session->busy() && !session->error().isEmpty(), 10000);
    QVERIFY2(session->error().contains("cannot be reached"), qPrintable(session->error()));
}

void TestAuthSession::fridgeStaysControllableAcrossTokenRefreshes()
{
    // A cloud whose tokens live 8 s: the session refreshes every few seconds and the MQTT
    // connection follows, so the fridge stays controllable long after the first token died.
    CloudFixture cloud;
    cloud.setServeOptions({"--token-lifetime", "8"});
    QVERIFY(cloud.start());
    CloudHttp http(cloud);
    QVERIFY(http.createAccount("fay@example.com", "Fridge-Fay-2026"));
    const QString family =
        http.api("POST", "/families", {{"name", "Fay's"}},
                 http.signIn("fay@example.com", "Fridge-Fay-2026").value("IdToken").toString())
            .body.value("familyId")
            .toString();
    QVERIFY(cloud.startFridge("fridge-fay"));
    QVERIFY(cloud.runTool({"assign-thing", "--thing", "fridge-fay", "--family", family}));

    const QJsonObject profile = http.profile();
    CognitoClient cognito(&m_net, profile.value("identityEndpoint").toString(),
                          profile.value("appClientId").toString(),
                          profile.value("caFile").toString());
    SessionStore store("larder-test-" + profile.value("userPoolId").toString());
    AuthSession session(&cognito, &store);
    larder::mqtt::MqttClient client;
    client.setSettings(cloud.accountSettings("fay-phone", {}));
    client.setBackoff({100, 1000, 0.2});
    larder::fridge::FridgeController fridge(&client, "fridge-fay", {});
    fridge.start();
    AuthenticatedConnection binding(&session, &client, "app?x-amz-customauthorizer-name=larder");
    QSignalSpy refreshed(&session, &AuthSession::tokensChanged);
    session.signIn("fay@example.com", "Fridge-Fay-2026");
    QTRY_VERIFY_WITH_TIMEOUT(fridge.synced() && fridge.fridgeSetpoint()->hasValue(), 10000);

    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 4, 30000); // well past the first token's life
    for (double wanted : {2.5, 6.5}) {
        QTRY_VERIFY_WITH_TIMEOUT(fridge.synced(), 10000);
        QVERIFY(fridge.fridgeSetpoint()->set(wanted));
        QTRY_COMPARE_WITH_TIMEOUT(fridge.fridgeSetpoint()->value().toDouble(), wanted, 10000);
    }
    session.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), larder::mqtt::MqttClient::Disconnected, 5000);
}

QTEST_GUILESS_MAIN(TestAuthSession)
#include "tst_authsession.moc"

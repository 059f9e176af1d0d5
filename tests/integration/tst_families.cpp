// SPDX-License-Identifier: MIT
// Family groups over the REST API on a live larder-cloud: a two-family authorization matrix
// (every cross-family call refused without leaking existence), roles, invitations, input.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestFamilies : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void requestsWithoutAValidTokenAre401();
    void crossFamilyCallsAreRefusedAsUnknown_data();
    void crossFamilyCallsAreRefusedAsUnknown();
    void membersMayReadButNotManage();
    void everyoneSeesOnlyTheirFamiliesDevices();
    void invitationsAreSingleUseAndValidated();
    void ownershipMovesAndMembersLeave();
    void badInputGetsAClearError();
    void signedOutTokensStopWorking();

private:
    using Answer = CloudHttp::Answer;
    QString token(const QString &who) const { return m_tokens.value(who); }
    bool runCloud(const QStringList &args);
    QString userIdOf(const QString &familyId, const QString &email);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_familyA, m_familyB;
};

bool TestFamilies::runCloud(const QStringList &args)
{
    return m_cloud.runTool(args);
}

QString TestFamilies::userIdOf(const QString &familyId, const QString &email)
{
    const Answer family = m_http->api("GET", "/families/" + familyId, {}, token("ann"));
    for (const QJsonValue &member : family.body.value("members").toArray())
        if (member.toObject().value("email").toString() == email)
            return member.toObject().value("userId").toString();
    return {};
}

void TestFamilies::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    for (const QString who : {"ann", "ben", "cat", "dan"}) {
        const QString email = who + "@example.com";
        const QString password = "Fridge-" + who + "-2026X";
        QVERIFY(m_http->createAccount(email, password));
        m_tokens.insert(who, m_http->signIn(email, password).value("IdToken").toString());
        QVERIFY(!m_tokens.value(who).isEmpty());
    }
    Answer a = m_http->api("POST", "/families", {{"name", "Home"}}, token("ann"));
    QCOMPARE(a.status, 201);
    QCOMPARE(a.body.value("role").toString(), QStringLiteral("owner"));
    m_familyA = a.body.value("familyId").toString();
    Answer b = m_http->api("POST", "/families", {{"name", "Cat's flat"}}, token("cat"));
    QCOMPARE(b.status, 201);
    m_familyB = b.body.value("familyId").toString();

    Answer invite =
        m_http->api("POST", "/families/" + m_familyA + "/invitations", {}, token("ann"));
    QCOMPARE(invite.status, 201);
    QVERIFY(QRegularExpression("^[A-Z2-9]{4}-[A-Z2-9]{4}$")
                .match(invite.body.value("code").toString())
                .hasMatch());
    QVERIFY(invite.body.value("qrPayload").toString().startsWith("larder://join?code="));
    Answer joined =
        m_http->api("POST", "/families/join",
                    {{"code", invite.body.value("code").toString().toLower()}}, token("ben"));
    QCOMPARE(joined.status, 200);
    QCOMPARE(joined.body.value("role").toString(), QStringLiteral("member"));

    QVERIFY(m_cloud.deviceCert("fridge-a") && m_cloud.deviceCert("fridge-b"));
    QVERIFY(runCloud({"assign-thing", "--thing", "fridge-a", "--family", m_familyA, "--fridge-name",
                      "Kitchen fridge"}));
    QVERIFY(runCloud({"assign-thing", "--thing", "fridge-b", "--family", m_familyB}));
    QVERIFY(!runCloud({"assign-thing", "--thing", "no-such-fridge", "--family", m_familyB}));
}

void TestFamilies::requestsWithoutAValidTokenAre401()
{
    QCOMPARE(m_http->api("GET", "/families").status, 401);
    QCOMPARE(m_http->api("GET", "/families", {}, "not-a-token").status, 401);
    QString forged = token("cat");
    forged[forged.size() - 5] = forged[forged.size() - 5] == 'A' ? 'B' : 'A';
    QCOMPARE(m_http->api("GET", "/devices", {}, forged).status, 401);
    // An access token is not an ID token.
    const QString access =
        m_http->signIn("dan@example.com", "Fridge-dan-2026X").value("AccessToken").toString();
    QCOMPARE(m_http->api("GET", "/families", {}, access).status, 401);
    // "Bearer {token}" is accepted too.
    QCOMPARE(m_http->api("GET", "/families", {}, "Bearer " + token("dan")).status, 200);
}

void TestFamilies::crossFamilyCallsAreRefusedAsUnknown_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("body");
    QTest::newRow("read") << QByteArray("GET") << "/families/%1" << QJsonObject{};
    QTest::newRow("rename") << QByteArray("PATCH") << "/families/%1"
                            << QJsonObject{{"name", "Mine now"}};
    QTest::newRow("invite") << QByteArray("POST") << "/families/%1/invitations" << QJsonObject{};
    QTest::newRow("leave") << QByteArray("POST") << "/families/%1/leave" << QJsonObject{};
    QTest::newRow("transfer") << QByteArray("POST") << "/families/%1/owner"
                              << QJsonObject{{"userId", "x"}};
    QTest::newRow("remove member")
        << QByteArray("DELETE") << "/families/%1/members/someone" << QJsonObject{};
}

void TestFamilies::crossFamilyCallsAreRefusedAsUnknown()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QJsonObject, body);
    // Cat (family B) against family A, and Dan (no family) against both: 404, exactly like a
    // family that does not exist.
    for (const auto &[who, family] :
         {std::pair{QStringLiteral("cat"), m_familyA}, std::pair{QStringLiteral("dan"), m_familyA},
          std::pair{QStringLiteral("dan"), m_familyB},
          std::pair{QStringLiteral("ann"), m_familyB}}) {
        const Answer answer = m_http->api(method, path.arg(family), body, token(who));
        QVERIFY2(answer.status == 404,
                 qPrintable(QStringLiteral("%1 on %2: %3").arg(who).arg(path).arg(answer.status)));
        const Answer unknown =
            m_http->api(method, path.arg("00000000-0000-0000-0000-000000000000"), body, token(who));
        QCOMPARE(unknown.body, answer.body);
    }
    QCOMPARE(m_http->api("GET", "/families/" + m_familyA, {}, token("ann"))
                 .body.value("name")
                 .toString(),
             QStringLiteral("Home")); // nothing changed
}

void TestFamilies::membersMayReadButNotManage()
{
    const Answer read = m_http->api("GET", "/families/" + m_familyA, {}, token("ben"));
    QCOMPARE(read.status, 200);
    QCOMPARE(read.body.value("members").toArray().size(), 2);
    QCOMPARE(
        m_http->api("PATCH", "/families/" + m_familyA, {{"name", "Ben's"}}, token("ben")).status,
        403);
    QCOMPARE(
        m_http->api("POST", "/families/" + m_familyA + "/invitations", {}, token("ben")).status,
        403);
    const QString annId = userIdOf(m_familyA, "ann@example.com");
    QCOMPARE(m_http->api("DELETE", "/families/" + m_familyA + "/members/" + annId, {}, token("ben"))
                 .status,
             403);
    QCOMPARE(
        m_http->api("POST", "/families/" + m_familyA + "/owner", {{"userId", annId}}, token("ben"))
            .status,
        403);
    const Answer renamed =
        m_http->api("PATCH", "/families/" + m_familyA, {{"name", "Home sweet home"}}, token("ann"));
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.body.value("name").toString(), QStringLiteral("Home sweet home"));
}

void TestFamilies::everyoneSeesOnlyTheirFamiliesDevices()
{
    auto devicesOf = [this](const QString &who) {
        QStringList ids;
        for (const QJsonValue &item :
             m_http->api("GET", "/devices", {}, token(who)).body.value("items").toArray())
            ids << item.toObject().value("deviceId").toString();
        return ids;
    };
    QCOMPARE(devicesOf("ann"), QStringList{"fridge-a"});
    QCOMPARE(devicesOf("ben"), QStringList{"fridge-a"});
    QCOMPARE(devicesOf("cat"), QStringList{"fridge-b"});
    QCOMPARE(devicesOf("dan"), QStringList{});
    const Answer list = m_http->api("GET", "/families", {}, token("ben"));
    QCOMPARE(list.body.value("count").toInt(), 1);
    const QJsonObject device =
        QJsonObject{{"deviceId", "fridge-a"}, {"deviceName", "Kitchen fridge"}};
    QCOMPARE(list.body.value("items").toArray().at(0).toObject().value("devices").toArray(),
             QJsonArray{device});
}

void TestFamilies::invitationsAreSingleUseAndValidated()
{
    const Answer invite =
        m_http->api("POST", "/families/" + m_familyB + "/invitations", {}, token("cat"));
    const QString code = invite.body.value("code").toString();
    QCOMPARE(m_http->api("POST", "/families/join", {{"code", code}}, token("dan")).status, 200);
    const Answer reused = m_http->api("POST", "/families/join", {{"code", code}}, token("ann"));
    QCOMPARE(reused.status, 404); // single use
    QVERIFY(reused.body.value("message").toString().contains("Ask for a new one"));
    const Answer again =
        m_http->api("POST", "/families/" + m_familyB + "/invitations", {}, token("cat"));
    QCOMPARE(
        m_http->api("POST", "/families/join", {{"code", again.body.value("code")}}, token("dan"))
            .status,
        409);
    QCOMPARE(m_http->api("POST", "/families/join", {{"code", "ZZZZ-ZZZZ"}}, token("ann")).status,
             404);
    for (const char *hostile :
         {"", "ABCD", "ABCD-EFG0", "'; DROP TABLE families; --", "<script>x</script>", "ÄBCD-EFGH"})
        QCOMPARE(m_http->api("POST", "/families/join", {{"code", hostile}}, token("ann")).status,
                 400);
    QCOMPARE(m_http->api("POST", "/families/" + m_familyB + "/leave", {}, token("dan")).status,
             204);
}

void TestFamilies::ownershipMovesAndMembersLeave()
{
    QCOMPARE(m_http->api("POST", "/families/" + m_familyA + "/leave", {}, token("ann")).status,
             409); // has members
    const QString benId = userIdOf(m_familyA, "ben@example.com");
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_familyA + "/owner", {{"userId", "stranger"}},
                       token("ann"))
                 .status,
             400);
    const Answer moved =
        m_http->api("POST", "/families/" + m_familyA + "/owner", {{"userId", benId}}, token("ann"));
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.body.value("role").toString(), QStringLiteral("member"));
    QCOMPARE(m_http->api("GET", "/families/" + m_familyA, {}, token("ben"))
                 .body.value("role")
                 .toString(),
             QStringLiteral("owner"));
    // The new owner removes the old one, who then no longer sees the family or its fridge.
    const QString annId = userIdOf(m_familyA, "ann@example.com");
    QVERIFY(!annId.isEmpty());
    QCOMPARE(m_http->api("DELETE", "/families/" + m_familyA + "/members/" + annId, {}, token("ben"))
                 .status,
             204);
    QCOMPARE(m_http->api("GET", "/families/" + m_familyA, {}, token("ann")).status, 404);
    QCOMPARE(m_http->api("GET", "/devices", {}, token("ann")).body.value("count").toInt(), 0);
}

void TestFamilies::badInputGetsAClearError()
{
    for (const QJsonObject &body :
         {QJsonObject{}, QJsonObject{{"name", ""}}, QJsonObject{{"name", QString(61, 'x')}},
          QJsonObject{{"name", 42}}, QJsonObject{{"name", "\a\x1b\u202E"}}}) {
        const Answer answer = m_http->api("POST", "/families", body, token("dan"));
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.body.value("message").toString().contains("name"));
    }
    // Control and bidi-override characters are dropped from names, never stored.
    const Answer cleaned =
        m_http->api("POST", "/families", {{"name", "Ho\ame\u202Egnp.exe"}}, token("dan"));
    QCOMPARE(cleaned.status, 201);
    QCOMPARE(cleaned.body.value("name").toString(), QStringLiteral("Homegnp.exe"));
    const Answer malformed =
        m_http->send("POST", m_http->profile().value("apiBaseUrl").toString() + "/families",
                     "{\"name\": ", {{"Authorization", token("dan").toLatin1()}});
    QCOMPARE(malformed.status, 400);
    QCOMPARE(m_http->api("GET", "/no-such-endpoint", {}, token("dan")).status, 404);
}

void TestFamilies::signedOutTokensStopWorking()
{
    const QJsonObject session = m_http->signIn("cat@example.com", "Fridge-cat-2026X");
    const QString idToken = session.value("IdToken").toString();
    QCOMPARE(m_http->api("GET", "/families", {}, idToken).status, 200);
    QCOMPARE(
        m_http->cognito("GlobalSignOut", {{"AccessToken", session.value("AccessToken")}}, false)
            .status,
        200);
    QCOMPARE(m_http->api("GET", "/families", {}, idToken).status, 401);
    QCOMPARE(m_http->api("GET", "/families", {}, token("cat")).status,
             401); // every session of the user
}

QTEST_GUILESS_MAIN(TestFamilies)
#include "tst_families.moc"

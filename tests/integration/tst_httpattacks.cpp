// SPDX-License-Identifier: MIT
// Attacks on the HTTPS side with no login at all, against the real edge (nginx) and larder-cloud:
// bursts of aborted connections, plain HTTP on the TLS port, huge bodies and headers, hundreds
// of idle connections. Sign-in and the REST API must keep answering, and no request may cost
// the cloud more than a little memory. Figures are printed (QINFO), not asserted as times.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {
void trustCloudCa(QSslSocket &socket, const QString &dataDir)
{
    QSslConfiguration tls = socket.sslConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(dataDir + "/pki/ca.pem"));
    socket.setSslConfiguration(tls);
}
} // namespace

class TestHttpAttacks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void burstsOfClosedConnectionsStopNothing_data();
    void burstsOfClosedConnectionsStopNothing();
    void hugeBodyIsRefusedEarlyAndCheaply_data();
    void hugeBodyIsRefusedEarlyAndCheaply();
    void hugeHeadersAreRefused();
    void malformedRequestLinesAreBadRequests_data();
    void malformedRequestLinesAreBadRequests();
    void idleConnectionsDoNotBlockSignIn();
    void servicesBehindTheEdgeAdmitOnlyTheEdge();
    void signUpRefusesHeaderInjection();
    void unknownUserAndWrongPasswordLookAlike();
    void resetMailsAreCapped();
    void signUpFloodsAreThrottled();
    void invitationGuessesAreThrottled();
    void forgedMediaRequestsAreThrottled();

private:
    /// A sign-in: answered (200) when the identity service is reachable; 0 when the request
    /// timed out.
    int probeSignIn(qint64 *elapsedMs = nullptr);
    /// The HTTP services' loopback port behind the edge (from the edge's configuration).
    int servicePort() const;
    /// Sends @p head and then @p bodyBytes of body over TLS, stopping as soon as the server
    /// answers or closes; the status code of the answer (0 if none) and how much was sent.
    int rawRequest(const QByteArray &head, qint64 bodyBytes, qint64 *sent);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
};

void TestHttpAttacks::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_http->setBackOff(false); // the 429s are what these tests count
    QVERIFY(m_http->isReady());
    QVERIFY(m_http->createAccount("victor@example.com", "Victor-Fridge-2026"));
    QCOMPARE(probeSignIn(), 200);
}

int TestHttpAttacks::probeSignIn(qint64 *elapsedMs)
{
    QElapsedTimer timer;
    timer.start();
    const auto answer = m_http->cognito(
        "InitiateAuth", {{"AuthFlow", "USER_PASSWORD_AUTH"},
                         {"AuthParameters", QJsonObject{{"USERNAME", "victor@example.com"},
                                                        {"PASSWORD", "Victor-Fridge-2026"}}}});
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return answer.status;
}

int TestHttpAttacks::servicePort() const
{
    QFile conf(m_cloud.dataDir() + "/edge/nginx.conf");
    if (!conf.open(QIODevice::ReadOnly))
        return 0;
    const auto match = QRegularExpression(R"(server 127\.0\.0\.1:(\d+)[ ;])")
                           .match(QString::fromUtf8(conf.readAll()));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

void TestHttpAttacks::burstsOfClosedConnectionsStopNothing_data()
{
    QTest::addColumn<bool>("behindTheEdge"); // the services' own port, reached directly
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("plainHttp");
    for (const bool inner : {false, true})
        for (const int count : {50, 100, 200})
            for (const bool plain : {false, true})
                QTest::addRow("%s, %d, %s", inner ? "services' port" : "edge", count,
                              plain ? "plain HTTP" : "closed at once")
                    << inner << count << plain;
}

void TestHttpAttacks::burstsOfClosedConnectionsStopNothing()
{
    // Before: 50 connections to the HTTPS port closing at once (or speaking plain HTTP) stopped
    // its listener for good: sign-in and the REST API timed out until a restart.
    QFETCH(bool, behindTheEdge);
    QFETCH(int, count);
    QFETCH(bool, plainHttp);
    const int port = behindTheEdge ? servicePort() : m_cloud.httpPort();
    QVERIFY(port > 0);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
        sockets.push_back(std::move(socket));
    }
    for (auto &socket : sockets) {
        if (plainHttp && socket->waitForConnected(2000)) {
            socket->write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            socket->flush();
        }
    }
    QTest::qWait(50);
    for (auto &socket : sockets)
        socket->abort();
    sockets.clear();
    for (int round = 0; round < 3; ++round) {
        qint64 ms = 0;
        QCOMPARE(probeSignIn(&ms), 200);
        qInfo("sign-in answered in %lld ms after the burst", ms);
    }
}

int TestHttpAttacks::rawRequest(const QByteArray &head, qint64 bodyBytes, qint64 *sent)
{
    QSslSocket socket;
    trustCloudCa(socket, m_cloud.dataDir());
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_cloud.httpPort()),
                                  QStringLiteral("localhost"));
    if (!socket.waitForEncrypted(5000))
        return 0;
    socket.write(head);
    const QByteArray chunk(1 << 20, 'x');
    *sent = 0;
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000 && socket.state() == QAbstractSocket::ConnectedState) {
        if (*sent < bodyBytes && socket.bytesToWrite() < 4 * chunk.size()) {
            const qint64 n = std::min<qint64>(chunk.size(), bodyBytes - *sent);
            socket.write(chunk.constData(), n);
            *sent += n;
        }
        socket.waitForReadyRead(5);
        answer += socket.readAll();
        if (answer.contains("\r\n\r\n"))
            break;
    }
    const auto status =
        QRegularExpression(R"(^HTTP/1\.[01] (\d{3}))").match(QString::fromLatin1(answer));
    return status.hasMatch() ? status.captured(1).toInt() : 0;
}

void TestHttpAttacks::hugeBodyIsRefusedEarlyAndCheaply_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<qint64>("size");
    QTest::newRow("100 MB to the identity service") << QByteArray("/") << qint64(100);
    QTest::newRow("500 MB to the REST API") << QByteArray("/api/families") << qint64(500);
}

void TestHttpAttacks::hugeBodyIsRefusedEarlyAndCheaply()
{
    // Before: Qt HttpServer buffered every body whole, at about four times its size: one
    // unauthenticated 100 MB POST cost 411 MiB, 500 MB cost 2 GiB.
    QFETCH(QByteArray, path);
    QFETCH(qint64, size);
    const qint64 cloud = m_cloud.cloudPid();
    const qint64 peakBefore = CloudFixture::memoryKiB(cloud, "VmHWM");
    QVERIFY(peakBefore > 0);
    const qint64 bytes = size * 1000 * 1000;
    const QByteArray head = "POST " + path +
                            " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            "Content-Length: " +
                            QByteArray::number(bytes) + "\r\n\r\n";
    qint64 sent = 0;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(rawRequest(head, bytes, &sent), 413);
    const qint64 peakAfter = CloudFixture::memoryKiB(cloud, "VmHWM");
    qInfo("%lld MB declared: refused with 413 after %lld ms and %lld MB sent; larder-cloud's "
          "peak memory %lld → %lld KiB",
          size, timer.elapsed(), sent / 1000000, peakBefore, peakAfter);
    QVERIFY2(peakAfter - peakBefore <= 32 * 1024, "the body cost the cloud more than 32 MiB");
    QVERIFY(sent < bytes); // refused before the body was sent
    QCOMPARE(probeSignIn(), 200);
}

void TestHttpAttacks::hugeHeadersAreRefused()
{
    // Before: 20 MB of headers froze the shadow service for 8 s.
    const qint64 cloud = m_cloud.cloudPid();
    const qint64 peakBefore = CloudFixture::memoryKiB(cloud, "VmHWM");
    QByteArray head = "GET /api/families HTTP/1.1\r\nHost: localhost\r\n";
    const QByteArray line = "X-Filler: " + QByteArray(1000, 'a') + "\r\n";
    while (head.size() < 20 * 1000 * 1000)
        head += line;
    head += "\r\n";
    qint64 sent = 0;
    const int status = rawRequest(head, 0, &sent);
    QVERIFY2(status == 400 || status == 0, qPrintable(QString::number(status)));
    const qint64 peakAfter = CloudFixture::memoryKiB(cloud, "VmHWM");
    qInfo("20 MB of headers: status %d; larder-cloud's peak memory %lld → %lld KiB", status,
          peakBefore, peakAfter);
    QVERIFY(peakAfter - peakBefore <= 32 * 1024);
    QCOMPARE(probeSignIn(), 200);
}

void TestHttpAttacks::malformedRequestLinesAreBadRequests_data()
{
    // Before: 500 (nginx could not carry a request without a URI into its named error page).
    QTest::addColumn<QString>("path");
    for (const char *path : {"/api/%zz", "/../x", "/api/%00", "/%00", "/media/%zz", "/media/x%00y",
                             "/api/..%2f..%2fetc", "/api/families/%"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestHttpAttacks::malformedRequestLinesAreBadRequests()
{
    QFETCH(QString, path);
    const QString base = m_http->profile().value("apiBaseUrl").toString().section("/api", 0, 0);
    const auto answer = m_http->verbatim("GET", base + path);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.body.contains("\"error\":\"BadRequest\""), answer.body.constData());
}

void TestHttpAttacks::idleConnectionsDoNotBlockSignIn()
{
    // Before: 500 raw connections filled the HTTPS accept queue; a sign-in took 5–12 s.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 500; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), quint16(m_cloud.httpPort()));
        idle.push_back(std::move(socket));
    }
    int open = 0;
    for (auto &socket : idle)
        open += socket->waitForConnected(2000) ? 1 : 0;
    QCOMPARE(open, 500);
    qint64 ms = 0;
    QCOMPARE(probeSignIn(&ms), 200);
    qInfo("with 500 idle connections open, a sign-in answered in %lld ms", ms);
    // The edge closes connections that send nothing (10 s).
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.begin(), idle.end(), [](const auto &socket) {
                socket->waitForReadyRead(0);
                return socket->state() == QAbstractSocket::UnconnectedState;
            });
        },
        20000));
}

void TestHttpAttacks::servicesBehindTheEdgeAdmitOnlyTheEdge()
{
    // The services' loopback port speaks only to the edge's certificate: a client trusting the
    // CA, with no certificate or with a device's, never reaches Qt HttpServer.
    QVERIFY(m_cloud.deviceCert("fridge-x"));
    for (const bool withDeviceCertificate : {false, true}) {
        QSslSocket socket;
        trustCloudCa(socket, m_cloud.dataDir());
        if (withDeviceCertificate) {
            socket.setLocalCertificate(m_cloud.deviceDir() + "/fridge-x.cert.pem");
            socket.setPrivateKey(m_cloud.deviceDir() + "/fridge-x.key.pem", QSsl::Ec);
        }
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(servicePort()),
                                      QStringLiteral("localhost"));
        if (socket.waitForEncrypted(5000)) {
            socket.write("GET /api/families HTTP/1.1\r\nHost: localhost\r\n\r\n");
            socket.waitForReadyRead(3000);
        }
        QVERIFY(!socket.readAll().startsWith("HTTP/"));
    }
}

namespace {
/// Password-reset mails in the cloud's outbox for @p email.
int resetMailsTo(const QString &dataDir, const QString &email)
{
    int count = 0;
    const QDir outbox(dataDir + "/outbox");
    for (const QString &name : outbox.entryList({"*.eml"}, QDir::Files)) {
        QFile mail(outbox.filePath(name));
        if (mail.open(QIODevice::ReadOnly) && name.contains("-reset-") &&
            mail.readAll().contains("To: <" + email.toUtf8() + ">"))
            ++count;
    }
    return count;
}
} // namespace

void TestHttpAttacks::signUpRefusesHeaderInjection()
{
    // Before: an address with CR/LF was accepted: headers injected into the outbox message and
    // a fake line in the cloud's log.
    const int before = QDir(m_cloud.dataDir() + "/outbox").entryList({"*.eml"}).size();
    for (const QString &address :
         {QStringLiteral("eve@example.com\r\nBcc: everyone@example.com"),
          QStringLiteral("eve@example.com\nlarder-cloud: ready"), QStringLiteral("eve\u0000@x.com"),
          QStringLiteral("eve\u202E@example.com")}) {
        const auto answer = m_http->cognito(
            "SignUp",
            {{"Username", address},
             {"Password", "Eve-Fridge-2026"},
             {"UserAttributes", QJsonArray{QJsonObject{{"Name", "email"}, {"Value", address}}}}});
        QCOMPARE(answer.type(), QStringLiteral("InvalidParameterException"));
    }
    const auto name = m_http->cognito(
        "SignUp", {{"Username", "eve@example.com"},
                   {"Password", "Eve-Fridge-2026"},
                   {"UserAttributes",
                    QJsonArray{QJsonObject{{"Name", "email"}, {"Value", "eve@example.com"}},
                               QJsonObject{{"Name", "name"}, {"Value", "Eve\u001b[2J\u202E"}}}}});
    QCOMPARE(name.type(), QStringLiteral("InvalidParameterException"));
    QCOMPARE(QDir(m_cloud.dataDir() + "/outbox").entryList({"*.eml"}).size(), before);
}

void TestHttpAttacks::unknownUserAndWrongPasswordLookAlike()
{
    // Before: an unknown user was answered in 6–19 ms, a wrong password in 38–108 ms.
    QVERIFY(m_http->createAccount("wendy@example.com", "Wendy-Fridge-2026"));
    QVERIFY(m_http->createAccount("xena@example.com", "Xena-Fridge-2026"));
    auto attempt = [this](const QString &user, QList<qint64> *times) {
        QElapsedTimer timer;
        timer.start();
        auto answer = m_http->cognito(
            "InitiateAuth",
            {{"AuthFlow", "USER_PASSWORD_AUTH"},
             {"AuthParameters", QJsonObject{{"USERNAME", user}, {"PASSWORD", "Wrong-pass-123"}}}});
        times->append(timer.elapsed());
        QTest::qWait(120); // below the edge's sign-in rate
        return answer;
    };
    QList<qint64> known, unknown;
    for (int i = 0; i < 8; ++i) {
        const auto wrong = attempt(i % 2 ? "wendy@example.com" : "xena@example.com", &known);
        const auto nobody = attempt(QStringLiteral("nobody%1@example.com").arg(i), &unknown);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(nobody.status, wrong.status);
        QCOMPARE(nobody.body, wrong.body); // same type, same message
    }
    std::sort(known.begin(), known.end());
    std::sort(unknown.begin(), unknown.end());
    const double ratio = double(unknown[4]) / double(std::max<qint64>(1, known[4]));
    qInfo("median answer: wrong password %lld ms, unknown user %lld ms (ratio %.2f)", known[4],
          unknown[4], ratio);
    // Both run one Argon2 check: the medians are of the same order, not 3–10× apart.
    QVERIFY2(ratio > 0.5 && ratio < 2.0, qPrintable(QString::number(ratio)));
    const auto forgot = m_http->cognito("ForgotPassword", {{"Username", "nobody0@example.com"}});
    QCOMPARE(forgot.status, 200); // not UserNotFoundException
}

void TestHttpAttacks::resetMailsAreCapped()
{
    // Before: 100 ForgotPassword calls sent 100 e-mails.
    int answered = 0;
    for (int i = 0; i < 100; ++i)
        answered +=
            m_http->cognito("ForgotPassword", {{"Username", "victor@example.com"}}).status ? 1 : 0;
    QCOMPARE(answered, 100);
    const int mails = resetMailsTo(m_cloud.dataDir(), "victor@example.com");
    qInfo("100 ForgotPassword calls: %d reset mails", mails);
    QVERIFY(mails >= 1 && mails <= 5);
    QCOMPARE(m_http->cognito("ForgotPassword", {{"Username", "victor@example.com"}}).type(),
             QStringLiteral("TooManyRequestsException"));
}

void TestHttpAttacks::signUpFloodsAreThrottled()
{
    // Before: sign-ups were not throttled at all. The edge answers in Cognito's shape.
    int accepted = 0, throttled = 0;
    for (int i = 0; i < 80; ++i) {
        const QString email = QStringLiteral("flood%1@example.com").arg(i);
        const auto answer = m_http->cognito(
            "SignUp",
            {{"Username", email},
             {"Password", "Flood-Fridge-2026"},
             {"UserAttributes", QJsonArray{QJsonObject{{"Name", "email"}, {"Value", email}}}}});
        accepted += answer.status == 200 ? 1 : 0;
        throttled += answer.type() == u"TooManyRequestsException" ? 1 : 0;
    }
    qInfo("80 sign-ups at once from one address: %d accepted, %d throttled", accepted, throttled);
    QVERIFY(throttled > 0);
    QCOMPARE(accepted + throttled, 80);
}

void TestHttpAttacks::invitationGuessesAreThrottled()
{
    // Before: 4,800 guesses a second at 40-bit invitation codes.
    const QString token =
        m_http->signIn("wendy@example.com", "Wendy-Fridge-2026").value("IdToken").toString();
    QVERIFY(!token.isEmpty());
    const char16_t letters[] = u"ABCDEFGHJKLMNPQRSTUV"; // invitation codes' alphabet
    int wrong = 0, throttled = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 40; ++i) {
        const auto answer = m_http->api(
            "POST", "/families/join",
            {{"code", QStringLiteral("ZZZZZZ") + QChar(letters[i % 20]) + QChar(letters[i / 20])}},
            token);
        wrong += answer.status == 404 ? 1 : 0;
        throttled += answer.status == 429 ? 1 : 0;
    }
    qInfo("40 guesses in %lld ms: %d tried, %d refused with 429", timer.elapsed(), wrong,
          throttled);
    QCOMPARE(wrong, 10);
    QCOMPARE(throttled, 30);
}

void TestHttpAttacks::forgedMediaRequestsAreThrottled()
{
    // Every media request is judged by the cloud before the edge serves it: a flood of forged
    // URLs from one address is cut off at the edge after its burst, and the cloud keeps
    // answering everyone else.
    const QString base = m_http->profile().value("apiBaseUrl").toString().section("/api", 0, 0);
    int refused = 0, throttled = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 400; ++i) {
        const auto answer = m_http->raw(
            "GET", base + QStringLiteral("/media/f/family/photo/%1.jpg?X-Amz-Signature=00").arg(i));
        refused += answer.status == 403 || answer.status == 400 ? 1 : 0;
        throttled += answer.status == 429 ? 1 : 0;
    }
    qInfo("400 forged media requests in %lld ms: %d refused by the cloud, %d at the edge (429)",
          timer.elapsed(), refused, throttled);
    QCOMPARE(refused + throttled, 400);
    QVERIFY(throttled > 0);
    QVERIFY(refused >= 200); // the burst, judged one by one
    const auto answer = m_http->cognito(
        "InitiateAuth", {{"AuthFlow", "USER_PASSWORD_AUTH"},
                         {"AuthParameters", QJsonObject{{"USERNAME", "wendy@example.com"},
                                                        {"PASSWORD", "Wendy-Fridge-2026"}}}});
    QCOMPARE(answer.status, 200);
}

QTEST_MAIN(TestHttpAttacks)
#include "tst_httpattacks.moc"

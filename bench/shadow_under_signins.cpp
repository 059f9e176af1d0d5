// SPDX-License-Identifier: MIT
// Shadow round trips while sign-ins run: a fridge's report until its `/update/accepted`
// answer, in blocks with and without a sign-in load (password checks are Argon2, tens of
// milliseconds each), alternating in the same run. The load comes from eight loopback
// addresses (127.0.0.2–9), each at the edge's per-address sign-in rate, on its own thread.
// One JSON line: the loaded round trip, and the unloaded one as its baseline.
#include "BenchSupport.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"
#include "Percentiles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

/// Keep-alive HTTPS connections, one per source address, each sending the next sign-in as soon
/// as the previous one is answered, while `on` is set. Lives on its own thread.
class SignInLoad : public QObject
{
public:
    SignInLoad(int port, QString caPath, QByteArray request)
        : m_port(port), m_ca(std::move(caPath)), m_request(std::move(request))
    {
    }
    std::atomic<bool> on{false};
    std::atomic<int> answered{0};

    void start()
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_ca));
        for (int i = 2; i <= 9; ++i) {
            auto *socket = new QSslSocket(this);
            socket->setSslConfiguration(tls);
            socket->bind(QHostAddress(QStringLiteral("127.0.0.%1").arg(i)));
            connect(socket, &QSslSocket::encrypted, this, [this, socket] { send(socket); });
            connect(socket, &QSslSocket::readyRead, this, [this, socket] {
                m_buffers[socket] += socket->readAll();
                QByteArray &buffer = m_buffers[socket];
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const qsizetype at = buffer.toLower().indexOf("content-length:");
                const qsizetype length =
                    at < 0 ? 0
                           : buffer.mid(at + 15, buffer.indexOf("\r\n", at) - at - 15)
                                 .trimmed()
                                 .toLongLong();
                if (buffer.size() < end + 4 + length)
                    return;
                buffer.remove(0, end + 4 + length);
                ++answered;
                send(socket);
            });
            socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), quint16(m_port),
                                           QStringLiteral("localhost"));
        }
        auto *idle = new QTimer(this); // resume sockets that waited while the load was off
        connect(idle, &QTimer::timeout, this, [this] {
            for (auto it = m_waiting.begin(); it != m_waiting.end();)
                if (on) {
                    send(*it);
                    it = m_waiting.erase(it);
                } else {
                    ++it;
                }
        });
        idle->start(5);
    }

private:
    void send(QSslSocket *socket)
    {
        if (!on) {
            m_waiting.append(socket);
            return;
        }
        socket->write(m_request);
    }

    int m_port;
    QString m_ca;
    QByteArray m_request;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QList<QSslSocket *> m_waiting;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = benchSamples();
    CloudFixture cloud;
    if (!cloud.start() || !cloud.deviceCert("bench-thing")) {
        std::fprintf(stderr, "bench: cannot start the local cloud\n");
        return 1;
    }
    CloudHttp http(cloud);
    if (!http.createAccount("load@example.com", "Load-Fridge-2026")) {
        std::fprintf(stderr, "bench: cannot create the account\n");
        return 1;
    }
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{"AuthFlow", "USER_PASSWORD_AUTH"},
                        {"ClientId", http.profile().value("appClientId")},
                        {"AuthParameters", QJsonObject{{"USERNAME", "load@example.com"},
                                                       {"PASSWORD", "Load-Fridge-2026"}}}})
            .toJson(QJsonDocument::Compact);
    const QByteArray request =
        "POST / HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-amz-json-1.1\r\n"
        "X-Amz-Target: AWSCognitoIdentityProviderService.InitiateAuth\r\nContent-Length: " +
        QByteArray::number(body.size()) + "\r\n\r\n" + body;
    QThread loadThread;
    auto *load = new SignInLoad(cloud.httpPort(), cloud.dataDir() + "/pki/ca.pem", request);
    load->moveToThread(&loadThread);
    QObject::connect(&loadThread, &QThread::started, load, &SignInLoad::start);
    QObject::connect(&loadThread, &QThread::finished, load, &QObject::deleteLater);
    loadThread.start();

    MqttPeer device(cloud.deviceSettings("bench-thing"));
    const QString update = QStringLiteral("$aws/things/bench-thing/shadow/update");
    if (!device.connect() || !device.subscribe(update + "/accepted")) {
        std::fprintf(stderr, "bench: the device did not connect\n");
        return 1;
    }
    QList<double> loaded, idle;
    QElapsedTimer timer, phase;
    int signInsDuringLoad = 0, answeredBefore = 0;
    qint64 loadedMs = 0;
    constexpr int block = 25;
    for (int i = 0; i < 2 * n; ++i) {
        const bool withLoad = (i / block) % 2 == 1;
        if (i % block == 0) {
            if (withLoad) {
                phase.start();
                answeredBefore = load->answered;
            }
            load->on = withLoad;
            QTest::qWait(withLoad ? 300 : 150); // let the load build up, or drain
        }
        const QByteArray token = "b" + QByteArray::number(i);
        bool answered = false;
        const auto watch =
            QObject::connect(&device.client, &larder::mqtt::MqttClient::messageReceived,
                             &device.client, [&](const QByteArray &payload) {
                                 answered = answered || payload.contains(token + '"');
                             });
        timer.start();
        device.client.publish(update,
                              R"({"state":{"reported":{"n":)" + QByteArray::number(i) +
                                  R"(}},"clientToken":")" + token + "\"}",
                              1);
        waitUntil([&] { return answered; }, 10000);
        QObject::disconnect(watch);
        if (!answered) {
            std::fprintf(stderr, "bench: update %d not answered\n", i);
            return 1;
        }
        (withLoad ? loaded : idle).append(timer.nsecsElapsed() / 1e6);
        if (withLoad && i % block == block - 1) {
            signInsDuringLoad += load->answered - answeredBefore;
            loadedMs += phase.elapsed();
        }
    }
    load->on = false;
    loadThread.quit();
    loadThread.wait();
    const double p50 = percentile(loaded, 50), base = percentile(idle, 50);
    const QJsonObject result{
        {"name", "shadow_round_trip_during_signins"},
        {"n", n},
        {"p50_ms", p50},
        {"p99_ms", percentile(loaded, 99)},
        {"max_ms", percentile(loaded, 100)},
        {"baseline", "same_round_trip_without_signins"},
        {"baseline_p50_ms", base},
        {"baseline_p99_ms", percentile(idle, 99)},
        {"ratio", base > 0 ? p50 / base : 0},
        {"signins_per_s", loadedMs > 0 ? 1000.0 * signInsDuringLoad / loadedMs : 0}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

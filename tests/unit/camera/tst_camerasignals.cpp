// SPDX-License-Identifier: MIT
// The live camera's signalling rules (camera::signalling, pure), table-driven: the topics of a
// session and which side may send what on them, and what an offer, answer, candidate, bye or
// refusal may hold — malformed, oversize and hostile ones refused with a sentence.
#include "camera/CameraSignals.h"

#include <QJsonDocument>
#include <QTest>

using namespace larder::camera::signalling;

namespace {
const QString kSession = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kSdp = QStringLiteral("v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
                                    "m=video 9 UDP/TLS/RTP/SAVPF 96\r\na=rtpmap:96 VP8/90000\r\n");
QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

class TestCameraSignals : public QObject
{
    Q_OBJECT
private slots:
    void topics_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("valid");
        const QString base = "larder/things/LRD1/camera/" + kSession + "/";
        QTest::newRow("a viewer's offer") << base + "viewer/offer" << true;
        QTest::newRow("a viewer's candidate") << base + "viewer/candidate" << true;
        QTest::newRow("a fridge's answer") << base + "fridge/answer" << true;
        QTest::newRow("a fridge's refusal") << base + "fridge/refused" << true;
        QTest::newRow("a viewer's keep-alive") << base + "viewer/alive" << true;
        QTest::newRow("a fridge never keeps alive") << base + "fridge/alive" << false;
        QTest::newRow("a viewer never answers") << base + "viewer/answer" << false;
        QTest::newRow("a fridge never offers") << base + "fridge/offer" << false;
        QTest::newRow("a viewer never refuses") << base + "viewer/refused" << false;
        QTest::newRow("a session in capitals")
            << "larder/things/LRD1/camera/" + kSession.toUpper() + "/viewer/offer" << false;
        QTest::newRow("a short session") << "larder/things/LRD1/camera/abc/viewer/offer" << false;
        QTest::newRow("a wildcard")
            << "larder/things/+/camera/" + kSession + "/viewer/offer" << false;
        QTest::newRow("deeper") << base + "viewer/offer/x" << false;
        QTest::newRow("another feature") << "larder/things/LRD1/media/request" << false;
    }
    void topics()
    {
        QFETCH(QString, topic);
        QFETCH(bool, valid);
        const auto parsed = parse(topic);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(parsed->thing, QStringLiteral("LRD1"));
            QCOMPARE(parsed->session, kSession);
            QCOMPARE(larder::camera::signalling::topic(parsed->thing, parsed->session, parsed->side,
                                                       parsed->kind),
                     topic);
        }
    }
    void readFilters()
    {
        QCOMPARE(readFilter("LRD1", kSession, Side::Fridge),
                 "larder/things/LRD1/camera/" + kSession + "/viewer/+");
        QCOMPARE(readFilter("LRD1", kSession, Side::Viewer),
                 "larder/things/LRD1/camera/" + kSession + "/fridge/+");
        QCOMPARE(parseReadFilter(readFilter("LRD1", kSession, Side::Viewer))->side, Side::Viewer);
        QCOMPARE(parseReadFilter(readFilter("LRD1", kSession, Side::Fridge))->side, Side::Fridge);
        QCOMPARE(parseReadFilter(readFilter("LRD1", kSession, Side::Viewer))->thing, "LRD1");
        QVERIFY(!parseReadFilter("larder/things/LRD1/camera/+/fridge/+"));
        QVERIFY(!parseReadFilter("larder/things/LRD1/camera/" + kSession + "/fridge/#"));
        QVERIFY(isSession(kSession));
        QVERIFY(!isSession(kSession + "0"));
    }
    void messages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<bool>("ok");
        const auto sdp = [](const QString &type, const QString &text) {
            return QJsonObject{{"type", type}, {"sdp", text}};
        };
        QTest::newRow("an offer") << int(Kind::Offer) << sdp("offer", kSdp) << true;
        QTest::newRow("an answer") << int(Kind::Answer) << sdp("answer", kSdp) << true;
        QTest::newRow("an answer as an offer") << int(Kind::Offer) << sdp("answer", kSdp) << false;
        auto withCamera = [&](const QString &camera) {
            QJsonObject offer = sdp("offer", kSdp);
            offer.insert("camera", camera);
            return offer;
        };
        QTest::newRow("an offer for the door camera")
            << int(Kind::Offer) << withCamera("door") << true;
        QTest::newRow("an offer for a camera in capitals")
            << int(Kind::Offer) << withCamera("Door") << false;
        QTest::newRow("an offer for a camera path")
            << int(Kind::Offer) << withCamera("../top") << false;
        QTest::newRow("an offer for a 17-letter camera")
            << int(Kind::Offer) << withCamera(QString(17, 'a')) << false;
        QTest::newRow("a refusal with its code")
            << int(Kind::Refused) << json(R"({"reason":"Busy.","code":"busy"})") << true;
        QTest::newRow("a refusal with a code of symbols")
            << int(Kind::Refused) << json(R"({"reason":"Busy.","code":"<b>"})") << false;
        QTest::newRow("an offer of three media lines")
            << int(Kind::Offer)
            << sdp("offer",
                   kSdp + "m=video 9 UDP/TLS/RTP/SAVPF 97\r\nm=video 9 UDP/TLS/RTP/SAVPF 98\r\n")
            << false;
        QString manyCandidates = kSdp;
        for (int i = 0; i < 21; ++i)
            manyCandidates += QString("a=candidate:%1 1 UDP 1 10.0.0.%1 9 typ host\r\n").arg(i);
        QTest::newRow("an offer of 21 candidates")
            << int(Kind::Offer) << sdp("offer", manyCandidates) << false;
        QTest::newRow("an index of 1e10")
            << int(Kind::Candidate) << json(R"({"candidate":"","sdpMLineIndex":1e10})") << false;
        QTest::newRow("a keep-alive") << int(Kind::Alive) << QJsonObject{} << true;
        QTest::newRow("a keep-alive with a payload")
            << int(Kind::Alive) << json(R"({"x":1})") << false;
        QTest::newRow("no sdp") << int(Kind::Offer) << json(R"({"type":"offer"})") << false;
        QTest::newRow("sdp a number")
            << int(Kind::Offer) << json(R"({"type":"offer","sdp":7})") << false;
        QTest::newRow("not an sdp") << int(Kind::Offer) << sdp("offer", "hello") << false;
        QTest::newRow("audio only")
            << int(Kind::Offer) << sdp("offer", "v=0\r\nm=audio 9 RTP/AVP 0\r\n") << false;
        QTest::newRow("an sdp of 20 KB")
            << int(Kind::Offer) << sdp("offer", kSdp + QString(20 * 1024, 'a')) << false;
        QTest::newRow("a NUL in the sdp")
            << int(Kind::Offer) << sdp("offer", kSdp + QChar(0) + "a=x") << false;
        QTest::newRow("non-ASCII in the sdp")
            << int(Kind::Offer) << sdp("offer", kSdp + QString::fromUtf8("s=\u202eevil")) << false;
        QTest::newRow("a candidate")
            << int(Kind::Candidate)
            << json(
                   R"({"candidate":"candidate:1 1 UDP 2122260223 127.0.0.1 50000 typ host","sdpMLineIndex":0})")
            << true;
        QTest::newRow("the end of candidates")
            << int(Kind::Candidate) << json(R"({"candidate":"","sdpMLineIndex":0})") << true;
        QTest::newRow("a candidate without its prefix")
            << int(Kind::Candidate)
            << json(R"({"candidate":"1 1 UDP 1 h 1 typ host","sdpMLineIndex":0})") << false;
        QTest::newRow("a candidate of 2 KB")
            << int(Kind::Candidate)
            << QJsonObject{{"candidate", "candidate:" + QString(2048, 'x')}, {"sdpMLineIndex", 0}}
            << false;
        QTest::newRow("a line break in a candidate")
            << int(Kind::Candidate)
            << QJsonObject{{"candidate", "candidate:1\r\na=evil"}, {"sdpMLineIndex", 0}} << false;
        QTest::newRow("an index of 8")
            << int(Kind::Candidate) << json(R"({"candidate":"","sdpMLineIndex":8})") << false;
        QTest::newRow("a negative index")
            << int(Kind::Candidate) << json(R"({"candidate":"","sdpMLineIndex":-1})") << false;
        QTest::newRow("a fractional index")
            << int(Kind::Candidate) << json(R"({"candidate":"","sdpMLineIndex":0.5})") << false;
        QTest::newRow("no index") << int(Kind::Candidate) << json(R"({"candidate":""})") << false;
        QTest::newRow("a bye") << int(Kind::Bye) << QJsonObject{} << true;
        QTest::newRow("a bye with a reason")
            << int(Kind::Bye) << json(R"({"reason":"The viewer left."})") << true;
        QTest::newRow("a bye with a bidi override")
            << int(Kind::Bye) << QJsonObject{{"reason", QString::fromUtf8("ok\u202e")}} << false;
        QTest::newRow("a refusal")
            << int(Kind::Refused)
            << json(R"({"reason":"Three people are watching already; try again in a moment."})")
            << true;
        QTest::newRow("a refusal without a reason") << int(Kind::Refused) << QJsonObject{} << false;
        QTest::newRow("a refusal of 300 characters")
            << int(Kind::Refused) << QJsonObject{{"reason", QString(300, 'a')}} << false;
    }
    void messages()
    {
        QFETCH(int, kind);
        QFETCH(QJsonObject, message);
        QFETCH(bool, ok);
        const auto why = problem(Kind(kind), message);
        QVERIFY2(why.has_value() != ok, qPrintable(why.value_or("accepted")));
        if (why)
            QVERIFY(why->endsWith(u'.'));
    }
};

QTEST_GUILESS_MAIN(TestCameraSignals)
#include "tst_camerasignals.moc"

// SPDX-License-Identifier: MIT
// The pairing label parser against valid, malformed and hostile input: a clear error every
// time, never a crash.
#include "pairing/PairingPayload.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using larder::pairing::PairingPayload;

namespace {
const QByteArray kValid =
    "larder://pair?v=1&serial=LRD00000001&model=LF-500&secret=ABCD2345EFGH6723";
}

class TestPairingPayload : public QObject
{
    Q_OBJECT
private slots:
    void labelFileRoundTrips()
    {
        QString error;
        const auto label =
            PairingPayload::fromTyped("LRD00000042", "LF-500", "QUZW-P6NU-GYMU-FKFS-OJC3", &error);
        QVERIFY2(label, qPrintable(error));
        QTemporaryDir dir;
        QFile file(dir.filePath("label.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(label->toLabelText().toUtf8());
        file.close();
        const auto read = PairingPayload::fromLabelFile(file.fileName(), &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->toUri(), label->toUri());
        QVERIFY(!PairingPayload::fromLabelFile(dir.filePath("missing.txt"), &error));
        QVERIFY(error.contains("cannot be read"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Larder LF-500\nno code here\n");
        file.close();
        QVERIFY(!PairingPayload::fromLabelFile(file.fileName(), &error));
        QVERIFY(error.contains("no QR line"));
    }
    void parsesALabel()
    {
        QString error;
        const auto payload = PairingPayload::parse(kValid, &error);
        QVERIFY2(payload, qPrintable(error));
        QCOMPARE(payload->serial, QStringLiteral("LRD00000001"));
        QCOMPARE(payload->model, QStringLiteral("LF-500"));
        QCOMPARE(payload->secret, QStringLiteral("ABCD2345EFGH6723"));
        QCOMPARE(payload->toUri().toLatin1(), kValid);
        QCOMPARE(payload->printedSecret(), QStringLiteral("ABCD-2345-EFGH-6723"));
        // Whitespace around a scan, upper-case scheme, and unknown newer keys are fine.
        QVERIFY(PairingPayload::parse(
            "  LARDER://PAIR?v=1&serial=LRD00000001&model=LF-500&secret=ABCD2345EFGH6723"
            "&colour=white\n",
            &error));
    }
    void typedByHand()
    {
        QString error;
        const auto typed =
            PairingPayload::fromTyped(" lrd0000 0001 ", "lf-500", "abcd-2345 efgh-6723", &error);
        QVERIFY2(typed, qPrintable(error));
        QCOMPARE(typed->serial, QStringLiteral("LRD00000001"));
        QCOMPARE(typed->secret, QStringLiteral("ABCD2345EFGH6723"));
        QVERIFY(!PairingPayload::fromTyped("LRD00000001", "LF-500", "ABCD-2345-EFGH-672", &error));
        QCOMPARE(error, QStringLiteral("The pairing code on this label is not valid."));
        QVERIFY(
            !PairingPayload::fromTyped(QString(100000, 'A'), "LF-500", "ABCD2345EFGH6723", &error));
    }
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("scanned");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("blank") << QByteArray(" \n\t ") << "empty";
        QTest::newRow("huge") << (kValid + "&pad=" + QByteArray(100000, 'A')) << "too long";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe larder://pair?v=1", 20)
                                << "not a Larder";
        QTest::newRow("invalid utf8")
            << QByteArray("larder://pair?v=1&serial=\xc3\x28") << "not a Larder";
        QTest::newRow("newline inside")
            << QByteArray("larder://pair?v=1\n&serial=LRD00000001") << "not a Larder";
        QTest::newRow("web link") << QByteArray("https://evil.example/pair?serial=LRD00000001")
                                  << "web link";
        QTest::newRow("wifi qr") << QByteArray("WIFI:S:home;T:WPA;P:secret;;") << "not a Larder";
        QTest::newRow("other scheme") << QByteArray("larderx://pair?v=1") << "not a Larder";
        QTest::newRow("no version")
            << QByteArray("larder://pair?serial=LRD00000001&model=LF-500&secret=ABCD2345EFGH6723")
            << "not a Larder";
        QTest::newRow("newer version")
            << QByteArray("larder://pair?v=2&serial=LRD00000001") << "newer";
        QTest::newRow("missing serial")
            << QByteArray("larder://pair?v=1&model=LF-500&secret=ABCD2345EFGH6723") << "no serial";
        QTest::newRow("missing secret")
            << QByteArray("larder://pair?v=1&serial=LRD00000001&model=LF-500") << "no pairing code";
        QTest::newRow("duplicate serial")
            << QByteArray("larder://"
                          "pair?v=1&serial=LRD00000001&serial=LRD00000002&model=LF-500&secret="
                          "ABCD2345EFGH6723")
            << "twice";
        QTest::newRow("sql in serial")
            << QByteArray("larder://pair?v=1&serial=LRD1';DROP TABLE "
                          "things;--&model=LF-500&secret=ABCD2345EFGH6723")
            << "serial number";
        QTest::newRow("script in model")
            << QByteArray(
                   "larder://pair?v=1&serial=LRD00000001&model=<script>&secret=ABCD2345EFGH6723")
            << "model";
        QTest::newRow("percent encoded")
            << QByteArray(
                   "larder://pair?v=1&serial=LRD%30000001&model=LF-500&secret=ABCD2345EFGH6723")
            << "not a Larder";
        QTest::newRow("path traversal")
            << QByteArray("larder://pair?v=1&serial=../../etc&model=LF-500&secret=A")
            << "serial number";
        QTest::newRow("lower-case secret")
            << QByteArray(
                   "larder://pair?v=1&serial=LRD00000001&model=LF-500&secret=abcd2345efgh6723")
            << "pairing code";
        QTest::newRow("secret with 0 and 1")
            << QByteArray(
                   "larder://pair?v=1&serial=LRD00000001&model=LF-500&secret=ABCD0345EFGH1723")
            << "pairing code";
        QTest::newRow("homoglyph")
            << QByteArray("larder://pair?v=1&serial=LRD0000000\xd0\x9e&model=LF-500")
            << "not a Larder";
        QTest::newRow("model starts with dash")
            << QByteArray("larder://pair?v=1&serial=LRD00000001&model=-rf&secret=ABCD2345EFGH6723")
            << "model";
    }
    void hostileInput()
    {
        QFETCH(QByteArray, scanned);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!PairingPayload::parse(scanned, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.endsWith(u'.')); // a sentence, not a code
    }
    void randomMutationsNeverCrash()
    {
        // Deterministic mutations of a valid label and random bytes: every answer is either a
        // payload whose fields are valid, or a sentence.
        QRandomGenerator random(20261122);
        int accepted = 0;
        for (int i = 0; i < 50000; ++i) {
            QByteArray input = i % 2 ? kValid : QByteArray(int(random.bounded(80)), '\0');
            const int edits = int(random.bounded(1, 6));
            for (int e = 0; e < edits && !input.isEmpty(); ++e)
                input[int(random.bounded(input.size()))] = char(random.bounded(256));
            QString error;
            const auto payload = PairingPayload::parse(input, &error);
            if (payload) {
                ++accepted;
                QCOMPARE(PairingPayload::parse(payload->toUri().toLatin1(), &error)->secret,
                         payload->secret);
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
        qInfo() << accepted << "of 50000 mutations were still valid labels";
    }
};

QTEST_GUILESS_MAIN(TestPairingPayload)
#include "tst_pairingpayload.moc"

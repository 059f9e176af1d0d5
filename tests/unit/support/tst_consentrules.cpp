// SPDX-License-Identifier: MIT
// Consent for support, table-driven: how long it may last, what a case code is, and who may
// look at a fridge when.
#include "larder-cloud/support/ConsentRules.h"

#include <QSet>
#include <QTest>

using namespace larder::cloud::support;

class TestConsentRules : public QObject
{
    Q_OBJECT
private slots:
    void durations_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<bool>("valid");
        QTest::newRow("an hour") << 1.0 << true;
        QTest::newRow("a day") << 24.0 << true;
        QTest::newRow("a week") << 168.0 << true;
        QTest::newRow("none") << 0.0 << false;
        QTest::newRow("a week and an hour") << 169.0 << false;
        QTest::newRow("half an hour") << 0.5 << false;
        QTest::newRow("a fraction") << 2.5 << false;
        QTest::newRow("negative") << -5.0 << false;
        QTest::newRow("infinite") << qInf() << false;
        QTest::newRow("not a number") << qQNaN() << false;
    }
    void durations()
    {
        QFETCH(double, hours);
        QFETCH(bool, valid);
        QCOMPARE(!consent::durationProblem(hours).has_value(), valid);
    }

    void caseCodes()
    {
        QSet<QString> seen;
        for (int i = 0; i < 1000; ++i) {
            const QString code = consent::newCaseCode();
            QCOMPARE(code.size(), 7);
            QCOMPARE(code.at(3), QChar(u'-'));
            for (const QChar c : QStringView(u"01OIL"))
                QVERIFY2(!code.contains(c), qPrintable(code));
            QVERIFY(consent::normalized(code).has_value());
            seen.insert(code);
        }
        QVERIFY(seen.size() > 990); // about 30 bits each
    }

    void typedCodes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("kept");
        QTest::newRow("as shown") << "ABC-234"
                                  << "ABC234";
        QTest::newRow("lower case, spaces") << " abc 234 "
                                            << "ABC234";
        QTest::newRow("no hyphen") << "XYZ789"
                                   << "XYZ789";
        QTest::newRow("too short") << "ABC-23"
                                   << "";
        QTest::newRow("too long") << "ABC-2345"
                                  << "";
        QTest::newRow("a zero") << "AB0-234"
                                << "";
        QTest::newRow("an O") << "ABO-234"
                              << "";
        QTest::newRow("injection") << "' OR 1=1 --"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("huge") << QString(10000, u'A') << "";
    }
    void typedCodes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, kept);
        QCOMPARE(consent::normalized(typed).value_or(QString()), kept);
    }

    void hashesOnly()
    {
        const QByteArray hash = consent::hashOf("ABC234");
        QCOMPARE(hash.size(), 32);
        QVERIFY(!hash.contains("ABC234"));
        QCOMPARE(consent::hashOf("ABC234"), hash);
        QVERIFY(consent::hashOf("ABC235") != hash);
    }

    void access_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("ended");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<bool>("writes");
        QTest::addColumn<QString>("agent");
        QTest::addColumn<int>("access");
        const int none = int(Access::None), read = int(Access::Read),
                  write = int(Access::ReadWrite);
        QTest::newRow("held, read") << 1500LL << 0LL << "a1" << false << "a1" << read;
        QTest::newRow("held, writes") << 1500LL << 0LL << "a1" << true << "a1" << write;
        QTest::newRow("another agent") << 1500LL << 0LL << "a1" << false << "a2" << none;
        QTest::newRow("not claimed") << 1500LL << 0LL << "" << false << "a1" << none;
        QTest::newRow("no agent") << 1500LL << 0LL << "" << false << "" << none;
        QTest::newRow("ended") << 1500LL << 1400LL << "a1" << true << "a1" << none;
        QTest::newRow("at its end") << 2000LL << 0LL << "a1" << false << "a1" << none;
        QTest::newRow("past it") << 9000LL << 0LL << "a1" << false << "a1" << none;
    }
    void access()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, ended);
        QFETCH(QString, holder);
        QFETCH(bool, writes);
        QFETCH(QString, agent);
        QFETCH(int, access);
        Consent c;
        c.created = 1000;
        c.expires = 2000;
        c.ended = ended;
        c.agent = holder;
        c.allowWrites = writes;
        QCOMPARE(int(consent::accessOf(c, agent, now)), access);
    }
};

QTEST_GUILESS_MAIN(TestConsentRules)
#include "tst_consentrules.moc"

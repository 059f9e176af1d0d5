// SPDX-License-Identifier: MIT
// An event's sentence composed from its details, in the reader's unit: each condition raised
// and cleared, a limit and how long, the morning note (the cloud's English names what to use),
// and an unknown condition keeping the cloud's message.
#include "alerts/AlertWords.h"

#include <QTest>

using larder::alerts::AlertWords;

class TestAlertWords : public QObject
{
    Q_OBJECT
private slots:
    void sentences_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("raised");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("limit");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("sentence");
        const QString c = QStringLiteral("C"), f = QStringLiteral("F");
        QTest::newRow("door open")
            << "doorOpen" << true << 12.4 << 0.0 << c << "The door has been open for 12 min.";
        QTest::newRow("door closed")
            << "doorOpen" << false << 0.0 << 0.0 << c << "The door is closed.";
        QTest::newRow("warm fridge") << "fridgeWarm" << true << 20.1 << 8.0 << c
                                     << "The fridge has been above 8.0° for 34 min (now 20.1°).";
        QTest::newRow("warm fridge in °F") << "fridgeWarm" << true << 20.0 << 8.0 << f
                                           << "The fridge has been above 46.4° for 34 min (now "
                                              "68.0°).";
        QTest::newRow("freezer back")
            << "freezerWarm" << false << 0.0 << 0.0 << c << "The freezer is back within its limit.";
        QTest::newRow("offline") << "offline" << true << 31.0 << 0.0 << c
                                 << "The fridge has been offline for 31 min.";
        QTest::newRow("online") << "offline" << false << 0.0 << 0.0 << c
                                << "The fridge is back online.";
        QTest::newRow("morning note (English: the cloud's, with names)")
            << "useSoon" << false << 2.0 << 0.0 << c << "cloud says";
        QTest::newRow("unknown") << "iceJam" << true << 1.0 << 0.0 << c << "cloud says";
    }
    void sentences()
    {
        QFETCH(QString, condition);
        QFETCH(bool, raised);
        QFETCH(double, value);
        QFETCH(double, limit);
        QFETCH(QString, unit);
        QFETCH(QString, sentence);
        QLocale::setDefault(QLocale::c());
        AlertWords::setUnit(unit);
        const qint64 at = 1'800'000'000'000;
        QCOMPARE(AlertWords::sentence(condition, raised, value, limit, at - 34 * 60'000, at,
                                      QStringLiteral("cloud says")),
                 sentence);
        AlertWords::setUnit(QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestAlertWords)
#include "tst_alertwords.moc"

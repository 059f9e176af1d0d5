// SPDX-License-Identifier: MIT
// The kiosk's support PIN: only digits, stored as a salted hash (never the PIN), checked in
// constant time, locked after five wrong tries.
#include "kiosk/SupportPin.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using larder::kiosk::SupportPin;

class TestSupportPin : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("LarderTest");
        QCoreApplication::setApplicationName("supportpin");
        QSettings().clear();
    }
    void rejectsWhatIsNotAPin_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("empty") << "";
        QTest::newRow("short") << "123";
        QTest::newRow("long") << "123456789";
        QTest::newRow("letters") << "12ab";
        QTest::newRow("spaces") << "12 34";
    }
    void rejectsWhatIsNotAPin()
    {
        QFETCH(QString, pin);
        QString error;
        QVERIFY(!SupportPin::set(pin, &error));
        QVERIFY(error.contains("4 to 8 digits"));
    }
    void unsetPinOpensNothing()
    {
        SupportPin pin;
        QVERIFY(!pin.configured());
        QVERIFY(!pin.check("0000"));
        QVERIFY(pin.error().contains("No support PIN"));
    }
    void storesOnlyASaltedHash()
    {
        QString error;
        QVERIFY2(SupportPin::set("246813", &error), qPrintable(error));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("supportPinHash"));
        QVERIFY(!stored.contains("246813"));
        SupportPin pin;
        QVERIFY(pin.configured());
        QVERIFY(pin.check("246813"));
        QVERIFY(pin.error().isEmpty());
    }
    void locksAfterFiveWrongTries()
    {
        SupportPin pin;
        for (int i = 0; i < SupportPin::maxTries - 1; ++i) {
            QVERIFY(!pin.check("000000"));
            QCOMPARE(pin.error(), QStringLiteral("That PIN is not right."));
        }
        QVERIFY(!pin.check("000000"));
        QVERIFY(pin.error().contains("Too many"));
        QVERIFY(!pin.check("246813")); // even the right one, while locked
        QVERIFY(pin.error().contains("Try again"));
    }
};

QTEST_GUILESS_MAIN(TestSupportPin)
#include "tst_supportpin.moc"

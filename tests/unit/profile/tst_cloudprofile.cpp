// SPDX-License-Identifier: MIT
#include "profile/CloudProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using larder::profile::CloudProfile;

class TestCloudProfile : public QObject
{
    Q_OBJECT
private slots:
    void readsTheLocalProfile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("profile.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"name":"local","mqttEndpoint":"127.0.0.1","mqttPort":8884,"caFile":"pki/ca.pem"})");
        file.close();
        QString error;
        const auto profile = CloudProfile::load(file.fileName(), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->mqttPort, 8884);
        QCOMPARE(profile->caFile, dir.filePath("pki/ca.pem")); // relative to the profile
        const auto settings = profile->mqttSettings("app-1");
        QCOMPARE(settings.port, 8884);
        QCOMPARE(settings.clientId, QStringLiteral("app-1"));
    }
    void badProfilesGiveASentence_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no endpoint") << QByteArray(R"({"mqttPort":1})");
        QTest::newRow("bad port") << QByteArray(R"({"mqttEndpoint":"h","mqttPort":70000})");
        QTest::newRow("huge") << QByteArray(200000, ' ');
    }
    void badProfilesGiveASentence()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        QFile file(dir.filePath("profile.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!CloudProfile::load(file.fileName(), &error));
        QVERIFY(error.contains("profile"));
    }
    void missingFile()
    {
        QString error;
        QVERIFY(!CloudProfile::load("/nonexistent/profile.json", &error));
        QVERIFY(error.contains("cannot be read"));
    }
};

QTEST_GUILESS_MAIN(TestCloudProfile)
#include "tst_cloudprofile.moc"

// SPDX-License-Identifier: MIT
#include "profile/CloudProfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
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
        const QJsonObject local{{"name", "local"},
                                {"mqttEndpoint", "127.0.0.1"},
                                {"mqttPort", 8884},
                                {"caFile", "pki/ca.pem"},
                                {"userPoolId", "local_abc"},
                                {"appClientId", "c1"},
                                {"identityEndpoint", "https://127.0.0.1:1"},
                                {"apiBaseUrl", "https://127.0.0.1:1/api"}};
        file.write(QJsonDocument(local).toJson());
        file.close();
        QString error;
        const auto profile = CloudProfile::load(file.fileName(), &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->mqttPort, 8884);
        QCOMPARE(profile->caFile, dir.filePath("pki/ca.pem")); // relative to the profile
        const auto settings = profile->mqttSettings("app-1");
        QCOMPARE(settings.port, 8884);
        QCOMPARE(settings.clientId, QStringLiteral("app-1"));
        QVERIFY(settings.certFile.isEmpty()); // the app signs in; no client certificate
        QCOMPARE(profile->mqttUsername(),
                 QStringLiteral("larder-app?x-amz-customauthorizer-name=larder"));
    }
    void awsProfileDerivesTheIdentityEndpoint()
    {
        QString error;
        const auto profile = CloudProfile::load(qEnvironmentVariable("LARDER_SOURCE_DIR") +
                                                    "/resources/profiles/aws.example.json",
                                                &error);
        QVERIFY2(profile, qPrintable(error));
        QCOMPARE(profile->identityEndpoint,
                 QStringLiteral("https://cognito-idp.eu-west-1.amazonaws.com"));
        QCOMPARE(profile->mqttPort, 443);
        QCOMPARE(profile->alpn, QStringLiteral("mqtt"));
        QVERIFY(profile->caFile.isEmpty()); // AWS: the system's trust store
        QCOMPARE(profile->mqttSettings("x").port, 443);
    }
    void badProfilesGiveASentence_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("{nope");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no endpoint") << QByteArray(R"({"mqttPort":1})");
        QTest::newRow("bad port") << QByteArray(R"({"mqttEndpoint":"h","mqttPort":70000})");
        QTest::newRow("no user pool") << QByteArray(R"({"mqttEndpoint":"h","mqttPort":1})");
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

// SPDX-License-Identifier: MIT
// The owner app's screens load and show live data: `larder --self-test` against a real
// larder-cloud and a simulated fridge, light and dark, phone and desktop sized.
#include "CloudFixture.h"

#include <QProcess>
#include <QTest>

class TestOwnerScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        QVERIFY(m_cloud.startFridge("fridge-ui", {"--speed", "10"}));
    }
    void selfTest_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("size");
        QTest::newRow("phone light") << "light"
                                     << "390x844";
        QTest::newRow("desktop dark") << "dark"
                                      << "1280x800";
    }
    void selfTest()
    {
        QFETCH(QString, theme);
        QFETCH(QString, size);
        QTemporaryDir out;
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        app.setProcessEnvironment(env);
        const QString png = out.filePath("owner.png");
        app.start(CloudFixture::binary("larder"),
                  {"--profile", m_cloud.profilePath(), "--thing", "fridge-ui", "--fridge-name",
                   "Test fridge", "--theme", theme, "--size", size, "--screenshot", png});
        QVERIFY(app.waitForFinished(40000));
        const QString output = QString::fromUtf8(app.readAll());
        QVERIFY2(app.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains("PASS"), qPrintable(output));
        QVERIFY2(!output.contains("qrc:/"), qPrintable(output)); // no QML warnings
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(),
                 QSize(size.section('x', 0, 0).toInt(), size.section('x', 1, 1).toInt()));
    }
    void failsClearlyWithoutACloud()
    {
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        app.setProcessEnvironment(env);
        app.start(CloudFixture::binary("larder"),
                  {"--profile", "/nonexistent/profile.json", "--thing", "x", "--self-test"});
        QVERIFY(app.waitForFinished(20000));
        QCOMPARE(app.exitCode(), 1);
        QVERIFY(QString::fromUtf8(app.readAll()).contains("cannot be read"));
    }

private:
    CloudFixture m_cloud;
};

QTEST_GUILESS_MAIN(TestOwnerScreen)
#include "tst_ownerscreen.moc"

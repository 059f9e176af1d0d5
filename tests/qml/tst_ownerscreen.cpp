// SPDX-License-Identifier: MIT
// Every screen of the owner app loads and shows live data: `larder --self-test --page …`
// against a real larder-cloud and a simulated fridge, signed in as a family's owner (in its own
// keyring), light and dark, phone and desktop sized.
#include "AppRun.h"
#include "CloudFixture.h"

#include <QImage>
#include <QTest>

namespace {
const QString kOwner = QStringLiteral("owner@ui.larder.test");

} // namespace

class TestOwnerScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_passwords = m_cloud.demoFamily("fridge-ui", kOwner, "member@ui.larder.test");
        QVERIFY(m_passwords.contains(kOwner));
        QVERIFY(m_cloud.startFridge("fridge-ui", {"--speed", "10"}));
    }
    void selfTest_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("size");
        QTest::addColumn<bool>("signedIn");
        // Rows run in order in one keyring: signed out first, then signed in, then restored.
        QTest::newRow("sign in") << "signin"
                                 << "light"
                                 << "390x844" << false;
        QTest::newRow("sign up") << "signup"
                                 << "dark"
                                 << "1280x800" << false;
        QTest::newRow("fridge, phone light") << "fridge"
                                             << "light"
                                             << "390x844" << true;
        QTest::newRow("fridge, desktop dark") << "fridge"
                                              << "dark"
                                              << "1280x800" << true;
        QTest::newRow("families") << "families"
                                  << "light"
                                  << "390x844" << true;
        QTest::newRow("family with invitation") << "invite"
                                                << "dark"
                                                << "390x844" << true;
        QTest::newRow("join") << "join"
                              << "light"
                              << "1280x800" << true;
        QTest::newRow("settings") << "settings"
                                  << "light"
                                  << "390x844" << true;
        QTest::newRow("what's inside") << "inside"
                                       << "light"
                                       << "390x844" << true;
        QTest::newRow("search as you type") << "search"
                                            << "dark"
                                            << "1280x800" << true;
        QTest::newRow("adding with suggestions") << "add"
                                                 << "light"
                                                 << "390x844" << true;
        QTest::newRow("shopping list") << "shopping"
                                       << "light"
                                       << "390x844" << true;
        QTest::newRow("alerts") << "alerts"
                                << "dark"
                                << "390x844" << true;
        QTest::newRow("a fridge's history") << "history"
                                            << "dark"
                                            << "390x844" << true;
        QTest::newRow("a command in progress") << "commands"
                                               << "light"
                                               << "390x844" << true;
        QTest::newRow("support access") << "supportaccess"
                                        << "dark"
                                        << "1280x800" << true;
        QTest::newRow("the camera, live") << "camera"
                                          << "dark"
                                          << "390x844" << true;
        // No password given: the session comes back from the keychain.
        QTest::newRow("fridge, session restored") << "fridge"
                                                  << "light"
                                                  << "390x844" << false;
    }
    void selfTest()
    {
        QFETCH(QString, page);
        QFETCH(QString, theme);
        QFETCH(QString, size);
        QFETCH(bool, signedIn); // sign in with the password (else: whatever the keychain has)
        QTemporaryDir out;
        const QString png = out.filePath("owner.png");
        const QStringList args{
            "--profile", m_cloud.profilePath(), "--page", page, "--theme", theme, "--size",
            size,        "--screenshot",        png};
        const AppRun run =
            signedIn ? AppRun::run(args, kOwner, m_passwords.value(kOwner)) : AppRun::run(args);
        const QString &output = run.output;
        QVERIFY2(run.exitCode == 0, qPrintable(output));
        QVERIFY2(output.contains("PASS"), qPrintable(output));
        QVERIFY2(!output.contains("qrc:/"), qPrintable(output));     // no QML warnings
        QVERIFY2(!output.contains("not ready"), qPrintable(output)); // no component failed
        QVERIFY2(!output.contains("refused"), qPrintable(output));   // every subscription granted
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(),
                 QSize(size.section('x', 0, 0).toInt(), size.section('x', 1, 1).toInt()));
    }
    void wrongPasswordFailsWithASentence()
    {
        const AppRun run = AppRun::run({"--profile", m_cloud.profilePath(), "--self-test"}, kOwner,
                                       "Wrong-password-1");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.output.contains("password is wrong"), qPrintable(run.output));
    }
    void failsClearlyWithoutACloud()
    {
        const AppRun run = AppRun::run({"--profile", "/nonexistent/profile.json", "--self-test"});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.output.contains("cannot be read"));
    }

private:
    CloudFixture m_cloud;
    QHash<QString, QString> m_passwords;
};

QTEST_GUILESS_MAIN(TestOwnerScreen)
#include "tst_ownerscreen.moc"

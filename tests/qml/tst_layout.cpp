// SPDX-License-Identifier: MIT
// Every page of the owner app, laid out at the sizes Larder ships for — a phone (360×800), a
// small tablet (1024×600), the door's and a laptop's 1280×800 and a desktop (1920×1080) — in
// English, Chinese, the pseudo-locale (every word twice as long) and at 150 % text: no text
// cut short, nothing outside the window that cannot be scrolled to, no control over another, and
// Tab reaches every control with its focus in view and showing (`larder --layout-check`, against
// a real larder-cloud and a simulated fridge).
#include "AppRun.h"
#include "CloudFixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace {
const QString kOwner = QStringLiteral("owner@layout.larder.test");
const QString kStaff = QStringLiteral("desk@layout.larder.test");
const QString kSizes = QStringLiteral("360x800,1024x600,1280x800,1920x1080");
const QString kSignedOutPages = QStringLiteral("signin,signup");
const QString kSignedInPages =
    QStringLiteral("fridge,temperatures,inside,search,add,shopping,board,alerts,history,commands,"
                   "family,invite,families,join,settings,addfridge,supportaccess,camera");
} // namespace

class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_cloud.start());
        m_passwords = m_cloud.demoFamily("fridge-layout", kOwner, "member@layout.larder.test");
        QVERIFY(m_passwords.contains(kOwner));
        QVERIFY(m_cloud.startFridge("fridge-layout", {"--speed", "10"}));
    }
    void signedOut_data() { variants(); }
    // Signed out first: once signed in, the keyring brings the session back.
    void signedOut()
    {
        QFETCH(QStringList, options);
        check(kSignedOutPages, options, false);
    }
    void signedIn_data() { variants(); }
    void signedIn()
    {
        QFETCH(QStringList, options);
        check(kSignedInPages, options, true);
    }
    void support_data() { variants(); }
    // A support account's diagnostic mode (its own sign-in, its own keyring).
    void support()
    {
        QFETCH(QStringList, options);
        if (m_staffPassword.isEmpty()) {
            QProcess tool;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("LARDER_STAFF_PASSWORD", "Support-Desk-2026");
            tool.setProcessEnvironment(env);
            tool.start(CloudFixture::binary("larder-cloud"),
                       QStringList{"add-staff", "--email", kStaff} + m_cloud.toolArguments());
            QVERIFY(tool.waitForFinished(15000) && tool.exitCode() == 0);
            m_staffPassword = "Support-Desk-2026";
            // And a case to open: the fridge's owner let support look (the agent claims the
            // code the first time, and opens its own case again after that).
            QProcess grant;
            grant.start(CloudFixture::binary("larder-cloud"),
                        QStringList{"grant-support", "--thing", "fridge-layout", "--hours", "2"} +
                            m_cloud.toolArguments());
            QVERIFY(grant.waitForFinished(15000) && grant.exitCode() == 0);
            m_caseCode = QRegularExpression("[A-Z2-9]{3}-[A-Z2-9]{3}")
                             .match(QString::fromUtf8(grant.readAllStandardOutput()))
                             .captured(0);
            QVERIFY(!m_caseCode.isEmpty());
        }
        // The fleet, and the case open: its shadow, live changes, actions, reports, timeline.
        check("diagnostics", options + QStringList{"--case-code", m_caseCode}, true, kStaff,
              m_staffPassword);
    }

private:
    static void variants()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("English") << QStringList{"--lang", "en"};
        QTest::newRow("Chinese") << QStringList{"--lang", "zh_CN"};
        QTest::newRow("pseudo-locale") << QStringList{"--lang", "pseudo"};
        QTest::newRow("150 % text") << QStringList{"--lang", "en", "--text-scale", "1.5"};
    }
    void check(const QString &pages, const QStringList &options, bool signedIn,
               const QString &email = kOwner, const QString &password = {})
    {
        const QStringList args =
            QStringList{"--profile", m_cloud.profilePath(), "--page", pages, "--layout-check",
                        kSizes,      "--timeout",           "150000"} +
            options;
        const AppRun run =
            signedIn ? AppRun::run(args, email,
                                   password.isEmpty() ? m_passwords.value(email) : password, 170000)
                     : AppRun::run(args, {}, {}, 170000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        // Every page at every size was looked at.
        const int visits = int(pages.count(u',') + 1) * int(kSizes.count(u',') + 1);
        QCOMPARE(run.output.count(QStringLiteral("larder layout: ")), visits);
        QVERIFY2(run.output.contains("PASS"), qPrintable(run.output));
        QVERIFY2(!run.output.contains("qrc:/"), qPrintable(run.output)); // no QML warnings
    }

    CloudFixture m_cloud;
    QHash<QString, QString> m_passwords;
    QString m_staffPassword;
    QString m_caseCode;
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"

// SPDX-License-Identifier: MIT
// The kiosk's screens load and show live state: `larder --kiosk --self-test --page …` against
// a real larder-cloud, a simulated fridge and the factory's files for the door tablet —
// unpaired (its pairing code) and, once a family paired the fridge, paired (its controls and
// its list), adding to the list on the on-screen keyboard, the family board with a post, and
// a voice message being recorded there (from a virtual PulseAudio microphone). Every door screen
// is laid out at 1024×600, 1280×800 and 1920×1080 in English, Chinese, the pseudo-locale and at
// 150 % text without cut text, unreachable items or overlapping controls (`--layout-check`).
#include "AppRun.h"
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "VirtualAudio.h"

#include "pairing/PairingPayload.h"

#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTest>

class TestKioskScreen : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // The door's microphone (the kiosk inherits PULSE_SERVER).
        QVERIFY2(m_audio.start(), qPrintable(m_audio.log()));
        QVERIFY(m_cloud.start());
        QVERIFY(m_cloud.runTool(
            {"factory", "--serial", "LRD00000061", "--model", "LF-700X", "--out", tabletDir()}));
        m_fridge = m_cloud.startFridge("LRD00000061", {"--speed", "10", "--serial", "LRD00000061"});
        QVERIFY(m_fridge);
    }
    void unpairedShowsThePairingCode()
    {
        shoot("pairing", "dark");
        layout("pairing", {"--lang", "zh_CN"});
        layout("pairing", {"--lang", "pseudo"});
    }
    void supportPinDialogShowsTheKeypad()
    {
        QProcess setPin;
        setPin.setProcessEnvironment(environment());
        setPin.start(CloudFixture::binary("larder"),
                     {"--kiosk", "--set-support-pin", "--device-dir", tabletDir(), "--profile",
                      m_cloud.profilePath()});
        setPin.write("13579\n");
        setPin.closeWriteChannel();
        QVERIFY(setPin.waitForFinished(20000));
        QVERIFY2(setPin.exitCode() == 0, setPin.readAllStandardError().constData());
        shoot("support", "dark");
    }
    void pairedShowsTheFridge()
    {
        CloudHttp http(m_cloud);
        QVERIFY(http.createAccount("owner@kioskui.larder.test", "Kiosk-ui-pass-1"));
        const QString token =
            http.signIn("owner@kioskui.larder.test", "Kiosk-ui-pass-1").value("IdToken").toString();
        const auto family = http.api("POST", "/families", {{"name", "Home"}}, token);
        QString error;
        const auto payload =
            larder::pairing::PairingPayload::fromLabelFile(tabletDir() + "/label.txt", &error);
        QVERIFY2(payload, qPrintable(error));
        const QString familyId = family.body.value("familyId").toString();
        const auto paired = http.pair(*payload, familyId, "Kitchen fridge", token);
        QCOMPARE(paired.status, 201);
        // Something on the family's shopping list for the door to show.
        for (const char *name : {"Milk", "Porridge oats", "Lemons"})
            QCOMPARE(http.api("POST", "/families/" + familyId + "/shopping",
                              {{"id", QString("door-%1").arg(QString(name).remove(u' '))},
                               {"name", name}},
                              token)
                         .status,
                     201);
        shoot("paired", "light");
    }
    void addSheetOpensWithTheKeyboard() { shoot("add", "dark"); }
    /// Behind the support PIN: the door's local diagnostics, its self-test run.
    void theDoorsDiagnosticsRunTheirSelfTest() { shoot("diagnostics", "dark"); }
    void theShoppingListTakesANameAtTheDoor() { shoot("shopping", "light"); }
    /// The fridge's cameras live on the door, beside the shelves' last photos.
    void theCamerasAreLiveOnTheDoor() { shoot("camera", "dark"); }
    void theBoardShowsTheFamilysPosts()
    {
        // A recipe card from the owner's phone is drawn on the door's board.
        CloudHttp http(m_cloud);
        const QString token =
            http.signIn("owner@kioskui.larder.test", "Kiosk-ui-pass-1").value("IdToken").toString();
        const auto families = http.api("GET", "/families", {}, token);
        const QString family =
            families.body.value("items").toArray().first().toObject().value("familyId").toString();
        QVERIFY(!family.isEmpty());
        QCOMPARE(http.api("POST", "/families/" + family + "/board",
                          {{"kind", "recipe"}, {"title", "Lemon cake"}, {"text", "Lemons, sugar."}},
                          token)
                     .status,
                 201);
        shoot("board", "dark");
    }
    void theDoorLaysOutAtEverySize_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("English") << QStringList{"--lang", "en"};
        QTest::newRow("Chinese") << QStringList{"--lang", "zh_CN"};
        QTest::newRow("pseudo-locale") << QStringList{"--lang", "pseudo"};
        QTest::newRow("150 % text") << QStringList{"--lang", "en", "--text-scale", "1.5"};
    }
    void theDoorLaysOutAtEverySize()
    {
        QFETCH(QStringList, options);
        layout("paired,inside,camera,board,add,shopping,support,diagnostics", options);
    }
    /// Recording a message on the door's board, its clock past two seconds.
    void aMessageIsRecordedAtTheDoor() { shoot("record", "light"); }
    /// The door left open: at 600× its ten minutes pass in a second, and the alarm covers the
    /// door.
    void theDoorAlarmCoversTheScreen()
    {
        m_fridge->terminate();
        QVERIFY(m_fridge->waitForFinished(5000));
        QVERIFY(m_cloud.startFridge(
            "LRD00000061", {"--speed", "600", "--serial", "LRD00000061", "--scenario", "0:open"}));
        shoot("alarm", "dark");
    }

private:
    QString tabletDir() const { return m_cloud.tabletDir(); }
    /// Offscreen, with the tablet's settings in the test's own folder.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_CONFIG_HOME", m_cloud.dataDir() + "/tablet-config");
        return env;
    }
    void shoot(const QString &page, const QString &theme)
    {
        QTemporaryDir out;
        const QString png = out.filePath("kiosk.png");
        QProcess app;
        app.setProcessChannelMode(QProcess::MergedChannels);
        app.setProcessEnvironment(environment());
        app.start(CloudFixture::binary("larder"),
                  {"--kiosk", "--device-dir", tabletDir(), "--profile", m_cloud.profilePath(),
                   "--page", page, "--theme", theme, "--size", "1280x800", "--screenshot", png});
        QVERIFY(app.waitForFinished(40000));
        const QString output = QString::fromUtf8(app.readAll());
        QVERIFY2(app.exitStatus() == QProcess::NormalExit && app.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1 (%2): %3")
                                .arg(app.exitCode())
                                .arg(int(app.exitStatus()))
                                .arg(output)));
        QVERIFY2(output.contains("PASS"), qPrintable(output));
        QVERIFY2(!output.contains("qrc:/"), qPrintable(output));     // no QML warnings
        QVERIFY2(!output.contains("not ready"), qPrintable(output)); // no component failed
        QCOMPARE(QImage(png).size(), QSize(1280, 800));
    }

    /// `--layout-check` of the door's @p pages at the door's sizes: nothing found.
    void layout(const QString &pages, const QStringList &options)
    {
        static const QString sizes = QStringLiteral("1024x600,1280x800,1920x1080");
        QProcessEnvironment env;
        env.insert("XDG_CONFIG_HOME", m_cloud.dataDir() + "/tablet-config");
        const AppRun run =
            AppRun::run(QStringList{"--kiosk", "--device-dir", tabletDir(), "--profile",
                                    m_cloud.profilePath(), "--size", "1280x800", "--page", pages,
                                    "--layout-check", sizes, "--timeout", "100000"} +
                            options,
                        {}, {}, 120000, env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        const int visits = int(pages.count(u',') + 1) * int(sizes.count(u',') + 1);
        QCOMPARE(run.output.count(QStringLiteral("larder layout: ")), visits);
        QVERIFY2(!run.output.contains("qrc:/"), qPrintable(run.output));
    }

    VirtualAudio m_audio;
    CloudFixture m_cloud;
    QProcess *m_fridge = nullptr;
};

QTEST_GUILESS_MAIN(TestKioskScreen)
#include "tst_kioskscreen.moc"

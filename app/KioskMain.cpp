// SPDX-License-Identifier: MIT
// The kiosk's wiring: the door tablet's identity and its screen.
#include "AppOptions.h"
#include "Launch.h"
#include "SelfTest.h"

#include "fridge/FridgeController.h"
#include "kiosk/KioskProvisioner.h"
#include "kiosk/SupportPin.h"
#include "profile/CloudProfile.h"
#include "profile/ProfileChoice.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

using larder::provisioning::KioskProvisioner;

int runKiosk(const AppOptions &options)
{
    using larder::profile::ProfileChoice;
    QString error;
    const auto profile = larder::profile::CloudProfile::load(
        ProfileChoice::pathOf(ProfileChoice::resolve(options.profile)), &error);
    if (!profile) {
        std::fprintf(stderr, "larder: %s\n", qPrintable(error));
        return 1;
    }
    if (!QDir(options.deviceDir).exists(QStringLiteral("claim.cert.pem"))) {
        std::fprintf(stderr,
                     "larder: %s holds no factory files (claim.cert.pem, claim.key.pem, ca.pem, "
                     "label.txt): pass --device-dir\n",
                     qPrintable(options.deviceDir));
        return 1;
    }
    if (options.setSupportPin) {
        // From standard input, never the command line: `echo 2468 | larder --kiosk --set-…`.
        QTextStream in(stdin);
        if (!larder::provisioning::SupportPin::set(in.readLine().trimmed(), &error)) {
            std::fprintf(stderr, "larder: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("larder: the support PIN is set\n");
        return 0;
    }
    KioskProvisioner kiosk(options.deviceDir, profile->mqttEndpoint, profile->devicePort);
    larder::provisioning::SupportPin supportPin;

    QQmlApplicationEngine engine;
    engine.setInitialProperties({
        {QStringLiteral("kiosk"), QVariant::fromValue(&kiosk)},
        {QStringLiteral("supportPin"), QVariant::fromValue(&supportPin)},
        {QStringLiteral("darkTheme"), options.theme == u"dark"},
        // A real door tablet runs full screen; a size given on the command line means a window.
        {QStringLiteral("fullScreen"), !options.windowSize.isValid()},
    });
    if (!loadWindow(engine, QUrl(QStringLiteral("qrc:/Larder/Kiosk/Main.qml")), options.windowSize))
        return 1;
    kiosk.start();

    const bool paired = options.page == u"paired";
    const bool support = options.page == u"support";
    bool supportRequested = false;
    SelfTest selfTest(
        &engine, QStringLiteral("kiosk %1 screen").arg(options.page),
        [&](QQuickWindow *window) -> SelfTest::Verdict {
            const QString shown = window->property("currentPage").toString();
            if (support) {
                if (!supportRequested) {
                    supportRequested = true;
                    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, "support"));
                }
                const QObject *keyboard = window->findChild<QObject *>(QStringLiteral("keyboard"));
                if (shown != u"support" || !keyboard || !keyboard->property("visible").toBool())
                    return {};
            } else if (paired) {
                const auto *fridge = kiosk.fridge();
                if (kiosk.state() != KioskProvisioner::Paired || !fridge || !fridge->synced() ||
                    !fridge->hasReadings() || shown != u"paired")
                    return {};
            } else {
                const QObject *code = window->findChild<QObject *>(QStringLiteral("pairingCode"));
                if (kiosk.state() != KioskProvisioner::WaitingForPairing || shown != u"pairing" ||
                    kiosk.serial().isEmpty() || !code ||
                    code->property("text").toString().size() < 16)
                    return {};
            }
            return {SelfTest::Verdict::Live, {}};
        },
        [&] {
            return QStringLiteral("state %1, error '%2'")
                .arg(int(kiosk.state()))
                .arg(kiosk.error());
        },
        options.screenshotPath, options.timeoutMs);
    if (options.selfTest || !options.screenshotPath.isEmpty())
        selfTest.start();
    return QGuiApplication::exec();
}

// SPDX-License-Identifier: MIT
// The kiosk's wiring: the door tablet's identity and its screen.
#include "AppOptions.h"
#include "FrontEnd.h"
#include "KioskApp.h"
#include "Launch.h"
#include "devtools/Devtools.h"

#include "diagnostics/LogTail.h"
#include "kiosk/SupportPin.h"
#include "profile/CloudProfile.h"
#include "profile/ProfileChoice.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QTextStream>

#include <cstdio>

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
        if (!larder::kiosk::SupportPin::set(in.readLine().trimmed(), &error)) {
            std::fprintf(stderr, "larder: %s\n", qPrintable(error));
            return 2;
        }
        std::printf("larder: the support PIN is set\n");
        return 0;
    }
    larder::diagnostics::logtail::install(); // the door's diagnostics show the log's tail
    KioskApp kiosk(options.deviceDir, profile->mqttEndpoint, profile->devicePort);
    kiosk.tablet()->setIceServers(larder::camera::WebRtcPeer::IceServers::from(profile->iceServers)
                                      .value_or(larder::camera::WebRtcPeer::IceServers{}),
                                  larder::camera::LiveCamera::relayFromCloud(profile->iceServers));
    kiosk.display()->overrideForRun(options.language, options.theme, options.textScale);
    kiosk.display()->apply();

    QQmlApplicationEngine engine;
    // A real door tablet runs full screen; a size given on the command line means a window.
    if (!frontend::loadKiosk(engine, kiosk.properties(!options.windowSize.isValid()),
                             options.windowSize))
        return 1;
    kiosk.start();
    const auto devtools = Devtools::forKiosk(&engine, kiosk.tablet(), options.devtools);
    return QGuiApplication::exec();
}

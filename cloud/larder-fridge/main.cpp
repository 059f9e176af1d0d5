// SPDX-License-Identifier: MIT
// larder-fridge: simulated Larder fridges for the demo, tests and load tests.
#include "FridgeDevice.h"
#include "Scenario.h"

#include "common/CommandLine.h"
#include "common/UnixSignals.h"
#include "diagnostics/LogTail.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace larder::fridge;
using larder::cloud::fail;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    larder::diagnostics::logtail::install(); // the log's tail goes into diagnostic reports
    QCoreApplication::setApplicationName(QStringLiteral("larder-fridge"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Simulated Larder fridge(s). Keys on stdin: d = toggle the door, q = quit.\n"
                       "Certificates come from `larder-cloud device-cert`: CERTDIR/NAME.cert.pem, "
                       "NAME.key.pem, ca.pem."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("thing"), QStringLiteral("Thing name (with --count N: NAME-1 … NAME-N)."),
         QStringLiteral("NAME")},
        {QStringLiteral("cert-dir"), QStringLiteral("Directory with the certificates."),
         QStringLiteral("DIR")},
        {QStringLiteral("host"), QStringLiteral("Broker host (127.0.0.1)."), QStringLiteral("HOST"),
         QStringLiteral("127.0.0.1")},
        {QStringLiteral("port"), QStringLiteral("Broker device port (8883)."), QStringLiteral("N"),
         QStringLiteral("8883")},
        {QStringLiteral("count"), QStringLiteral("Run N fridges in this process."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("speed"), QStringLiteral("Simulated seconds per real second (1)."),
         QStringLiteral("X"), QStringLiteral("1")},
        {QStringLiteral("door"), QStringLiteral("Start with the door open.")},
        {QStringLiteral("scenario"),
         QStringLiteral(
             "Scripted events, e.g. \"5:open,20:close,30:mode=eco,40:fault=compressor\" "
             "(seconds from start; a fault is sensor, compressor or none; light=off darkens the "
             "cameras)."),
         QStringLiteral("SCRIPT")},
        {QStringLiteral("serial"), QStringLiteral("Serial number reported."),
         QStringLiteral("SERIAL")},
        {QStringLiteral("model"), QStringLiteral("Model reported."), QStringLiteral("MODEL")},
        {QStringLiteral("camera-size"),
         QStringLiteral("The live cameras' picture, WIDTHxHEIGHT (1280x720)."),
         QStringLiteral("SIZE"), QStringLiteral("1280x720")},
        {QStringLiteral("camera-fps"), QStringLiteral("The live cameras' frames a second (15)."),
         QStringLiteral("N"), QStringLiteral("15")},
        {QStringLiteral("ice-server"),
         QStringLiteral("A STUN or TURN server for the live cameras (stun://HOST:PORT, "
                        "turn://USER:PASSWORD@HOST:PORT); repeatable. Loopback needs none."),
         QStringLiteral("URL")},
    });
    parser.process(app);

    const QString base = parser.value(QStringLiteral("thing"));
    const QString certDir = parser.value(QStringLiteral("cert-dir"));
    if (base.isEmpty() || certDir.isEmpty())
        return fail(QStringLiteral("--thing and --cert-dir are required (see --help)"));
    bool ok = false;
    const int count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 10000)
        return fail(QStringLiteral("--count must be between 1 and 10000"));
    const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || speed <= 0 || speed > 10000)
        return fail(QStringLiteral("--speed must be a positive number"));
    const int port = parser.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port <= 0 || port > 65535)
        return fail(QStringLiteral("--port must be a port number"));
    const QStringList cameraSize = parser.value(QStringLiteral("camera-size")).split(u'x');
    larder::camera::StreamSender::Video video;
    video.width = cameraSize.value(0).toInt();
    video.height = cameraSize.value(1).toInt();
    video.fps = parser.value(QStringLiteral("camera-fps")).toInt();
    if (cameraSize.size() != 2 || video.width < 160 || video.width > 3840 || video.width % 2 ||
        video.height < 120 || video.height > 2160 || video.height % 2)
        return fail(QStringLiteral("--camera-size is WIDTHxHEIGHT, even, 160x120 to 3840x2160"));
    if (video.fps < 1 || video.fps > 60)
        return fail(QStringLiteral("--camera-fps must be between 1 and 60"));
    QString iceError;
    const auto iceServers = larder::camera::WebRtcPeer::IceServers::from(
        parser.values(QStringLiteral("ice-server")), &iceError);
    if (!iceServers)
        return fail(QStringLiteral("--ice-server: %1").arg(iceError));
    QString scenarioError;
    const auto scenario = Scenario::parse(parser.value(QStringLiteral("scenario")), &scenarioError);
    if (!scenario)
        return fail(scenarioError);

    QList<FridgeDevice *> fridges;
    for (int i = 1; i <= count; ++i) {
        const QString thing = count == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(i);
        FridgeDevice::Options options;
        options.speed = speed;
        options.video = video;
        options.iceServers = *iceServers;
        options.connection.host = parser.value(QStringLiteral("host"));
        options.connection.port = port;
        options.connection.clientId = thing;
        options.connection.caFile = certDir + QStringLiteral("/ca.pem");
        options.connection.certFile = certDir + u'/' + thing + QStringLiteral(".cert.pem");
        options.connection.keyFile = certDir + u'/' + thing + QStringLiteral(".key.pem");
        for (const QString &file :
             {options.connection.caFile, options.connection.certFile, options.connection.keyFile})
            if (!QFile::exists(file))
                return fail(
                    QStringLiteral("%1 is missing (larder-cloud device-cert --thing %2 --out %3)")
                        .arg(file, thing, certDir));
        auto *fridge = new FridgeDevice(options, &app);
        if (parser.isSet(QStringLiteral("serial")))
            fridge->simulator().serial = parser.value(QStringLiteral("serial"));
        if (parser.isSet(QStringLiteral("model")))
            fridge->simulator().model = parser.value(QStringLiteral("model"));
        if (parser.isSet(QStringLiteral("door")))
            fridge->simulator().setDoorOpen(true, 0);
        fridges.append(fridge);
        fridge->start();
    }
    scenario->run(&app, [&fridges](const Scenario::Step &step) {
        for (FridgeDevice *fridge : std::as_const(fridges)) {
            if (step.path == u"door")
                fridge->setDoorOpen(step.value.toBool());
            else if (step.path == u"fault")
                fridge->setFault(step.value.toString());
            else if (step.path == u"light")
                fridge->setLight(step.value.toString() != u"off");
            else
                fridge->applyLocal(step.path, step.value);
        }
    });

    larder::cloud::UnixSignals unixSignals;
    QObject::connect(&unixSignals, &larder::cloud::UnixSignals::terminationRequested, &app,
                     &QCoreApplication::quit);
    QSocketNotifier keys(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&keys, &QSocketNotifier::activated, &app, [&] {
        char buffer[64];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            keys.setEnabled(false); // stdin closed: keep running
            return;
        }
        for (ssize_t i = 0; i < n; ++i) {
            if (buffer[i] == 'd')
                for (FridgeDevice *fridge : std::as_const(fridges))
                    fridge->toggleDoor();
            else if (buffer[i] == 'q')
                app.quit();
        }
    });
    std::printf("larder-fridge: %d fridge(s) starting (%s%s)\n", count, qPrintable(base),
                count > 1 ? "-N" : "");
    std::fflush(stdout);
    return app.exec();
}

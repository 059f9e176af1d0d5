// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

QStringList AppOptions::pages()
{
    return {QStringLiteral("signin"),   QStringLiteral("signup"),   QStringLiteral("fridge"),
            QStringLiteral("families"), QStringLiteral("family"),   QStringLiteral("invite"),
            QStringLiteral("join"),     QStringLiteral("settings"), QStringLiteral("addfridge"),
            QStringLiteral("pairing"),  QStringLiteral("paired"),   QStringLiteral("support")};
}

QString AppOptions::defaultDeviceDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/kiosk");
}

std::optional<AppOptions> AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Larder, the app of your connected fridge."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("profile"),
         QStringLiteral("Cloud profile: local (larder-cloud on this machine), aws, or a profile "
                        "file. Default: the one chosen in settings (local)."),
         QStringLiteral("NAME|FILE")},
        {QStringLiteral("fridge"), QStringLiteral("Show this fridge (its thing name) first."),
         QStringLiteral("NAME")},
        {QStringLiteral("kiosk"),
         QStringLiteral("Run as the fridge door's tablet (full screen, its certificate as "
                        "identity).")},
        {QStringLiteral("set-support-pin"),
         QStringLiteral("Kiosk: read the support PIN (4-8 digits) from standard input, store "
                        "its hash, and exit.")},
        {QStringLiteral("device-dir"),
         QStringLiteral("Kiosk: the tablet's identity folder (the factory's files)."),
         QStringLiteral("DIR"), defaultDeviceDir()},
        {QStringLiteral("theme"), QStringLiteral("light or dark."), QStringLiteral("THEME"),
         QStringLiteral("light")},
        {QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."),
         QStringLiteral("WxH")},
        {QStringLiteral("self-test"),
         QStringLiteral("Load every screen against the cloud, check it, and exit (0 = pass).")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Render the window to FILE (PNG) once live, then exit."),
         QStringLiteral("FILE")},
        {QStringLiteral("set"),
         QStringLiteral(
             "Self-test/screenshot: once live, change a control, e.g. fridge.setpoint=2.5."),
         QStringLiteral("PATH=VALUE")},
        {QStringLiteral("allow-offline"),
         QStringLiteral("Self-test/screenshot: the fridge may be offline.")},
        {QStringLiteral("page"),
         QStringLiteral("Self-test/screenshot: the screen to check (%1).")
             .arg(pages().join(QStringLiteral(", "))),
         QStringLiteral("NAME"), QStringLiteral("fridge")},
        {QStringLiteral("timeout"), QStringLiteral("Self-test/screenshot time limit in ms."),
         QStringLiteral("MS"), QStringLiteral("20000")},
    });
    parser.process(app);

    AppOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.fridge = parser.value(QStringLiteral("fridge"));
    options.page = parser.value(QStringLiteral("page"));
    options.kiosk = parser.isSet(QStringLiteral("kiosk"));
    options.deviceDir = parser.value(QStringLiteral("device-dir"));
    options.setSupportPin = parser.isSet(QStringLiteral("set-support-pin"));
    if (options.kiosk && !parser.isSet(QStringLiteral("page")))
        options.page = QStringLiteral("paired");
    options.theme = parser.value(QStringLiteral("theme"));
    options.selfTest = parser.isSet(QStringLiteral("self-test"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt();
    options.allowOffline = parser.isSet(QStringLiteral("allow-offline"));
    if (parser.isSet(QStringLiteral("set"))) {
        const QString set = parser.value(QStringLiteral("set"));
        options.setPath = set.section(u'=', 0, 0);
        options.setValue = set.section(u'=', 1);
        if (options.setPath.isEmpty() || options.setValue.isEmpty()) {
            std::fprintf(stderr, "larder: --set must look like fridge.setpoint=2.5\n");
            return std::nullopt;
        }
    }
    if (!pages().contains(options.page)) {
        std::fprintf(stderr, "larder: --page must be one of %s\n",
                     qPrintable(pages().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (options.theme != u"light" && options.theme != u"dark") {
        std::fprintf(stderr, "larder: --theme must be light or dark\n");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).split(u'x');
        const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
        if (parts.size() != 2 || w < 200 || h < 200 || w > 8000 || h > 8000) {
            std::fprintf(stderr, "larder: --size must look like 390x844\n");
            return std::nullopt;
        }
        options.windowSize = QSize(w, h);
    }
    return options;
}

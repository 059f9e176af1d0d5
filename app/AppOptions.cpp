// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

QString AppOptions::defaultProfilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/larder-demo/cloud/profile.json");
}

std::optional<AppOptions> AppOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Larder, the app of your connected fridge."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Cloud profile (JSON) to use."),
         QStringLiteral("FILE"), defaultProfilePath()},
        {QStringLiteral("thing"), QStringLiteral("The fridge's thing name."),
         QStringLiteral("NAME")},
        {QStringLiteral("fridge-name"), QStringLiteral("The fridge's display name."),
         QStringLiteral("TEXT")},
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
        {QStringLiteral("timeout"), QStringLiteral("Self-test/screenshot time limit in ms."),
         QStringLiteral("MS"), QStringLiteral("20000")},
    });
    parser.process(app);

    AppOptions options;
    options.profilePath = parser.value(QStringLiteral("profile"));
    options.thing = parser.value(QStringLiteral("thing"));
    options.displayName = parser.value(QStringLiteral("fridge-name"));
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
    if (options.thing.isEmpty()) {
        std::fprintf(stderr, "larder: --thing NAME is required (the fridge to show)\n");
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

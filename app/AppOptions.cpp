// SPDX-License-Identifier: MIT
#include "AppOptions.h"

#include "display/DisplayPreferences.h"
#include "display/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

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
        {QStringLiteral("theme"),
         QStringLiteral("light, dark or system, for this run. Default: the one in Settings."),
         QStringLiteral("THEME")},
        {QStringLiteral("lang"),
         QStringLiteral("Language for this run: en, zh_CN, or pseudo (every word twice as "
                        "long, to check layouts). Default: the one in Settings, else the "
                        "system's."),
         QStringLiteral("LANG")},
        {QStringLiteral("text-scale"),
         QStringLiteral("Text size for this run, 1.0 to 1.5. Default: the one in Settings."),
         QStringLiteral("FACTOR")},
        {QStringLiteral("size"), QStringLiteral("Window size, e.g. 390x844."),
         QStringLiteral("WxH")},
    });
    DevtoolsOptions::addTo(parser);
    parser.process(app);

    AppOptions options;
    options.profile = parser.value(QStringLiteral("profile"));
    options.fridge = parser.value(QStringLiteral("fridge"));
    options.kiosk = parser.isSet(QStringLiteral("kiosk"));
    options.deviceDir = parser.value(QStringLiteral("device-dir"));
    options.setSupportPin = parser.isSet(QStringLiteral("set-support-pin"));
    options.theme = parser.value(QStringLiteral("theme"));
    const auto devtools = DevtoolsOptions::read(parser);
    if (!devtools)
        return std::nullopt;
    options.devtools = *devtools;
    if (options.devtools.page.isEmpty())
        options.devtools.page = options.kiosk ? QStringLiteral("paired") : QStringLiteral("fridge");
    if (!options.theme.isEmpty() && options.theme != u"light" && options.theme != u"dark" &&
        options.theme != u"system") {
        std::fprintf(stderr, "larder: --theme must be light, dark or system\n");
        return std::nullopt;
    }
    options.language = parser.value(QStringLiteral("lang"));
    if (!options.language.isEmpty() && options.language != u"pseudo" && options.language != u"en" &&
        !larder::display::Translations::shipped().contains(options.language)) {
        std::fprintf(stderr, "larder: --lang must be en, pseudo or one of: %s\n",
                     qPrintable(larder::display::Translations::shipped().join(u", ")));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("text-scale"))) {
        bool ok = false;
        options.textScale = parser.value(QStringLiteral("text-scale")).toDouble(&ok);
        if (!ok || options.textScale < larder::display::DisplayPreferences::minTextScale ||
            options.textScale > larder::display::DisplayPreferences::maxTextScale) {
            std::fprintf(stderr, "larder: --text-scale must be between 1.0 and 1.5\n");
            return std::nullopt;
        }
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

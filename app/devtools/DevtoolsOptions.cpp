// SPDX-License-Identifier: MIT
#include "DevtoolsOptions.h"

#include <QCommandLineParser>

#include <cstdio>

QStringList DevtoolsOptions::pages()
{
    return {QStringLiteral("signin"),        QStringLiteral("signup"),
            QStringLiteral("fridge"),        QStringLiteral("families"),
            QStringLiteral("family"),        QStringLiteral("invite"),
            QStringLiteral("join"),          QStringLiteral("settings"),
            QStringLiteral("addfridge"),     QStringLiteral("pairing"),
            QStringLiteral("paired"),        QStringLiteral("support"),
            QStringLiteral("inside"),        QStringLiteral("add"),
            QStringLiteral("shopping"),      QStringLiteral("search"),
            QStringLiteral("board"),         QStringLiteral("record"),
            QStringLiteral("alerts"),        QStringLiteral("upload"),
            QStringLiteral("commands"),      QStringLiteral("alarm"),
            QStringLiteral("history"),       QStringLiteral("temperatures"),
            QStringLiteral("supportaccess"), QStringLiteral("diagnostics"),
            QStringLiteral("camera")};
}

void DevtoolsOptions::addTo(QCommandLineParser &parser)
{
    parser.addOptions({
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
         QStringLiteral("NAME")},
        {QStringLiteral("layout-check"),
         QStringLiteral("Visit each --page (a comma-separated list) at each of these window sizes "
                        "and report truncated text, items outside the window and controls over "
                        "each other; exit 1 if any."),
         QStringLiteral("WxH,WxH…")},
        {QStringLiteral("case-code"),
         QStringLiteral("Self-test/screenshot of --page diagnostics: open the support case this "
                        "code names (larder-cloud grant-support prints one)."),
         QStringLiteral("CODE")},
        {QStringLiteral("timeout"), QStringLiteral("Self-test/screenshot time limit in ms."),
         QStringLiteral("MS"), QStringLiteral("20000")},
    });
}

std::optional<DevtoolsOptions> DevtoolsOptions::read(const QCommandLineParser &parser)
{
    DevtoolsOptions options;
    options.selfTest = parser.isSet(QStringLiteral("self-test"));
    options.screenshotPath = parser.value(QStringLiteral("screenshot"));
    options.timeoutMs = parser.value(QStringLiteral("timeout")).toInt();
    options.allowOffline = parser.isSet(QStringLiteral("allow-offline"));
    options.page = parser.value(QStringLiteral("page"));
    options.caseCode = parser.value(QStringLiteral("case-code"));
    if (parser.isSet(QStringLiteral("set"))) {
        const QString set = parser.value(QStringLiteral("set"));
        options.setPath = set.section(u'=', 0, 0);
        options.setValue = set.section(u'=', 1);
        if (options.setPath.isEmpty() || options.setValue.isEmpty()) {
            std::fprintf(stderr, "larder: --set must look like fridge.setpoint=2.5\n");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("layout-check"))) {
        for (const QString &size : parser.value(QStringLiteral("layout-check")).split(u',')) {
            const QStringList parts = size.split(u'x');
            const int w = parts.value(0).toInt(), h = parts.value(1).toInt();
            if (parts.size() != 2 || w < 200 || h < 200) {
                std::fprintf(stderr, "larder: --layout-check takes sizes like 360x800,1280x800\n");
                return std::nullopt;
            }
            options.layoutSizes.append(QSize(w, h));
        }
        options.tour = options.page.split(u',', Qt::SkipEmptyParts);
        for (const QString &page : std::as_const(options.tour))
            if (!pages().contains(page)) {
                std::fprintf(stderr, "larder: --page: %s is not one of %s\n", qPrintable(page),
                             qPrintable(pages().join(QStringLiteral(", "))));
                return std::nullopt;
            }
        options.page = options.tour.value(0);
    }
    if (!options.page.isEmpty() && !pages().contains(options.page)) {
        std::fprintf(stderr, "larder: --page must be one of %s\n",
                     qPrintable(pages().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (options.timeoutMs <= 0) {
        std::fprintf(stderr, "larder: --timeout must be a number of milliseconds\n");
        return std::nullopt;
    }
    return options;
}

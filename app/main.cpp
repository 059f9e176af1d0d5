// SPDX-License-Identifier: MIT
// larder: the owner app, or with --kiosk the fridge door's tablet. Wiring only.
#include "AppOptions.h"
#include "Launch.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Larder_CorePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Larder_OwnerPlugin)
Q_IMPORT_QML_PLUGIN(Larder_KioskPlugin)
Q_IMPORT_QML_PLUGIN(Larder_DiagnosticsPlugin)

namespace {
/// --help, --version and --set-support-pin print and exit: they need no display.
void allowHeadlessHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v" || arg == "--set-support-pin")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}
} // namespace

int main(int argc, char **argv)
{
    allowHeadlessHelp(argc, argv);
    // The kiosk types on the on-screen keyboard (set before the application exists).
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--kiosk" && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Larder"));
    QGuiApplication::setOrganizationName(QStringLiteral("Larder"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Larder"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    const auto options = AppOptions::parse(app);
    if (!options)
        return 2;
    return options->kiosk ? runKiosk(*options) : runOwner(*options);
}

// SPDX-License-Identifier: MIT
// larder: the owner app. Wiring only: objects are created here and handed to QML.
#include "AppOptions.h"
#include "OwnerApp.h"
#include "SelfTest.h"

#include "fridge/FridgeSelection.h"
#include "profile/CloudProfile.h"
#include "profile/ProfileChoice.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Larder_CorePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Larder_OwnerPlugin)

namespace {
/// --help and --version print and exit: they need no display.
void allowHeadlessHelp(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}
} // namespace

int main(int argc, char **argv)
{
    allowHeadlessHelp(argc, argv);
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("Larder"));
    QGuiApplication::setOrganizationName(QStringLiteral("Larder"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Larder"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    const auto options = AppOptions::parse(app);
    if (!options)
        return 2;
    using larder::profile::ProfileChoice;
    const QString profileName = ProfileChoice::resolve(options->profile);
    QString error;
    const auto profile =
        larder::profile::CloudProfile::load(ProfileChoice::pathOf(profileName), &error);
    if (!profile) {
        std::fprintf(stderr, "larder: %s\n", qPrintable(error));
        return 1;
    }
    if (!options->fridge.isEmpty())
        QSettings().setValue(QLatin1String(larder::fridge::FridgeSelection::settingsKey),
                             options->fridge);

    OwnerApp owner(*profile);
    ProfileChoice profiles(profileName);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(owner.session())},
        {QStringLiteral("account"), QVariant::fromValue(owner.account())},
        {QStringLiteral("families"), QVariant::fromValue(owner.families())},
        {QStringLiteral("selection"), QVariant::fromValue(owner.selection())},
        {QStringLiteral("profiles"), QVariant::fromValue(&profiles)},
        {QStringLiteral("pairing"), QVariant::fromValue(owner.pairing())},
        {QStringLiteral("darkTheme"), options->theme == u"dark"},
    });
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &app,
                     [&](QObject *object, const QUrl &) {
                         if (!object)
                             return;
                         if (auto *window = qobject_cast<QQuickWindow *>(object);
                             window && options->windowSize.isValid())
                             window->resize(options->windowSize);
                     });
    engine.load(QUrl(QStringLiteral("qrc:/Larder/Owner/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "larder: the owner screen failed to load\n");
        return 1;
    }
    owner.start();

    SelfTest selfTest(&engine, &owner, options->page, options->screenshotPath, options->timeoutMs);
    selfTest.setChange(options->setPath, options->setValue);
    selfTest.setAllowOffline(options->allowOffline);
    if (options->selfTest || !options->screenshotPath.isEmpty())
        selfTest.start();
    return app.exec();
}

// SPDX-License-Identifier: MIT
// The owner app's wiring: objects are created here and handed to QML.
#include "AppOptions.h"
#include "FrontEnd.h"
#include "Launch.h"
#include "OwnerApp.h"
#include "devtools/Devtools.h"

#include "display/DisplayPreferences.h"
#include "fridge/FridgeSelection.h"
#include "profile/CloudProfile.h"
#include "profile/ProfileChoice.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>

#include <cstdio>

int runOwner(const AppOptions &options)
{
    using larder::profile::ProfileChoice;
    const QString profileName = ProfileChoice::resolve(options.profile);
    QString error;
    const auto profile =
        larder::profile::CloudProfile::load(ProfileChoice::pathOf(profileName), &error);
    if (!profile) {
        std::fprintf(stderr, "larder: %s\n", qPrintable(error));
        return 1;
    }
    if (!options.fridge.isEmpty())
        QSettings().setValue(QLatin1String(larder::fridge::FridgeSelection::settingsKey),
                             options.fridge);

    OwnerApp owner(*profile);
    ProfileChoice profiles(profileName);

    larder::display::DisplayPreferences display(QStringLiteral("owner"), QStringLiteral("system"));
    display.overrideForRun(options.language, options.theme, options.textScale);
    display.apply();

    QQmlApplicationEngine engine;
    if (!frontend::loadOwner(engine, frontend::ownerProperties(&owner, &profiles, &display),
                             options.windowSize))
        return 1;
    // A clicked notification brings the window forward, on the fridge's screen.
    QObject::connect(&owner, &OwnerApp::fridgeRequested, &engine, [&engine] {
        auto *window = engine.rootObjects().isEmpty()
                           ? nullptr
                           : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        if (!window)
            return;
        QMetaObject::invokeMethod(window, "showFridge");
        window->show();
        window->raise();
        window->requestActivate();
    });
    owner.start();
    const auto devtools = Devtools::forOwner(&engine, &owner, options.devtools);
    return QGuiApplication::exec();
}

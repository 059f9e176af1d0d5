// SPDX-License-Identifier: MIT
// The owner app's wiring: objects are created here and handed to QML.
#include "AppOptions.h"
#include "Launch.h"
#include "OwnerApp.h"
#include "OwnerScreenCheck.h"
#include "SelfTest.h"

#include "fridge/FridgeSelection.h"
#include "profile/CloudProfile.h"
#include "profile/ProfileChoice.h"

#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QUrl>

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

    QQmlApplicationEngine engine;
    engine.setInitialProperties({
        {QStringLiteral("session"), QVariant::fromValue(owner.session())},
        {QStringLiteral("account"), QVariant::fromValue(owner.account())},
        {QStringLiteral("families"), QVariant::fromValue(owner.families())},
        {QStringLiteral("selection"), QVariant::fromValue(owner.selection())},
        {QStringLiteral("profiles"), QVariant::fromValue(&profiles)},
        {QStringLiteral("pairing"), QVariant::fromValue(owner.pairing())},
        {QStringLiteral("darkTheme"), options.theme == u"dark"},
    });
    if (!loadWindow(engine, QUrl(QStringLiteral("qrc:/Larder/Owner/Main.qml")), options.windowSize))
        return 1;
    owner.start();

    OwnerScreenCheck check(&owner, options.page);
    check.setChange(options.setPath, options.setValue);
    check.setAllowOffline(options.allowOffline);
    SelfTest selfTest(
        &engine, options.page + QStringLiteral(" screen"),
        [&check](QQuickWindow *window) { return check(window); },
        [&] {
            return check.situation(
                engine.rootObjects().isEmpty()
                    ? nullptr
                    : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
        },
        options.screenshotPath, options.timeoutMs);
    check.setSelfTest(&selfTest);
    if (options.selfTest || !options.screenshotPath.isEmpty())
        selfTest.start();
    return QGuiApplication::exec();
}

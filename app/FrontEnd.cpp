// SPDX-License-Identifier: MIT
#include "FrontEnd.h"
#include "OwnerApp.h"

#include "alerts/AlertWords.h"
#include "display/DisplayPreferences.h"

#include "kiosk/DoorTablet.h"
#include "kiosk/SupportPin.h"
#include "profile/ProfileChoice.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <cstdio>

namespace frontend {

namespace {
bool load(QQmlApplicationEngine &engine, const QString &url, const QVariantMap &properties,
          QSize size)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.setInitialProperties(properties);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreated, &engine,
                     [size](QObject *object, const QUrl &) {
                         if (auto *window = qobject_cast<QQuickWindow *>(object);
                             window && size.isValid())
                             window->resize(size);
                     });
    // A language chosen in Settings applies at once: every qsTr() is evaluated again.
    if (auto *display = properties.value(QStringLiteral("display"))
                            .value<larder::display::DisplayPreferences *>()) {
        QObject::connect(display, &larder::display::DisplayPreferences::retranslateNeeded, &engine,
                         &QQmlEngine::retranslate);
        // The alerts' sentences in the person's unit too.
        larder::alerts::AlertWords::setUnit(display->temperatureUnit());
        QObject::connect(
            display, &larder::display::DisplayPreferences::temperatureUnitChanged, display,
            [display] { larder::alerts::AlertWords::setUnit(display->temperatureUnit()); });
    }
    engine.load(QUrl(url));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "larder: the screen failed to load\n");
        return false;
    }
    return true;
}
} // namespace

QVariantMap ownerProperties(OwnerApp *app, larder::profile::ProfileChoice *profiles,
                            larder::display::DisplayPreferences *display)
{
    return {
        {QStringLiteral("session"), QVariant::fromValue(app->session())},
        {QStringLiteral("account"), QVariant::fromValue(app->account())},
        {QStringLiteral("families"), QVariant::fromValue(app->families())},
        {QStringLiteral("selection"), QVariant::fromValue(app->selection())},
        {QStringLiteral("profiles"), QVariant::fromValue(profiles)},
        {QStringLiteral("pairing"), QVariant::fromValue(app->pairing())},
        {QStringLiteral("alerts"), QVariant::fromValue(app->alerts())},
        {QStringLiteral("fleetSearch"), QVariant::fromValue(app->diagnostics()->search())},
        {QStringLiteral("supportCase"), QVariant::fromValue(app->diagnostics()->supportCase())},
        {QStringLiteral("display"), QVariant::fromValue(display)},
    };
}

bool loadOwner(QQmlApplicationEngine &engine, const QVariantMap &properties, QSize size)
{
    return load(engine, QStringLiteral("qrc:/Larder/Owner/Main.qml"), properties, size);
}

bool loadKiosk(QQmlApplicationEngine &engine, const QVariantMap &properties, QSize size)
{
    return load(engine, QStringLiteral("qrc:/Larder/Kiosk/Main.qml"), properties, size);
}

} // namespace frontend

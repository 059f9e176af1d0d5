// SPDX-License-Identifier: MIT
// Qt Quick tests of the shared controls (SetpointStepper, ModeSelector, FormField): the QML
// files beside this one, run by QUICK_TEST_MAIN against a real FridgeController on a scripted
// MQTT transport (TestFridge). Milliseconds, no cloud.
#include "TestFridge.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Larder_CorePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ThemePlugin)
Q_IMPORT_QML_PLUGIN(Larder_ComponentsPlugin)

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        qmlRegisterType<TestFridge>("Larder.Testing", 1, 0, "TestFridge");
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(components, Setup)
#include "tst_components.moc"

// SPDX-License-Identifier: MIT
#include "StoreEngines.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

namespace storeengines {

namespace {
PostgresServer *running = nullptr;

void stopServer()
{
    delete running;
    running = nullptr;
}
} // namespace

PostgresServer *server()
{
    return running;
}

void addRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString freshLocation(const QString &engine, const QString &folder, QString *error)
{
    const QString name = QStringLiteral("t") + QUuid::createUuid().toString(QUuid::Id128);
    if (engine == QLatin1String("sqlite"))
        return folder + u'/' + name + QStringLiteral(".sqlite");
    if (!running) {
        running = new PostgresServer;
        qAddPostRoutine(stopServer);
        if (!running->start(error)) {
            stopServer();
            return {};
        }
    }
    return running->createDatabase(name, error) ? running->url(name) : QString();
}

} // namespace storeengines

// SPDX-License-Identifier: MIT
#include "StoreEngines.h"
#include "PostgresServer.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

namespace storeengines {

namespace {
PostgresServer *server = nullptr;

void stopServer()
{
    delete server;
    server = nullptr;
}
} // namespace

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
    if (!server) {
        server = new PostgresServer;
        qAddPostRoutine(stopServer);
        if (!server->start(error)) {
            stopServer();
            return {};
        }
    }
    return server->createDatabase(name, error) ? server->url(name) : QString();
}

} // namespace storeengines

// SPDX-License-Identifier: MIT
// larder-cloud: the local stand-in for Larder's cloud (broker, shadows, PKI).
#include "CloudServer.h"
#include "Commands.h"
#include "FactoryCommand.h"
#include "storage/DataPlace.h"
#include "storage/StoreLocation.h"

#include "common/CommandLine.h"
#include "common/UnixSignals.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>

#include <cstdio>
#include <sys/stat.h>

using namespace larder::cloud;

namespace {

int portOption(const QCommandLineParser &parser, const QString &name, int fallback, bool *ok)
{
    if (!parser.isSet(name))
        return fallback;
    const int port = parser.value(name).toInt(ok);
    *ok = *ok && port > 0 && port < 65536;
    return port;
}

} // namespace

int main(int argc, char **argv)
{
    // Everything larder-cloud and its children write (database, keys, outbox, logs) is the
    // owner's alone, whatever umask it was started with.
    ::umask(077);
    // The factory draws labels (fonts need a GUI application, without a display).
    bool factory = false;
    for (int i = 1; i < argc; ++i)
        factory = factory || QByteArray(argv[i]) == "factory";
    if (factory)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        factory ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("larder-cloud"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Larder's local cloud: Mosquitto broker, device shadows and PKI.\n\n"
                       "Commands:\n"
                       "  serve        run the cloud\n"
                       "  device-cert  register a thing and issue its certificate into --out\n"
                       "  assign-thing put a registered fridge into a family\n"
                       "  add-staff    create a support account\n"
                       "  grant-support  let support look at a fridge, as its owner would\n"
                       "  demo-family  two accounts, a family and a fridge for the demo\n"
                       "  factory      claim certificate and pairing label for new fridges\n"
                       "  restore      put a database backup back (the cloud stopped)"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "serve | device-cert | assign-thing | add-staff | grant-support | demo-family | "
            "factory | restore"));
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
        {QStringLiteral("role"),
         QStringLiteral("serve: all (the broker, the edge and every service: the default) or api "
                        "(the HTTP services only, joining the data directory and database of a "
                        "running all instance, whose edge balances across them)."),
         QStringLiteral("ROLE"), QStringLiteral("all")},
        {QStringLiteral("database"),
         QStringLiteral("The database: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full "
                        "(its password in PGPASSWORD or a PGPASSFILE). Default: the SQLite file "
                        "in the data directory."),
         QStringLiteral("URL")},
        {QStringLiteral("device-port"), QStringLiteral("Device MQTT/TLS port (8883)."),
         QStringLiteral("N")},
        {QStringLiteral("app-port"), QStringLiteral("App MQTT/TLS port, ID-token sign-in (8884)."),
         QStringLiteral("N")},
        {QStringLiteral("dev-port"),
         QStringLiteral("Development MQTT/TLS port for test and benchmark clients with the "
                        "development certificate (off unless given; never for apps)."),
         QStringLiteral("N")},
        {QStringLiteral("ownership-token-lifetime"),
         QStringLiteral("Fleet provisioning: ownership token lifetime in seconds (3600)."),
         QStringLiteral("S")},
        {QStringLiteral("pending-window"),
         QStringLiteral("Seconds an unpaired certificate stays pending before removal (86400)."),
         QStringLiteral("S")},
        {QStringLiteral("morning-note-hour"),
         QStringLiteral("From which hour (0-23, local time) the morning note of what to use up "
                        "is made (8)."),
         QStringLiteral("H")},
        {QStringLiteral("token-lifetime"),
         QStringLiteral("ID/access token lifetime in seconds (3600)."), QStringLiteral("S")},
        {QStringLiteral("turn-port"),
         QStringLiteral("Run a TURN relay (coturn) for the live camera on this port; the apps get "
                        "time-limited credentials from the cloud (none by default)."),
         QStringLiteral("N")},
        {QStringLiteral("turn-host"),
         QStringLiteral("The address the TURN relay listens on and viewers reach (127.0.0.1)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("http-port"),
         QStringLiteral("HTTPS port (8443), for the identity service and REST API."),
         QStringLiteral("N")},
        {QStringLiteral("thing"), QStringLiteral("Thing name (device-cert)."),
         QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("Output directory (device-cert)."),
         QStringLiteral("OUTDIR")},
        {QStringLiteral("email"),
         QStringLiteral("Account e-mail address (add-staff, demo-family owner)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("family"), QStringLiteral("Family id (assign-thing)."),
         QStringLiteral("ID")},
        {QStringLiteral("serial"), QStringLiteral("First serial number (factory)."),
         QStringLiteral("SERIAL")},
        {QStringLiteral("model"), QStringLiteral("Model number (factory)."),
         QStringLiteral("MODEL")},
        {QStringLiteral("hours"), QStringLiteral("How long support may look (grant-support, 1)."),
         QStringLiteral("N")},
        {QStringLiteral("count"), QStringLiteral("How many fridges (factory, 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {QStringLiteral("fridge-name"),
         QStringLiteral("The fridge's name (assign-thing, demo-family)."), QStringLiteral("TEXT"),
         QStringLiteral("Kitchen fridge")},
        {QStringLiteral("family-name"), QStringLiteral("Family name (demo-family)."),
         QStringLiteral("TEXT"), QStringLiteral("Home")},
        {QStringLiteral("backup-interval"),
         QStringLiteral("Seconds between online database backups (600)."), QStringLiteral("S")},
        {QStringLiteral("family-media-quota"),
         QStringLiteral("Bytes of photos, voice and video each family may store (10 GiB)."),
         QStringLiteral("BYTES")},
        {QStringLiteral("from"),
         QStringLiteral("Backup file to restore (restore; default: the newest)."),
         QStringLiteral("FILE")},
        {QStringLiteral("member-email"),
         QStringLiteral("Second account's e-mail address (demo-family)."),
         QStringLiteral("ADDRESS")},
        {QStringLiteral("owner-name"), QStringLiteral("The owner's display name (demo-family)."),
         QStringLiteral("TEXT"), QStringLiteral("Alex")},
        {QStringLiteral("member-name"),
         QStringLiteral("The second account's display name (demo-family)."), QStringLiteral("TEXT"),
         QStringLiteral("Sam")},
        {QStringLiteral("stock"),
         QStringLiteral("Also fill the fridge's list with the demo's food and write a month of its "
                        "temperatures (assign-thing).")},
    });
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        return fail(QStringLiteral("--data-dir DIR is required"));
    QString database = parser.value(QStringLiteral("database"));
    if (!database.isEmpty()) {
        QString why;
        auto location = StoreLocation::parse(database, &why);
        if (!location || location->engine != dialect::Engine::Postgres)
            return fail(why.isEmpty() ? QStringLiteral("--database takes a postgresql:// URL")
                                      : why);
        // A password given in the URL goes to libpq's environment (the broker's plugin reads
        // it there too), never into a file larder-cloud writes.
        if (!location->password.isEmpty())
            qputenv("PGPASSWORD", location->password.toUtf8());
        database = location->display();
    }
    const DataPlace data{QDir(dataDir).absolutePath(), database};

    if (command == u"device-cert")
        return deviceCertCommand(data, parser.value(QStringLiteral("thing")),
                                 parser.value(QStringLiteral("out")));
    if (command == u"assign-thing")
        return assignThingCommand(
            data, parser.value(QStringLiteral("thing")), parser.value(QStringLiteral("family")),
            parser.value(QStringLiteral("fridge-name")), parser.isSet(QStringLiteral("stock")));
    if (command == u"factory")
        return factoryCommand(
            data, parser.value(QStringLiteral("serial")), parser.value(QStringLiteral("model")),
            parser.value(QStringLiteral("count")).toInt(), parser.value(QStringLiteral("out")));
    if (command == u"demo-family")
        return demoFamilyCommand(data, {parser.value(QStringLiteral("thing")),
                                        parser.value(QStringLiteral("fridge-name")),
                                        parser.value(QStringLiteral("family-name")),
                                        parser.value(QStringLiteral("email")),
                                        parser.value(QStringLiteral("member-email")),
                                        parser.value(QStringLiteral("owner-name")),
                                        parser.value(QStringLiteral("member-name"))});
    if (command == u"add-staff")
        return addStaffCommand(data, parser.value(QStringLiteral("email")));
    if (command == u"grant-support")
        return grantSupportCommand(data, parser.value(QStringLiteral("thing")),
                                   parser.isSet(QStringLiteral("hours"))
                                       ? parser.value(QStringLiteral("hours")).toInt()
                                       : 1);
    if (command == u"restore")
        return restoreCommand(data, parser.value(QStringLiteral("from")));
    if (command != u"serve")
        return fail(QStringLiteral("unknown command '%1' (try --help)").arg(command));

    CloudServer::Options options;
    options.dataDir = data.dir;
    options.database = data.database;
    options.role = parser.value(QStringLiteral("role"));
    if (options.role != u"all" && options.role != u"api")
        return fail(QStringLiteral("--role is all or api"));
    bool ok = true;
    options.ports.device = portOption(parser, QStringLiteral("device-port"), 8883, &ok);
    if (ok)
        options.ports.app = portOption(parser, QStringLiteral("app-port"), 8884, &ok);
    if (ok)
        options.ports.dev = portOption(parser, QStringLiteral("dev-port"), 0, &ok);
    if (ok)
        options.httpPort = portOption(parser, QStringLiteral("http-port"), 8443, &ok);
    if (parser.isSet(QStringLiteral("turn-port"))) {
        bool ok = false;
        options.turnPort = parser.value(QStringLiteral("turn-port")).toInt(&ok);
        if (!ok || options.turnPort < 1 || options.turnPort > 65535)
            return fail(QStringLiteral("--turn-port must be a port number"));
    }
    if (parser.isSet(QStringLiteral("turn-host")))
        options.turnHost = parser.value(QStringLiteral("turn-host"));
    if (parser.isSet(QStringLiteral("token-lifetime"))) {
        options.tokenLifetime = parser.value(QStringLiteral("token-lifetime")).toLongLong();
        if (options.tokenLifetime < 5 || options.tokenLifetime > 86400)
            return fail(QStringLiteral("--token-lifetime must be between 5 and 86400 seconds"));
    }
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("ownership-token-lifetime"), &options.ownershipTokenLifetime},
          std::pair{QStringLiteral("pending-window"), &options.pendingWindow},
          std::pair{QStringLiteral("backup-interval"), &options.backupInterval}}) {
        if (!parser.isSet(name))
            continue;
        *target = parser.value(name).toLongLong();
        if (*target < 1 || *target > 30 * 86400)
            return fail(QStringLiteral("--%1 must be between 1 and 2592000 seconds").arg(name));
    }
    if (parser.isSet(QStringLiteral("morning-note-hour"))) {
        options.morningNoteHour = parser.value(QStringLiteral("morning-note-hour")).toInt(&ok);
        if (!ok || options.morningNoteHour < 0 || options.morningNoteHour > 23)
            return fail(QStringLiteral("--morning-note-hour must be 0 to 23"));
    }
    if (parser.isSet(QStringLiteral("family-media-quota"))) {
        options.familyMediaQuota = parser.value(QStringLiteral("family-media-quota")).toLongLong();
        if (options.familyMediaQuota < 1024 * 1024 || options.familyMediaQuota > (1LL << 40))
            return fail(QStringLiteral("--family-media-quota must be 1 MiB to 1 TiB"));
    }
    if (!ok)
        return fail(QStringLiteral("ports must be numbers between 1 and 65535"));

    CloudServer server(options);
    UnixSignals unixSignals;
    QObject::connect(&unixSignals, &UnixSignals::terminationRequested, &app, [&] {
        server.stop();
        app.quit();
    });
    QObject::connect(&server, &CloudServer::fatalError, &app, [&](const QString &message) {
        fail(message);
        server.stop();
        app.exit(1);
    });
    QString error;
    if (!server.start(&error))
        return fail(error);
    return app.exec();
}

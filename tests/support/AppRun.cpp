// SPDX-License-Identifier: MIT
#include "AppRun.h"
#include "CloudFixture.h"

#include <QProcess>

AppRun AppRun::run(const QStringList &args, const QString &email, const QString &password,
                   int timeoutMs, const QProcessEnvironment &extra)
{
    QProcess app;
    app.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.remove("LARDER_EMAIL");
    env.remove("LARDER_PASSWORD");
    if (!email.isEmpty()) {
        env.insert("LARDER_EMAIL", email);
        env.insert("LARDER_PASSWORD", password);
    }
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    app.setProcessEnvironment(env);
    app.start(CloudFixture::binary("larder"), args);
    if (!app.waitForFinished(timeoutMs)) {
        app.kill();
        app.waitForFinished(5000);
        return {-1, QString::fromUtf8(app.readAll()) + QStringLiteral("\n(timed out)")};
    }
    const AppRun run{app.exitCode(), QString::fromUtf8(app.readAll())};
    if (run.exitCode != 0) // in full: a failed check's message is cut short
        qInfo().noquote() << run.output;
    return run;
}

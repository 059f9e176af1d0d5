// SPDX-License-Identifier: MIT
// Storage that refuses to lie: owner-only files whatever the umask, an emptied or damaged
// database refused with a sentence and the way out, and the online backup restored.
#include "CloudFixture.h"
#include "CloudHttp.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <sys/stat.h>

class TestStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filesAreOwnerOnlyWhateverTheUmask();
    void emptiedDatabaseIsRefusedThenRestored();
    void damagedDatabaseIsRefusedThenRestored();
    void restoreRefusesWhileServing();

private:
    bool canSignIn();
    /// Stops the cloud, lets @p harm do its damage to the database, and checks that the next
    /// start is refused with @p problem, a backup is restored, and the account is back.
    void refusedThenRestored(const std::function<void(QFile &)> &harm, const QString &problem);

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
};

void TestStorage::initTestCase()
{
    ::umask(022); // what most shells start with: larder-cloud must not depend on it
    m_cloud.setServeOptions({"--backup-interval", "1"});
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    QVERIFY(m_http->createAccount("keep@example.com", "Keep-Fridge-2026"));
    QVERIFY(m_cloud.deviceCert("fridge-keep"));
    QVERIFY(canSignIn());
}

bool TestStorage::canSignIn()
{
    return !m_http->signIn("keep@example.com", "Keep-Fridge-2026").isEmpty();
}

void TestStorage::filesAreOwnerOnlyWhateverTheUmask()
{
    // Before: larder.sqlite (password and code hashes) and the outbox (codes in clear) were
    // world-readable.
    // The start's backup is written, and the broker's and the edge's files with it.
    QTRY_VERIFY_WITH_TIMEOUT(!QDir(m_cloud.dataDir() + "/backups").isEmpty(QDir::Files), 5000);
    int checked = 0;
    QDirIterator it(m_cloud.dataDir(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry(it.next());
        if (entry.isSymLink())
            continue;
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QVERIFY2(!(entry.permissions() & others), qPrintable(entry.filePath()));
        ++checked;
    }
    qInfo("%d files and folders, all owner-only", checked);
    for (const char *path : {"/larder.sqlite", "/outbox", "/pki/ca.key.pem", "/backups"})
        QVERIFY2(QFile::exists(m_cloud.dataDir() + path), path);
}

void TestStorage::refusedThenRestored(const std::function<void(QFile &)> &harm,
                                      const QString &problem)
{
    m_cloud.stop(); // a clean stop leaves a backup of the last state
    QFile database(m_cloud.dataDir() + "/larder.sqlite");
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(database.fileName() + suffix);
    harm(database);
    const qsizetype logged = m_cloud.log().size();
    QVERIFY(!m_cloud.start());
    const QString said = m_cloud.log().mid(logged);
    QVERIFY2(said.contains(problem), qPrintable(said));
    QVERIFY2(said.contains("would lose every account"), qPrintable(said));
    QVERIFY2(said.contains("larder-cloud restore --data-dir"), qPrintable(said));
    QString output;
    QVERIFY(m_cloud.runTool({"restore"}, &output));
    QVERIFY2(output.contains("restored"), qPrintable(output));
    QVERIFY(m_cloud.start());
    QVERIFY(canSignIn());
}

void TestStorage::emptiedDatabaseIsRefusedThenRestored()
{
    // Before: a database truncated to 0 bytes started silently as a new, empty cloud.
    refusedThenRestored([](QFile &database) { QVERIFY(database.resize(0)); }, "it is empty");
}

void TestStorage::damagedDatabaseIsRefusedThenRestored()
{
    // Before: a damaged file exited with a terse SQLite message.
    refusedThenRestored(
        [](QFile &database) {
            QVERIFY(database.open(QIODevice::ReadWrite));
            database.seek(4096);
            database.write(QByteArray(8192, '\xA5'));
            database.close();
        },
        "it is damaged");
}

void TestStorage::restoreRefusesWhileServing()
{
    QString output;
    QVERIFY(!m_cloud.runTool({"restore"}, &output));
    QVERIFY(canSignIn());
}

QTEST_MAIN(TestStorage)
#include "tst_storage.moc"

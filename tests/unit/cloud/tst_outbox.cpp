// SPDX-License-Identifier: MIT
// The local outbox keeps every message: two written in the same millisecond (an alert mailed
// for two fridges in one tick) are two files, named in the order they were written.
#include "larder-cloud/identity/CodeSender.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using larder::cloud::OutboxSender;

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void aBurstOfMessagesLosesNone()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        constexpr int count = 50;
        for (int i = 0; i < count; ++i)
            QVERIFY(OutboxSender::write(dir.path(), QStringLiteral("ann@example.com"),
                                        QStringLiteral("alert"), QStringLiteral("Larder"),
                                        QStringLiteral("message %1\r\n").arg(i)));
        const QStringList files =
            QDir(dir.path()).entryList({"*-alert-ann@example.com.eml"}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), count);
        // Sorted by name they come in the order written: the last one holds the last message.
        QFile last(dir.filePath(files.last()));
        QVERIFY(last.open(QIODevice::ReadOnly));
        QVERIFY(last.readAll().endsWith("message 49\r\n"));
    }

    void anAddressCannotLeaveTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(OutboxSender::write(dir.path() + "/outbox", QStringLiteral("../../x/y@z"),
                                    QStringLiteral("reset"), QStringLiteral("s"),
                                    QStringLiteral("b")));
        const QStringList files = QDir(dir.path() + "/outbox").entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith("-reset-.._.._x_y@z.eml"), qPrintable(files.first()));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"

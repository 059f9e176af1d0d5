// SPDX-License-Identifier: MIT
// Which shelf photos the cloud keeps (ShelfPhotos::photoFrom, pure): a known shelf and a
// stored snapshot object of that very fridge, nothing else.
#include "larder-cloud/inventory/ShelfPhotos.h"

#include <QJsonObject>
#include <QTest>

using larder::cloud::ShelfPhotos;

class TestShelfPhotos : public QObject
{
    Q_OBJECT
private slots:
    void onlyAShelfsStoredSnapshotIsKept_data()
    {
        QTest::addColumn<QJsonValue>("entry");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<QString>("why"); ///< part of the reason when refused
        const QString mine = "/media/fam/LRD1/snapshot/a.jpg";
        const auto photo = [](const QString &shelf, const QJsonValue &key) {
            return QJsonValue(QJsonObject{{"shelf", shelf}, {"key", key}});
        };
        QTest::newRow("top shelf") << photo("top", mine) << true << "";
        QTest::newRow("door") << photo("door", mine) << true << "";
        QTest::newRow("unknown shelf") << photo("attic", mine) << false << "\"shelf\" is one of";
        QTest::newRow("shelf in capitals") << photo("TOP", mine) << false << "\"shelf\"";
        QTest::newRow("no key") << photo("top", QJsonValue()) << false << "\"key\"";
        QTest::newRow("key not text") << photo("top", 42) << false << "\"key\"";
        QTest::newRow("a very long key")
            << photo("top", mine + QString(400, 'x')) << false << "\"key\"";
        QTest::newRow("another fridge's snapshot")
            << photo("top", "/media/fam/LRD2/snapshot/b.jpg") << false << "not a stored snapshot";
        QTest::newRow("a board photo")
            << photo("top", "/media/fam/family/photo/c.jpg") << false << "not a stored snapshot";
        QTest::newRow("not stored yet") << photo("top", "/media/fam/LRD1/snapshot/pending.jpg")
                                        << false << "not a stored snapshot";
        QTest::newRow("not an object") << QJsonValue("top") << false << "\"shelf\"";
    }
    void onlyAShelfsStoredSnapshotIsKept()
    {
        QFETCH(QJsonValue, entry);
        QFETCH(bool, kept);
        QFETCH(QString, why);
        // The store's answer: LRD1's stored snapshots are a.jpg only.
        const ShelfPhotos::IsSnapshotOf isSnapshotOf = [](const QString &key,
                                                          const QString &thing) {
            return key == "/media/fam/" + thing + "/snapshot/a.jpg";
        };
        QString reason;
        const auto photo = ShelfPhotos::photoFrom(entry, "LRD1", isSnapshotOf, &reason);
        QCOMPARE(photo.has_value(), kept);
        if (kept)
            QCOMPARE(photo->key, entry.toObject().value("key").toString());
        else
            QVERIFY2(reason.contains(why), qPrintable(reason));
    }
};

QTEST_GUILESS_MAIN(TestShelfPhotos)
#include "tst_shelfphotos.moc"

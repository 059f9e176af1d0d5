// SPDX-License-Identifier: MIT
// What the media store keeps of unfinished uploads: a reservation never completed goes after a
// day with its parts, file and record; a part folder of no open upload (a part the edge
// finished writing after its upload was given up) goes after ten minutes; everything recent or
// open stays.
#include "larder-cloud/CloudStore.h"
#include "larder-cloud/api/FamilyStore.h"
#include "larder-cloud/media/MediaCloud.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <utime.h>

using namespace larder::cloud;
using media::MediaService;

namespace {
/// Sets @p path's modification time to @p seconds since the epoch.
bool age(const QString &path, qint64 seconds)
{
    const utimbuf times{time_t(seconds), time_t(seconds)};
    return ::utime(QFile::encodeName(path).constData(), &times) == 0;
}
} // namespace

class TestMediaSweep : public QObject
{
    Q_OBJECT
private slots:
    void unfinishedUploadsGoAndTheRestStays()
    {
        QTemporaryDir dir;
        CloudStore store(dir.filePath("larder.sqlite"), "sweep");
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        FamilyStore families("sweep");
        const QString storeDir = dir.filePath("store");
        QVERIFY(QDir().mkpath(storeDir + "/parts"));
        auto cloud = media::MediaCloud::make(
            nullptr, &families, {dir.filePath("media.key"), "127.0.0.1:1", storeDir, {}}, &error,
            "sweep");
        QVERIFY2(cloud, qPrintable(error));
        MediaService *service = cloud->service();
        const MediaService::Asker ann{"fam-1", "ann", {}};
        const auto reserve = [&](qint64 size) {
            return service
                ->reserve(ann, {{"kind", "video"}, {"contentType", "video/mp4"}, {"size", size}})
                .body;
        };
        const QJsonObject old = reserve(40 << 20), recent = reserve(40 << 20);
        const QString oldParts = storeDir + "/parts/" + old.value("uploadId").toString();
        QFile part(oldParts + "/1.0123456789abcdef0123456789abcdef");
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write("bytes") == 5);
        part.close();
        QSqlQuery backdate(QSqlDatabase::database("sweep"));
        QVERIFY(backdate.exec(
            QStringLiteral(
                "UPDATE media_objects SET created_at = created_at - %1 WHERE path = '%2'")
                .arg(MediaService::reservationSeconds + 1)
                .arg(old.value("key").toString())));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString stray = storeDir + "/parts/" + QString(32, u'a');
        const QString fresh = storeDir + "/parts/" + QString(32, u'b');
        QVERIFY(QDir().mkpath(stray) && QDir().mkpath(fresh));
        QVERIFY(age(stray, now - MediaService::orphanSeconds - 5));

        QCOMPARE(service->sweep(now), std::make_pair(1, 1));
        QVERIFY(!QFileInfo::exists(oldParts));
        QVERIFY(!QFileInfo::exists(stray));
        QVERIFY(QFileInfo::exists(fresh)); // a part may still be on its way
        QVERIFY(QFileInfo::exists(storeDir + "/parts/" + recent.value("uploadId").toString()));
        const MediaService::Asker sameFamily{"fam-1", "ben", {}};
        QCOMPARE(service->download(sameFamily, {{"key", old.value("key")}}).status, 404);
        QCOMPARE(service
                     ->partUrls(sameFamily, {{"key", recent.value("key")},
                                             {"uploadId", recent.value("uploadId")},
                                             {"parts", QJsonArray{1}}})
                     .status,
                 200);
        QCOMPARE(service->sweep(now), std::make_pair(0, 0)); // nothing more to do
    }
};

QTEST_GUILESS_MAIN(TestMediaSweep)
#include "tst_mediasweep.moc"

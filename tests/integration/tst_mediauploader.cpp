// SPDX-License-Identifier: MIT
// The app's uploader against a live larder-cloud and its edge: a photo in one PUT and a video
// in parts, with progress, each checked by the cloud (size, content, SHA-256) and downloaded
// back identical; an upload killed at 60 % resumes from its last confirmed part; the edge
// killed mid-upload costs a pause, not the upload; a cancelled upload leaves nothing in the
// store; a changed file is not resumed; a file that is not what it says is refused; and the
// door tablet uploads over its own MQTT connection with its certificate.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"

#include "api/ApiClient.h"
#include "kiosk/DoorTablet.h"
#include "media/MediaCache.h"
#include "media/MediaUploader.h"
#include "mqtt/MqttClient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace larder;
using media::MediaUploader;
using media::UploadJob;
using media::UploadJournal;

namespace {
constexpr qint64 kMiB = 1024 * 1024;
const QString kThing = QStringLiteral("LRD00000090");

using samples::jpeg;
using samples::mp4;

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestMediaUploader : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aPhotoGoesUpInOnePut();
    void aVideoGoesUpInPartsWithProgress();
    void aKilledUploadResumesFromItsLastPart();
    void theEdgeKilledMidUploadCostsAPause();
    void aCancelledUploadLeavesNothing();
    void aChangedFileIsNotResumed();
    void aFileThatIsNotWhatItSaysIsRefused();
    void theTabletUploadsOverMqtt();
    void downloadsAreCachedUnderACap();

private:
    /// A member's uploader for the family, on the journal at @p journalPath.
    struct Uploader
    {
        std::unique_ptr<UploadJournal> journal;
        std::unique_ptr<api::ApiClient> api;
        std::unique_ptr<media::RestMediaChannel> channel;
        std::unique_ptr<MediaUploader> uploader;
    };
    Uploader uploader(const QString &journalPath = {})
    {
        Uploader made;
        made.journal = std::make_unique<UploadJournal>(
            journalPath.isEmpty() ? m_dir.filePath("uploads.sqlite") : journalPath);
        QString error;
        if (!made.journal->open(&error))
            qWarning("journal: %s", qPrintable(error));
        made.api = std::make_unique<api::ApiClient>(
            &m_network, m_http->profile().value("apiBaseUrl").toString(),
            [this] { return m_tokens["ann"]; }, m_http->profile().value("caFile").toString());
        made.channel = std::make_unique<media::RestMediaChannel>(made.api.get(), m_family);
        made.uploader = std::make_unique<MediaUploader>(
            UploadJob::Tools{tls(), made.channel.get(), made.journal.get(), {200, 400, 800}},
            m_family);
        return made;
    }
    QSslConfiguration tls() const
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            QSslCertificate::fromPath(m_http->profile().value("caFile").toString()));
        return tls;
    }
    QString file(const QString &name, const QByteArray &bytes)
    {
        QFile out(m_dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        return out.fileName();
    }
    /// The stored object's bytes, downloaded as a member.
    QByteArray download(const QString &key)
    {
        const auto link = m_http->api("POST", "/families/" + m_family + "/media/download",
                                      {{"key", key}}, m_tokens["ann"]);
        return link.status == 200 ? m_http->raw("GET", link.body.value("url").toString()).body
                                  : QByteArray();
    }
    QStringList openUploads() const
    {
        return QDir(m_cloud.dataDir() + "/store/parts")
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QByteArray m_video = mp4(40 * kMiB + 4321);
};

void TestMediaUploader::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"]);
    QVERIFY(!m_family.isEmpty());
}

void TestMediaUploader::aPhotoGoesUpInOnePut()
{
    Uploader made = uploader();
    QSignalSpy uploaded(made.uploader.get(), &MediaUploader::uploaded);
    const QByteArray photo = jpeg(300'000);
    const QString id =
        made.uploader->upload(file("photo.jpg", photo), "photo", {}, {{"caption", "Lunch"}});
    QVERIFY2(!id.isEmpty(), qPrintable(made.uploader->error()));
    QVERIFY(made.uploader->busy());
    QVERIFY(uploaded.wait(15000));
    QCOMPARE(uploaded.at(0).at(0).toString(), id);
    const QJsonObject stored = uploaded.at(0).at(1).toJsonObject();
    QCOMPARE(stored.value("contentType").toString(), QStringLiteral("image/jpeg")); // from the file
    QCOMPARE(stored.value("sha256").toString(), sha256(photo));
    QCOMPARE(uploaded.at(0).at(2).toJsonObject().value("caption").toString(),
             QStringLiteral("Lunch"));
    QVERIFY(download(stored.value("key").toString()) == photo);
    QVERIFY(!made.uploader->busy());
    QVERIFY(made.journal->pending(m_family).isEmpty());
}

void TestMediaUploader::aVideoGoesUpInPartsWithProgress()
{
    Uploader made = uploader();
    QList<qint64> seen;
    connect(made.uploader.get(), &MediaUploader::changed, this, [&] {
        if (made.uploader->busy())
            seen.append(made.uploader->bytesSent());
    });
    QSignalSpy uploaded(made.uploader.get(), &MediaUploader::uploaded);
    QVERIFY(!made.uploader->upload(file("video.mp4", m_video), "video").isEmpty());
    QCOMPARE(made.uploader->bytesTotal(), m_video.size());
    QVERIFY(uploaded.wait(60000));
    QVERIFY2(seen.size() >= 5, qPrintable(QString::number(seen.size()))); // at most every 40 ms
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));                  // the bar never goes back
    QCOMPARE(seen.last(), m_video.size());
    const QJsonObject stored = uploaded.at(0).at(1).toJsonObject();
    QCOMPARE(stored.value("size").toInteger(), m_video.size());
    QCOMPARE(stored.value("sha256").toString(), sha256(m_video));
    QCOMPARE(made.uploader->bytesSentThisRun(), m_video.size()); // nothing sent twice
    QVERIFY(download(stored.value("key").toString()) == m_video);
}

void TestMediaUploader::aKilledUploadResumesFromItsLastPart()
{
    const QByteArray video = mp4(64 * kMiB + 99);
    const QString path = file("resume.mp4", video);
    const QString journal = m_dir.filePath("killed.sqlite");
    qint64 sentBeforeKill = 0;
    {
        Uploader first = uploader(journal);
        QVERIFY(!first.uploader->upload(path, "video").isEmpty());
        // Woken by every event (the bar is updated every 40 ms), not by a polling interval.
        QElapsedTimer waited;
        waited.start();
        while (first.uploader->bytesSent() < video.size() * 6 / 10 && waited.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        sentBeforeKill = first.uploader->bytesSentThisRun();
        // Gone without a goodbye: no cancel, only what the journal holds survives.
    }
    Uploader second = uploader(journal);
    const auto pending = second.journal->pending(m_family);
    QCOMPARE(pending.size(), 1);
    const qint64 partSize = pending.first().partSize;
    const qint64 confirmed = pending.first().parts.size() * partSize;
    QVERIFY2(confirmed >= 3 * partSize && confirmed < video.size(),
             qPrintable(QString::number(confirmed)));
    QSignalSpy uploaded(second.uploader.get(), &MediaUploader::uploaded);
    second.uploader->resumePending();
    QVERIFY(uploaded.wait(60000));
    const qint64 sentAfter = second.uploader->bytesSentThisRun();
    const qint64 resent = sentBeforeKill + sentAfter - video.size();
    qInfo("killed at %lld of %lld bytes (%lld confirmed); the restart sent %lld; re-sent %lld "
          "(a part is %lld)",
          sentBeforeKill, qint64(video.size()), confirmed, sentAfter, resent, partSize);
    QCOMPARE(sentAfter, video.size() - confirmed); // from the last confirmed part on
    QVERIFY(resent <= partSize);
    const QJsonObject stored = uploaded.at(0).at(1).toJsonObject();
    QCOMPARE(stored.value("sha256").toString(), sha256(video));
    QVERIFY(download(stored.value("key").toString()) == video);
}

void TestMediaUploader::theEdgeKilledMidUploadCostsAPause()
{
    Uploader made = uploader();
    QSignalSpy uploaded(made.uploader.get(), &MediaUploader::uploaded);
    QStringList pauses;
    connect(made.uploader.get(), &MediaUploader::changed, this, [&] {
        if (!made.uploader->error().isEmpty() && !pauses.contains(made.uploader->error()))
            pauses.append(made.uploader->error());
    });
    QVERIFY(!made.uploader->upload(file("edge.mp4", m_video), "video").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(made.uploader->bytesSent() >= m_video.size() / 4, 30000);
    QVERIFY(m_cloud.killEdge()); // larder-cloud starts it again
    QVERIFY(uploaded.wait(60000));
    QVERIFY2(!pauses.isEmpty(), "the pause was not shown");
    qInfo("shown meanwhile: %s", qPrintable(pauses.join(" | ")));
    QVERIFY(made.uploader->error().isEmpty()); // and cleared once through
    const QJsonObject stored = uploaded.at(0).at(1).toJsonObject();
    QCOMPARE(stored.value("sha256").toString(), sha256(m_video));
}

void TestMediaUploader::aCancelledUploadLeavesNothing()
{
    // A journal of its own: the key below is this upload's, whatever earlier tests left.
    Uploader made = uploader(m_dir.filePath("cancel.sqlite"));
    QSignalSpy uploaded(made.uploader.get(), &MediaUploader::uploaded);
    QVERIFY(!made.uploader->upload(file("cancel.mp4", m_video), "video").isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(made.uploader->bytesSent() >= m_video.size() / 3, 30000);
    const QString key = made.journal->pending(m_family).value(0).key;
    QVERIFY(!key.isEmpty());
    QVERIFY(!openUploads().isEmpty());
    made.uploader->cancel();
    QVERIFY(!made.uploader->busy());
    QVERIFY(made.journal->pending(m_family).isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(openUploads().isEmpty(),
                              qPrintable(openUploads().join(" ") + " / " + key),
                              10000); // its parts are gone
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/download", {{"key", key}},
                       m_tokens["ann"])
                 .status,
             404);
    QTest::qWait(300);
    QCOMPARE(uploaded.count(), 0);
}

void TestMediaUploader::aChangedFileIsNotResumed()
{
    const QString path = file("changed.mp4", m_video);
    const QString journal = m_dir.filePath("changed.sqlite");
    {
        Uploader first = uploader(journal);
        QVERIFY(!first.uploader->upload(path, "video").isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(first.journal->pending(m_family).value(0).parts.size() >= 1,
                                 30000);
    }
    QVERIFY(!file("changed.mp4", mp4(20 * kMiB)).isEmpty()); // edited meanwhile
    Uploader second = uploader(journal);
    second.uploader->resumePending();
    QVERIFY(!second.uploader->busy());
    QVERIFY(second.journal->pending(m_family).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(openUploads().isEmpty(), 10000); // given up in the store too
}

void TestMediaUploader::aFileThatIsNotWhatItSaysIsRefused()
{
    Uploader made = uploader();
    QSignalSpy failed(made.uploader.get(), &MediaUploader::failed);
    QVERIFY(!made.uploader
                 ->upload(file("notes.jpg", QByteArray(5000, 'x')), "photo", {}, {}, "image/jpeg")
                 .isEmpty());
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("The upload is not image/jpeg."));
    QVERIFY2(made.uploader->error().contains("notes.jpg"), qPrintable(made.uploader->error()));
    QVERIFY(made.uploader->upload(m_dir.filePath("missing.jpg"), "photo").isEmpty());
    QVERIFY(made.uploader->error().contains("cannot be read"));
    QVERIFY(made.uploader->upload(file("empty.jpg", {}), "photo").isEmpty());
    QVERIFY(made.uploader->error().contains("empty"));
}

void TestMediaUploader::theTabletUploadsOverMqtt()
{
    QVERIFY2(m_cloud.pairedTablet(*m_http, kThing, m_family, m_tokens["ann"]),
             qPrintable(m_cloud.log()));
    // The tablet's own connection and certificate (the kiosk app is closed: one client id).
    mqtt::MqttClient device;
    device.setSettings(m_cloud.tabletSettings(kThing));
    device.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(device.state(), mqtt::MqttClient::Connected, 10000);
    media::TabletMediaChannel channel(&device, kThing);
    UploadJournal journal(m_dir.filePath("tablet.sqlite"));
    QString error;
    QVERIFY2(journal.open(&error), qPrintable(error));
    MediaUploader tablet({tls(), &channel, &journal, {200}}, kThing);
    QSignalSpy uploaded(&tablet, &MediaUploader::uploaded);
    QTest::qWait(500); // the answer topics are subscribed
    const QByteArray photo = jpeg(120'000);
    QVERIFY(!tablet.upload(file("door.jpg", photo), "photo").isEmpty());
    QVERIFY2(uploaded.wait(15000), qPrintable(tablet.error()));
    const QString key = uploaded.at(0).at(1).toJsonObject().value("key").toString();
    QVERIFY2(key.startsWith("/media/" + m_family + "/family/photo/"), qPrintable(key));
    QVERIFY(download(key) == photo); // a member of the family sees what the tablet posted
    // Its own fridge's objects, never another's.
    QSignalSpy failed(&tablet, &MediaUploader::failed);
    QVERIFY(!tablet.upload(file("other.jpg", photo), "photo", "LRD00000091").isEmpty());
    QVERIFY(failed.wait(15000));
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("No such fridge."));
}

void TestMediaUploader::downloadsAreCachedUnderACap()
{
    Uploader made = uploader();
    QSignalSpy uploaded(made.uploader.get(), &MediaUploader::uploaded);
    QList<QByteArray> photos;
    for (int i = 0; i < 3; ++i) {
        photos.append(jpeg(300'000 + i));
        QVERIFY(!made.uploader
                     ->upload(file(QStringLiteral("cache%1.jpg").arg(i), photos.last()), "photo")
                     .isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(uploaded.count(), 3, 30000);
    QStringList keys;
    for (const auto &signal : uploaded)
        keys.append(signal.at(1).toJsonObject().value("key").toString());
    media::MediaCache cache(&m_network, tls(), made.channel.get(), m_dir.filePath("cache"),
                            700'000);
    const auto fetch = [&](const QString &key) {
        QString path, error;
        bool done = false;
        cache.fetch(key,
                    [&](const QString &p, const QString &e) { path = p, error = e, done = true; });
        (void)QTest::qWaitFor([&] { return done; }, 15000);
        if (!error.isEmpty())
            qWarning("fetch: %s", qPrintable(error));
        QFile in(path);
        return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
    };
    QVERIFY(fetch(keys[0]) == photos[0]);
    QVERIFY(fetch(keys[0]) == photos[0]); // from the folder
    QCOMPARE(cache.downloads(), 1);
    QTest::qWait(1100); // file times have a second's grain on some file systems
    QVERIFY(fetch(keys[1]) == photos[1]);
    QTest::qWait(1100);
    QVERIFY(fetch(keys[2]) == photos[2]); // past the cap: the least recently used goes
    QCOMPARE(cache.downloads(), 3);
    QVERIFY(cache.cached(keys[0]).isEmpty());
    QVERIFY(!cache.cached(keys[1]).isEmpty() && !cache.cached(keys[2]).isEmpty());
    // Two asks while it downloads share one download.
    int answers = 0;
    cache.fetch(keys[0], [&](const QString &, const QString &) { ++answers; });
    cache.fetch(keys[0], [&](const QString &, const QString &) { ++answers; });
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, 15000);
    QCOMPARE(cache.downloads(), 4);
    // What is not the family's is a sentence, not a file.
    QString error;
    cache.fetch("/media/other/family/photo/00000000000000000000000000000000.jpg",
                [&](const QString &, const QString &e) { error = e; });
    QTRY_VERIFY_WITH_TIMEOUT(!error.isEmpty(), 15000);
    QCOMPARE(error, QStringLiteral("No such object."));
}

QTEST_MAIN(TestMediaUploader)
#include "tst_mediauploader.moc"

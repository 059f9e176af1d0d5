// SPDX-License-Identifier: MIT
// The family board in two members' apps against a live larder-cloud: a recipe card posted on
// Ann's phone shows on Ben's, unread until he opens it, and Ann then sees that he has; a photo,
// a voice message and a recipe card with its photo go up through the uploader and appear on the
// other phone; the owner deletes Ben's post and it leaves his phone too; Ben may not delete
// Ann's, and is told why.
// The door tablet shares the board: a voice message recorded there (from a virtual PulseAudio
// microphone) is played to its end on Ann's phone.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"
#include "MemberDevice.h"
#include "MqttPeer.h"
#include "VirtualAudio.h"

#include "auth/AuthTokens.h"
#include "board/Board.h"
#include "kiosk/DoorTablet.h"
#include "media/UnfinishedUploads.h"
#include "media/VoiceRecorder.h"

#include <QAbstractItemModelTester>
#include <QAudioOutput>
#include <QFile>
#include <QJsonArray>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace larder;
using board::Board;
using board::BoardModel;

namespace {
const QString kThing = QStringLiteral("LRD00000097");
}

/// One member's board, wired as the owner app will: REST channel, the device's MQTT feed,
/// an uploader with its own journal.
struct MemberBoard
{
    MemberBoard(CloudFixture &cloud, CloudHttp &http, const QString &token, const QString &name,
                const QString &family, bool owner, const QString &dir)
        : device(cloud, http.profile(), token, dir + "/" + name + ".sqlite", name + "-phone",
                 kThing),
          channel(&device.api, family), mediaChannel(&device.api, family),
          journal(dir + "/" + name + "-uploads.sqlite")
    {
        QString error;
        journal.open(&error);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(http.profile().value("caFile").toString()));
        uploader = std::make_unique<media::MediaUploader>(
            media::UploadJob::Tools{tls, &mediaChannel, &journal, {200}}, family);
        board = std::make_unique<Board>(&channel, &device.mqtt, uploader.get(),
                                        auth::AuthTokens::claimsOf(token).value("sub").toString(),
                                        owner);
        cache = std::make_unique<media::MediaCache>(&device.network, tls, &mediaChannel,
                                                    dir + "/" + name + "-cache");
        board->setCache(cache.get());
        tester = std::make_unique<QAbstractItemModelTester>(
            board->posts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        board->refresh();
    }
    /// The row of the post titled or captioned @p text, or −1.
    int rowOf(const QString &text) const
    {
        const BoardModel *model = const_cast<Board *>(board.get())->posts();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(BoardModel::TitleRole) == text ||
                index.data(BoardModel::TextRole) == text)
                return row;
        }
        return -1;
    }
    QVariant at(const QString &text, int role) const
    {
        const int row = rowOf(text);
        return row < 0 ? QVariant()
                       : const_cast<Board *>(board.get())->posts()->index(row).data(role);
    }

    MemberDevice device;
    board::RestBoardChannel channel;
    media::RestMediaChannel mediaChannel;
    media::UploadJournal journal;
    std::unique_ptr<media::MediaUploader> uploader;
    std::unique_ptr<media::MediaCache> cache;
    std::unique_ptr<Board> board;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

class TestFamilyBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aRecipeShowsOnTheOtherPhoneUnreadUntilSeen();
    void aPhotoAndAVoiceMessageGoUpAndAcross();
    void onlyTheAuthorOrTheOwnerDeletes();
    void theDoorTabletSharesTheBoard();
    void unfinishedUploadsAreSeenAndCancelled();

private:
    QString file(const QString &name, const QByteArray &bytes)
    {
        QFile out(m_dir.filePath(name));
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() ? out.fileName()
                                                                                  : QString();
    }

    VirtualAudio m_audio;
    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family;
    QTemporaryDir m_dir;
    std::unique_ptr<MemberBoard> m_ann, m_ben;
};

void TestFamilyBoard::initTestCase()
{
    QVERIFY2(m_audio.start(), qPrintable(m_audio.log()));
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(!m_family.isEmpty());
    QVERIFY(m_cloud.deviceCert(kThing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family}));
    m_ann = std::make_unique<MemberBoard>(m_cloud, *m_http, m_tokens["ann"], "ann", m_family, true,
                                          m_dir.path());
    m_ben = std::make_unique<MemberBoard>(m_cloud, *m_http, m_tokens["ben"], "ben", m_family, false,
                                          m_dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->device.mqtt.isSubscribed(m_ann->channel.feedTopic()) &&
                                 m_ben->device.mqtt.isSubscribed(m_ben->channel.feedTopic()) &&
                                 !m_ann->board->loading() && !m_ben->board->loading(),
                             10000);
}

void TestFamilyBoard::aRecipeShowsOnTheOtherPhoneUnreadUntilSeen()
{
    m_ann->board->postRecipe("Pancakes", "Flour, milk, eggs.");
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->rowOf("Pancakes") >= 0, 10000); // live, over the feed
    QCOMPARE(m_ben->at("Pancakes", BoardModel::AuthorRole).toString(),
             QStringLiteral("ann@example.com"));
    QVERIFY(m_ben->at("Pancakes", BoardModel::UnreadRole).toBool());
    QCOMPARE(m_ben->board->unread(), 1);
    QVERIFY(!m_ann->at("Pancakes", BoardModel::UnreadRole).toBool()); // her own
    QVERIFY(m_ann->at("Pancakes", BoardModel::MineRole).toBool());
    m_ben->board->markSeen(m_ben->at("Pancakes", BoardModel::IdRole).toString());
    QCOMPARE(m_ben->board->unread(), 0); // at once
    QTRY_COMPARE_WITH_TIMEOUT(m_ann->at("Pancakes", BoardModel::SeenByRole).toString(),
                              QStringLiteral("ben@example.com"), 10000);
}

void TestFamilyBoard::aPhotoAndAVoiceMessageGoUpAndAcross()
{
    m_ann->board->postPhoto(file("fridge.jpg", samples::jpeg(200'000)), "The new fridge");
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->rowOf("The new fridge") >= 0, 15000);
    QCOMPARE(m_ben->at("The new fridge", BoardModel::KindRole).toString(), QStringLiteral("photo"));
    QVERIFY(m_ben->at("The new fridge", BoardModel::MediaKeyRole)
                .toString()
                .startsWith("/media/" + m_family + "/family/photo/"));
    const QByteArray wav = QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) + QByteArray(8000, '\x02');
    m_ben->board->postVoice(file("message.wav", wav), 3500, "Back at six");
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->rowOf("Back at six") >= 0, 15000);
    QCOMPARE(m_ann->at("Back at six", BoardModel::DurationMsRole).toLongLong(), 3500);
    QCOMPARE(m_ann->at("Back at six", BoardModel::AuthorRole).toString(),
             QStringLiteral("ben@example.com"));
    // Newest first.
    QCOMPARE(m_ann->rowOf("Back at six"), 0);
    QVERIFY(m_ann->board->error().isEmpty());
    // Ben's phone brings the photo over to show it, and Ann's the recording to play it.
    QVERIFY(m_ben->at("The new fridge", BoardModel::LocalFileRole).toString().isEmpty());
    m_ben->board->fetchMedia(m_ben->at("The new fridge", BoardModel::IdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ben->at("The new fridge", BoardModel::LocalFileRole).toString().isEmpty(), 10000);
    QFile photo(
        QUrl(m_ben->at("The new fridge", BoardModel::LocalFileRole).toString()).toLocalFile());
    QVERIFY(photo.open(QIODevice::ReadOnly));
    QVERIFY(photo.readAll() == samples::jpeg(200'000));
    m_ann->board->fetchMedia(m_ann->at("Back at six", BoardModel::IdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ann->at("Back at six", BoardModel::LocalFileRole).toString().isEmpty(), 10000);
    QFile recording(
        QUrl(m_ann->at("Back at six", BoardModel::LocalFileRole).toString()).toLocalFile());
    QVERIFY(recording.open(QIODevice::ReadOnly));
    QVERIFY(recording.readAll() == wav);
    // A recipe card with its photo: the photo goes up first, the card follows with it.
    m_ben->board->postRecipe("Apple tart", "Apples, pastry, sugar.",
                             file("tart.jpg", samples::jpeg(120'000)));
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->rowOf("Apple tart") >= 0, 15000);
    QCOMPARE(m_ann->at("Apple tart", BoardModel::KindRole).toString(), QStringLiteral("recipe"));
    QCOMPARE(m_ann->at("Apple tart", BoardModel::TextRole).toString(),
             QStringLiteral("Apples, pastry, sugar."));
    QVERIFY(m_ann->at("Apple tart", BoardModel::MediaKeyRole)
                .toString()
                .startsWith("/media/" + m_family + "/family/photo/"));
    m_ann->board->fetchMedia(m_ann->at("Apple tart", BoardModel::IdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ann->at("Apple tart", BoardModel::LocalFileRole).toString().isEmpty(), 10000);
    QFile tart(QUrl(m_ann->at("Apple tart", BoardModel::LocalFileRole).toString()).toLocalFile());
    QVERIFY(tart.open(QIODevice::ReadOnly));
    QVERIFY(tart.readAll() == samples::jpeg(120'000));
}

void TestFamilyBoard::onlyTheAuthorOrTheOwnerDeletes()
{
    m_ben->board->remove(m_ben->at("Pancakes", BoardModel::IdRole).toString());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_ben->board->error(),
        QStringLiteral("Only ann@example.com or the family's owner can delete this post."), 10000);
    QVERIFY(m_ben->rowOf("Pancakes") >= 0);
    QVERIFY(!m_ben->at("Pancakes", BoardModel::MayDeleteRole).toBool());
    QVERIFY(m_ann->at("Back at six", BoardModel::MayDeleteRole).toBool()); // the owner may
    m_ann->board->remove(m_ann->at("Back at six", BoardModel::IdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(m_ben->rowOf("Back at six") < 0 && m_ann->rowOf("Back at six") < 0,
                             10000);
}

void TestFamilyBoard::theDoorTabletSharesTheBoard()
{
    auto kiosk =
        m_cloud.pairedTablet(*m_http, QStringLiteral("LRD00000098"), m_family, m_tokens["ann"]);
    QVERIFY2(kiosk, qPrintable(m_cloud.log()));
    Board *tablet = kiosk->board();
    QVERIFY(tablet);
    QAbstractItemModelTester tester(tablet->posts(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What the family posted is on the door, and what is posted now arrives live.
    QTRY_VERIFY_WITH_TIMEOUT(tablet->posts()->count() >= 2, 10000);
    m_ann->board->postRecipe("Risotto", "Rice, stock, parmesan.");
    const auto shows = [&](Board *board, const QString &title) {
        for (const auto &post : board->posts()->posts())
            if (post.title == title)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shows(tablet, "Risotto"), 10000);
    tablet->postRecipe("Note from the door", "The milk is off.");
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->rowOf("Note from the door") >= 0, 10000);
    QCOMPARE(m_ann->at("Note from the door", BoardModel::AuthorRole).toString(),
             QStringLiteral("Kitchen tablet"));
    QVERIFY(m_ann->at("Note from the door", BoardModel::FromTabletRole).toBool());
    QVERIFY(tablet->error().isEmpty());

    // A voice message recorded at the door, without anyone signed in, is heard on Ann's phone.
    media::VoiceRecorder recorder;
    recorder.setDirectory(m_dir.filePath("door-recordings"));
    QVERIFY(recorder.available());
    QSignalSpy finished(&recorder, &media::VoiceRecorder::finished);
    recorder.start();
    QVERIFY2(recorder.recording(), qPrintable(recorder.error()));
    QTRY_VERIFY_WITH_TIMEOUT(recorder.duration() >= 1500, 15000);
    recorder.stop();
    QVERIFY(finished.wait(10000));
    const QString take = finished.at(0).at(0).toString();
    const qint64 length = finished.at(0).at(1).toLongLong();
    QVERIFY2(length >= 1500 && length < 3000, qPrintable(QString::number(length)));
    tablet->postVoice(take, length, "Recorded at the door");
    QTRY_VERIFY_WITH_TIMEOUT(m_ann->rowOf("Recorded at the door") >= 0, 15000);
    QCOMPARE(m_ann->at("Recorded at the door", BoardModel::AuthorRole).toString(),
             QStringLiteral("Kitchen tablet"));
    m_ann->board->fetchMedia(m_ann->at("Recorded at the door", BoardModel::IdRole).toString());
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_ann->at("Recorded at the door", BoardModel::LocalFileRole).toString().isEmpty(), 10000);
    QMediaPlayer player;
    QAudioOutput speaker;
    player.setAudioOutput(&speaker);
    player.setSource(QUrl(m_ann->at("Recorded at the door", BoardModel::LocalFileRole).toString()));
    player.play();
    QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::EndOfMedia ||
                                 player.mediaStatus() == QMediaPlayer::InvalidMedia,
                             15000);
    QVERIFY2(player.mediaStatus() == QMediaPlayer::EndOfMedia, qPrintable(player.errorString()));
    // What played is what was recorded: its length within a quarter second.
    QVERIFY2(
        qAbs(player.duration() - length) < 250,
        qPrintable(QStringLiteral("%1 ms played, %2 recorded").arg(player.duration()).arg(length)));
}

void TestFamilyBoard::unfinishedUploadsAreSeenAndCancelled()
{
    // The fridge's cameras start two shelf photos and never finish them; Ben started a photo
    // of his own. Ben sees all three, who started each, and cancels one of the fridge's.
    MqttPeer fridge(m_cloud.deviceSettings(kThing));
    QVERIFY(fridge.connect());
    const QString topic = "larder/things/" + kThing + "/media/request";
    QVERIFY(fridge.subscribe(topic + "/accepted"));
    for (int i = 0; i < 2; ++i) {
        const auto reserved = fridge.request(topic, samples::snapshotReservation(kThing));
        QVERIFY(reserved && reserved->first == "accepted");
    }
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media",
                       {{"kind", "photo"}, {"contentType", "image/jpeg"}, {"size", 1000}},
                       m_tokens["ben"])
                 .status,
             201);
    const QString ben = auth::AuthTokens::claimsOf(m_tokens["ben"]).value("sub").toString();
    media::UnfinishedUploads uploads(&m_ben->device.api, m_family, ben);
    QAbstractItemModelTester tester(&uploads,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    uploads.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(uploads.count(), 3, 10000);
    QStringList fridgeKeys;
    int mine = 0;
    for (int row = 0; row < uploads.count(); ++row) {
        const QModelIndex index = uploads.index(row);
        if (index.data(media::UnfinishedUploads::ByDeviceRole).toBool()) {
            QCOMPARE(index.data(media::UnfinishedUploads::StartedByRole).toString(),
                     QStringLiteral("Kitchen fridge")); // its name in the family
            QCOMPARE(index.data(media::UnfinishedUploads::KindRole).toString(),
                     QStringLiteral("snapshot"));
            fridgeKeys.append(index.data(media::UnfinishedUploads::KeyRole).toString());
        } else {
            QVERIFY(index.data(media::UnfinishedUploads::IsMineRole).toBool());
            QCOMPARE(index.data(media::UnfinishedUploads::StartedByRole).toString(),
                     QStringLiteral("You"));
            ++mine;
        }
    }
    QCOMPARE(fridgeKeys.size(), 2);
    QCOMPARE(mine, 1);
    uploads.cancel(fridgeKeys.at(0));
    QTRY_COMPARE_WITH_TIMEOUT(uploads.count(), 2, 10000);
    QVERIFY(uploads.error().isEmpty());
    // Cancelled for the family: the cloud no longer holds it.
    const auto listed =
        m_http->api("GET", "/families/" + m_family + "/media/uploads", {}, m_tokens["ann"]);
    QCOMPARE(listed.body.value("uploads").toArray().size(), 2);
    // And the rest at once.
    uploads.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(uploads.count(), 0, 10000);
    QVERIFY(!uploads.busy());
}

QTEST_MAIN(TestFamilyBoard)
#include "tst_familyboard.moc"

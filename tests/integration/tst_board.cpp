// SPDX-License-Identifier: MIT
// The family board's cloud side against a live larder-cloud: Ann posts a voice message (its
// recording uploaded and checked first), a photo and a recipe card; Ben sees them newest first
// with Ann's name, unread until he has seen them, and Ann sees that he has; the feeds carry
// each change to the family's members and to the fridge's door tablet; only the author or the
// owner deletes a post, and its object goes with it; another family reaches nothing; every
// bad post is refused with a sentence.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MediaSamples.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "board/BoardTopics.h"
#include "kiosk/DoorTablet.h"
#include "mqtt/ClientIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace larder;

namespace {
const QString kThing = QStringLiteral("LRD00000095");
}

class TestBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void postsShowNewestFirstWithTheirAuthor();
    void seenClearsUnreadAndShowsWhoSaw();
    void theFeedsCarryEveryChange();
    void onlyTheAuthorOrTheOwnerDeletes();
    void badPostsAreRefused_data();
    void badPostsAreRefused();
    void textIsCleanedAsNamesAre();
    void anotherFamilyReachesNothing();
    void theTabletPostsAsTheKitchenTablet();

private:
    /// A stored object of the board: reserved, uploaded, checked.
    QString upload(const QString &kind, const QString &type, const QByteArray &bytes,
                   const QString &who = "ann")
    {
        const QJsonObject reserved =
            m_http
                ->api("POST", "/families/" + m_family + "/media",
                      {{"kind", kind}, {"contentType", type}}, m_tokens[who])
                .body;
        const QString key = reserved.value("key").toString();
        m_http->raw("PUT", reserved.value("uploadUrl").toString(), bytes,
                    {{"Content-Type", type.toLatin1()}});
        return m_http->api("POST", "/families/" + m_family + "/media/complete", {{"key", key}},
                           m_tokens[who])
                           .status == 200
                   ? key
                   : QString();
    }
    CloudHttp::Answer board(const QByteArray &method, const QString &path = {},
                            const QJsonObject &body = {}, const QString &who = "ann")
    {
        return m_http->api(method, "/families/" + m_family + "/board" + path, body, m_tokens[who]);
    }
    QJsonObject post(const QJsonObject &body, const QString &who = "ann")
    {
        const auto answer = board("POST", {}, body, who);
        if (answer.status != 201)
            qWarning("post: %d %s", answer.status,
                     QJsonDocument(answer.body).toJson(QJsonDocument::Compact).constData());
        return answer.status == 201 ? answer.body : QJsonObject();
    }
    QString subOf(const QString &who) const
    {
        return auth::AuthTokens::claimsOf(m_tokens[who]).value("sub").toString();
    }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
    QString m_family, m_otherFamily;
};

void TestBoard::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "eve"});
    QVERIFY(!m_tokens.isEmpty());
    m_family = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    m_otherFamily = m_http->createFamily("Next door", m_tokens["eve"]);
    QVERIFY(!m_family.isEmpty() && !m_otherFamily.isEmpty());
    QVERIFY(m_cloud.deviceCert(kThing));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", kThing, "--family", m_family}));
}

void TestBoard::postsShowNewestFirstWithTheirAuthor()
{
    const QString voice = upload(
        "voice", "audio/wav", QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) + QByteArray(5000, '\x01'));
    QVERIFY(!voice.isEmpty());
    const QJsonObject message =
        post({{"kind", "voice"}, {"mediaKey", voice}, {"durationMs", 4200}, {"text", "Milk!"}});
    QVERIFY(!message.isEmpty());
    QCOMPARE(message.value("author")["name"].toString(), QStringLiteral("ann@example.com"));
    QCOMPARE(message.value("author")["kind"].toString(), QStringLiteral("member"));
    QCOMPARE(message.value("media")["contentType"].toString(), QStringLiteral("audio/wav"));
    QCOMPARE(message.value("durationMs").toInteger(), 4200);
    QVERIFY(message.value("mine").toBool() && message.value("mayDelete").toBool());
    QTest::qWait(5);
    const QString photo = upload("photo", "image/jpeg", samples::jpeg(40'000));
    QVERIFY(!post({{"kind", "photo"}, {"mediaKey", photo}}).isEmpty());
    QTest::qWait(5);
    QVERIFY(!post({{"kind", "recipe"}, {"title", "Pancakes"}, {"text", "Flour, milk, eggs."}})
                 .isEmpty());

    const auto seen = board("GET", {}, {}, "ben");
    QCOMPARE(seen.status, 200);
    const QJsonArray posts = seen.body.value("posts").toArray();
    QCOMPARE(posts.size(), 3);
    QCOMPARE(posts[0]["kind"].toString(), QStringLiteral("recipe")); // newest first
    QCOMPARE(posts[2]["kind"].toString(), QStringLiteral("voice"));
    QCOMPARE(seen.body.value("unread").toInt(), 3);
    QVERIFY(!posts[0]["mine"].toBool() && !posts[0]["mayDelete"].toBool());
    QVERIFY(!posts[0]["seen"].toBool());
    // Pages: two, then the rest.
    const auto first = board("GET", "?limit=2", {}, "ben");
    QCOMPARE(first.body.value("posts").toArray().size(), 2);
    const auto rest =
        board("GET", "?limit=2&before=" + QString::number(first.body.value("next").toInteger()), {},
              "ben");
    QCOMPARE(rest.body.value("posts").toArray().size(), 1);
    QCOMPARE(rest.body.value("posts")[0]["kind"].toString(), QStringLiteral("voice"));
    // The recording is the family's to hear: a download URL for Ben.
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/download", {{"key", voice}},
                       m_tokens["ben"])
                 .status,
             200);
}

void TestBoard::seenClearsUnreadAndShowsWhoSaw()
{
    const QJsonObject card = post({{"kind", "recipe"}, {"title", "Soup"}});
    const QString id = card.value("id").toString();
    const int before = board("GET", {}, {}, "ben").body.value("unread").toInt();
    const auto seen = board("POST", "/" + id + "/seen", {}, "ben");
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.body.value("unread").toInt(), before - 1);
    QCOMPARE(board("POST", "/" + id + "/seen", {}, "ben").body.value("unread").toInt(),
             before - 1); // once only
    const QJsonArray posts = board("GET").body.value("posts").toArray();
    QCOMPARE(posts[0]["id"].toString(), id);
    QCOMPARE(posts[0]["seenBy"].toArray().size(), 1);
    QCOMPARE(posts[0]["seenBy"][0]["name"].toString(), QStringLiteral("ben@example.com"));
    // The author's own posts are never unread for her, and her seeing them changes nothing.
    QCOMPARE(board("POST", "/" + id + "/seen").status, 200);
    QCOMPARE(board("GET").body.value("posts")[0]["seenBy"].toArray().size(), 1);
}

void TestBoard::theFeedsCarryEveryChange()
{
    MqttPeer ben(m_cloud.accountSettings(clientids::app(subOf("ben"), "board"), m_tokens["ben"]));
    QVERIFY(ben.connect());
    QVERIFY(ben.subscribe(board::topics::familyChanges(m_family)));
    // The fridge's own feed, as its door tablet reads it (here a service connection).
    MqttPeer tablet(m_cloud.serviceSettings("board-tablet-probe"));
    QVERIFY(tablet.connect());
    QVERIFY(tablet.subscribe(board::topics::thingChanges(kThing)));
    QTest::qWait(200);
    const QString id = post({{"kind", "recipe"}, {"title", "Bread"}}).value("id").toString();
    const auto isPost = [&](const QJsonObject &change) {
        return change.value("op").toString() == u"post" &&
               change.value("post")["id"].toString() == id;
    };
    const auto toBen = ben.await(board::topics::familyChanges(m_family), 8000, isPost);
    QVERIFY(toBen);
    QCOMPARE(toBen->value("post")["title"].toString(), QStringLiteral("Bread"));
    QVERIFY(tablet.await(board::topics::thingChanges(kThing), 8000, isPost));
    QCOMPARE(board("POST", "/" + id + "/seen", {}, "ben").status, 200);
    QVERIFY(ben.await(board::topics::familyChanges(m_family), 8000, [&](const QJsonObject &c) {
        return c.value("op").toString() == u"seen" && c.value("id").toString() == id;
    }));
    QCOMPARE(board("DELETE", "/" + id).status, 200);
    QVERIFY(tablet.await(board::topics::thingChanges(kThing), 8000, [&](const QJsonObject &c) {
        return c.value("op").toString() == u"delete" && c.value("id").toString() == id;
    }));
    // Eve may not listen to this family's board.
    MqttPeer eve(m_cloud.accountSettings(clientids::app(subOf("eve"), "spy"), m_tokens["eve"]));
    QVERIFY(eve.connect());
    QVERIFY(!eve.subscribe(board::topics::familyChanges(m_family)));
    QVERIFY(!eve.subscribe(board::topics::thingChanges(kThing)));
    QVERIFY(eve.subscribe(board::topics::familyChanges(m_otherFamily)));
}

void TestBoard::onlyTheAuthorOrTheOwnerDeletes()
{
    const QString photo = upload("photo", "image/jpeg", samples::jpeg(30'000), "ben");
    const QString bens =
        post({{"kind", "photo"}, {"mediaKey", photo}}, "ben").value("id").toString();
    const QString anns = post({{"kind", "recipe"}, {"title", "Tart"}}).value("id").toString();
    QVERIFY(!bens.isEmpty() && !anns.isEmpty());
    const auto refused = board("DELETE", "/" + anns, {}, "ben");
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body.value("message").toString(),
             QStringLiteral("Only ann@example.com or the family's owner can delete this post."));
    // The owner deletes Ben's photo: the post and the object go.
    QCOMPARE(board("DELETE", "/" + bens).status, 200);
    QCOMPARE(m_http
                 ->api("POST", "/families/" + m_family + "/media/download", {{"key", photo}},
                       m_tokens["ben"])
                 .status,
             404);
    QVERIFY(!QFile::exists(m_cloud.dataDir() + "/store" + photo));
    QCOMPARE(board("DELETE", "/" + bens).status, 404);
    QCOMPARE(board("DELETE", "/" + anns).status, 200); // and her own
}

void TestBoard::badPostsAreRefused_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind") << "no-kind" << 400
                             << "Say which kind of post: voice, photo or recipe.";
    QTest::newRow("a voice message without its recording")
        << "voice-bare" << 400 << "A voice message needs its recording.";
    QTest::newRow("a recipe without a title")
        << "untitled" << 400 << "A recipe card needs a title.";
    QTest::newRow("a title of 81 characters")
        << "long-title" << 400 << "A title is at most 80 characters, the text at most 4000.";
    QTest::newRow("a photo as a voice message")
        << "photo-as-voice" << 400 << "That is not a recording of this family's board.";
    QTest::newRow("another family's photo")
        << "other-family" << 400 << "That is not a photo of this family's board.";
    QTest::newRow("an upload not finished")
        << "unfinished" << 409 << "Its upload is not finished yet; complete it first.";
    QTest::newRow("a photo already on the board")
        << "twice" << 409 << "That upload is on the board already.";
    QTest::newRow("a voice message of an hour")
        << "hour" << 400 << "A voice message is at most 10 minutes long.";
    QTest::newRow("a voice message of 1e300 ms")
        << "1e300" << 400 << "A voice message is at most 10 minutes long.";
    QTest::newRow("a voice message of half a millisecond")
        << "half" << 400 << "durationMs is a whole number of milliseconds.";
    QTest::newRow("not JSON") << "not-json" << 400 << "Send a JSON object.";
}

void TestBoard::badPostsAreRefused()
{
    QFETCH(QString, how);
    QFETCH(int, status);
    QFETCH(QString, message);
    QJsonObject body{{"kind", "photo"}};
    if (how == "no-kind")
        body = {{"title", "x"}};
    else if (how == "voice-bare")
        body = {{"kind", "voice"}};
    else if (how == "untitled")
        body = {{"kind", "recipe"}, {"text", "no title"}};
    else if (how == "long-title")
        body = {{"kind", "recipe"}, {"title", QString(81, u'a')}};
    else if (how == "photo-as-voice")
        body = {{"kind", "voice"},
                {"mediaKey", upload("photo", "image/jpeg", samples::jpeg(1000))}};
    else if (how == "other-family")
        body.insert("mediaKey",
                    "/media/" + m_otherFamily + "/family/photo/" + QString(32, u'0') + ".jpg");
    else if (how == "unfinished")
        body.insert("mediaKey",
                    m_http
                        ->api("POST", "/families/" + m_family + "/media",
                              {{"kind", "photo"}, {"contentType", "image/jpeg"}}, m_tokens["ann"])
                        .body.value("key"));
    else if (how == "twice") {
        const QString photo = upload("photo", "image/jpeg", samples::jpeg(2000));
        QVERIFY(!post({{"kind", "photo"}, {"mediaKey", photo}}).isEmpty());
        body.insert("mediaKey", photo);
    } else if (how == "hour")
        body = {{"kind", "voice"},
                {"mediaKey", QString("/media/x/family/voice/a.wav")},
                {"durationMs", 3'600'000}};
    else if (how == "1e300" || how == "half")
        body = {{"kind", "voice"},
                {"mediaKey", QString("/media/x/family/voice/a.wav")},
                {"durationMs", how == "half" ? 0.5 : 1e300}};
    const auto answer = how == "not-json" ? m_http->api("POST", "/families/" + m_family + "/board",
                                                        {}, m_tokens["ann"])
                                          : board("POST", {}, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.body.value("message").toString(), message);
}

void TestBoard::textIsCleanedAsNamesAre()
{
    // Before: control and bidi characters were stored as sent, so a title could hide or
    // reorder what the family reads.
    const QJsonObject card = post({{"kind", "recipe"},
                                   {"title", QString::fromUtf8("Soup\u202Eevil\u200B\x1b[2J")},
                                   {"text", QString::fromUtf8("Step 1\r\nStep 2\u2066 \x07"
                                                              "done\n\n\n\nEnjoy")}});
    QVERIFY(!card.isEmpty());
    QCOMPARE(card.value("title").toString(), QStringLiteral("Soupevil[2J"));
    QCOMPARE(card.value("text").toString(), QStringLiteral("Step 1\nStep 2 done\n\nEnjoy"));
    QCOMPARE(board("DELETE", "/" + card.value("id").toString()).status, 200);
}

void TestBoard::anotherFamilyReachesNothing()
{
    const QString id = post({{"kind", "recipe"}, {"title", "Secret"}}).value("id").toString();
    for (const auto &[method, path] : {std::pair<QByteArray, QString>{"GET", ""},
                                       {"POST", ""},
                                       {"DELETE", "/" + id},
                                       {"POST", "/" + id + "/seen"}}) {
        const auto answer = board(method, path, {{"kind", "recipe"}, {"title", "x"}}, "eve");
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body.value("message").toString(), QStringLiteral("No such family."));
    }
    // Under her own family, Ann's post is not there either.
    const auto own =
        m_http->api("DELETE", "/families/" + m_otherFamily + "/board/" + id, {}, m_tokens["eve"]);
    QCOMPARE(own.status, 404);
    QCOMPARE(own.body.value("message").toString(), QStringLiteral("No such post."));
    QVERIFY(m_http->api("GET", "/families/" + m_otherFamily + "/board", {}, m_tokens["eve"])
                .body.value("posts")
                .toArray()
                .isEmpty());
}

void TestBoard::theTabletPostsAsTheKitchenTablet()
{
    const QString door = QStringLiteral("LRD00000096");
    // The tablet's own connection and certificate (the kiosk app is closed: one client id).
    QVERIFY2(m_cloud.pairedTablet(*m_http, door, m_family, m_tokens["ann"]),
             qPrintable(m_cloud.log()));
    MqttPeer tablet(m_cloud.tabletSettings(door));
    QVERIFY(tablet.connect());
    QVERIFY(tablet.subscribe(board::topics::thingChanges(door)));
    QVERIFY(!tablet.subscribe(board::topics::familyChanges(m_family)));
    for (const char *answer : {"/accepted", "/rejected"})
        QVERIFY(tablet.subscribe(board::topics::requests(door) + QLatin1String(answer)));
    const auto posted = tablet.request(board::topics::requests(door),
                                       {{"op", "post"}, {"kind", "recipe"}, {"title", "Lasagne"}});
    QVERIFY(posted);
    QCOMPARE(posted->first, QStringLiteral("accepted"));
    QCOMPARE(posted->second.value("status").toInt(), 201);
    QCOMPARE(posted->second.value("author")["name"].toString(), QStringLiteral("Kitchen tablet"));
    QCOMPARE(posted->second.value("author")["kind"].toString(), QStringLiteral("tablet"));
    const QString id = posted->second.value("id").toString();
    // Ann sees it from the tablet; the tablet sees the family's posts, and may not delete hers.
    const QJsonArray forAnn = board("GET").body.value("posts").toArray();
    QCOMPARE(forAnn[0]["id"].toString(), id);
    QCOMPARE(forAnn[0]["author"]["name"].toString(), QStringLiteral("Kitchen tablet"));
    const QString anns = post({{"kind", "recipe"}, {"title", "Ann's"}}).value("id").toString();
    const auto listed = tablet.request(board::topics::requests(door), {{"op", "list"}});
    QVERIFY(listed && listed->first == u"accepted");
    QCOMPARE(listed->second.value("posts")[0]["id"].toString(), anns);
    const auto refused =
        tablet.request(board::topics::requests(door), {{"op", "delete"}, {"id", anns}});
    QVERIFY(refused && refused->first == u"rejected");
    QCOMPARE(refused->second.value("status").toInt(), 403);
    QCOMPARE(tablet.request(board::topics::requests(door), {{"op", "seen"}, {"id", anns}})
                 ->second.value("status")
                 .toInt(),
             200);
    QCOMPARE(board("GET").body.value("posts")[0]["seenBy"][0]["name"].toString(),
             QStringLiteral("Kitchen tablet"));
    const auto deleted =
        tablet.request(board::topics::requests(door), {{"op", "delete"}, {"id", id}});
    QVERIFY(deleted && deleted->first == u"accepted");
    const auto bad = tablet.request(board::topics::requests(door), {{"op", "shred"}});
    QVERIFY(bad && bad->first == u"rejected");
    QCOMPARE(bad->second.value("message").toString(),
             QStringLiteral("op is list, post, delete or seen."));
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"

// SPDX-License-Identifier: MIT
// What is in a fridge, against a live larder-cloud behind its edge: adds, replays that apply
// once, deltas that add up, edits to removed items reported, search, paging, catching up with
// ?since=, the change feed over MQTT for the family only, the list limit, and bad input as
// table-driven rows — each a 400/404/409 sentence, nothing stored damaged.
#include "CloudFixture.h"
#include "CloudHttp.h"
#include "MqttPeer.h"

#include "auth/AuthTokens.h"
#include "inventory/InventoryTopics.h"
#include "mqtt/ClientIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using Answer = CloudHttp::Answer;

class TestIngredients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void addIsIdempotentAndReachesTheFeed();
    void takingOneEachLeavesTwoFewer();
    void editsToRemovedItemsAreReported();
    void searchPagesAndCatchUp();
    void outsidersSeeNothing();
    void badInputIsASentence_data();
    void badInputIsASentence();
    void aBatchAppliesInOrderAndOnce();
    void camerasAddAndRemove();
    void simulatedDoorCloseAddsWhatTheCamerasSaw();
    void aFullFridgeSaysSo();

private:
    QString path(const QString &suffix = {}) const
    {
        return "/devices/ing-fridge/ingredients" + suffix;
    }
    Answer add(const QString &id, const QString &name, const QString &who = "ann",
               QJsonObject extra = {})
    {
        extra.insert("id", id);
        extra.insert("name", name);
        return m_http->api("POST", path(), extra, m_tokens.value(who));
    }
    QJsonObject item(const QString &id) { return m_http->listItem(path(), id, m_tokens["ann"]); }

    CloudFixture m_cloud;
    std::unique_ptr<CloudHttp> m_http;
    QHash<QString, QString> m_tokens;
};

void TestIngredients::initTestCase()
{
    QVERIFY(m_cloud.start());
    m_http = std::make_unique<CloudHttp>(m_cloud);
    m_tokens = m_http->signedInAccounts({"ann", "ben", "cat"});
    QVERIFY(!m_tokens.isEmpty());
    const QString home = m_http->createFamily("Home", m_tokens["ann"], {m_tokens["ben"]});
    QVERIFY(!home.isEmpty());
    QVERIFY(m_cloud.deviceCert("ing-fridge"));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", "ing-fridge", "--family", home}));
}

void TestIngredients::addIsIdempotentAndReachesTheFeed()
{
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ben"]).value("sub").toString();
    MqttPeer phone(m_cloud.accountSettings(larder::clientids::app(sub, "feed"), m_tokens["ben"]));
    QVERIFY(phone.connect());
    const QString feed = larder::inventory::topics::changes("ing-fridge");
    QVERIFY(phone.subscribe(feed));

    const Answer first = add("yog-1", "Yoghurt", "ann",
                             {{"quantity", 4}, {"category", "dairy"}, {"changeId", "add-yog-1"}});
    QCOMPARE(first.status, 201);
    QCOMPARE(first.body.value("addedBy").toObject().value("name").toString(),
             QStringLiteral("ann@example.com"));
    const qint64 seq = first.body.value("seq").toInteger();
    QVERIFY(seq > 0);
    const auto change = phone.await(feed);
    QVERIFY(change);
    QCOMPARE(change->value("item").toObject().value("name").toString(), QStringLiteral("Yoghurt"));
    QCOMPARE(change->value("seq").toInteger(), seq);

    // The same change again (its answer was lost): the same item, nothing applied twice.
    const Answer replay = add("yog-1", "Yoghurt", "ann",
                              {{"quantity", 4}, {"category", "dairy"}, {"changeId", "add-yog-1"}});
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.body.value("seq").toInteger(), seq);
    // Another add of the same id by someone else: the item stands as it was.
    QCOMPARE(add("yog-1", "Something else", "ben").body.value("name").toString(),
             QStringLiteral("Yoghurt"));
}

void TestIngredients::takingOneEachLeavesTwoFewer()
{
    QCOMPARE(add("egg-1", "Eggs", "ann", {{"quantity", 6}}).status, 201);
    for (const QString who : {"ann", "ben"})
        QCOMPARE(m_http
                     ->api("PATCH", path("/egg-1"),
                           {{"quantityDelta", -1}, {"changeId", "take-" + who}}, m_tokens[who])
                     .status,
                 200);
    // Ben's phone sends its change again after a lost answer: applied once.
    QCOMPARE(m_http
                 ->api("PATCH", path("/egg-1"), {{"quantityDelta", -1}, {"changeId", "take-ben"}},
                       m_tokens["ben"])
                 .status,
             200);
    QCOMPARE(item("egg-1").value("quantity").toDouble(), 4.0);
    // Field by field: a note from one, a unit from the other, both kept.
    m_http->api("PATCH", path("/egg-1"), {{"set", QJsonObject{{"note", "free range"}}}},
                m_tokens["ann"]);
    m_http->api("PATCH", path("/egg-1"), {{"set", QJsonObject{{"unit", "pack"}}}}, m_tokens["ben"]);
    const QJsonObject eggs = item("egg-1");
    QCOMPARE(eggs.value("note").toString(), QStringLiteral("free range"));
    QCOMPARE(eggs.value("unit").toString(), QStringLiteral("pack"));
}

void TestIngredients::editsToRemovedItemsAreReported()
{
    QCOMPARE(add("ham-1", "Ham").status, 201);
    QCOMPARE(m_http->api("DELETE", path("/ham-1?reason=usedUp"), {}, m_tokens["ben"]).status, 200);
    const Answer late =
        m_http->api("PATCH", path("/ham-1"), {{"quantityDelta", -1}}, m_tokens["ann"]);
    QCOMPARE(late.status, 409);
    QCOMPARE(late.body.value("error").toString(), QStringLiteral("ItemRemoved"));
    QVERIFY(late.body.value("message").toString().contains("ben@example.com"));
    QCOMPARE(
        late.body.value("item").toObject().value("removed").toObject().value("reason").toString(),
        QStringLiteral("usedUp"));
    QCOMPARE(add("ham-1", "Ham").status, 409); // not re-added
    QCOMPARE(m_http->api("DELETE", path("/ham-1"), {}, m_tokens["ann"]).status, 200); // idempotent
    QCOMPARE(m_http->api("PATCH", path("/never"), {{"quantityDelta", 1}}, m_tokens["ann"]).status,
             404);
}

void TestIngredients::searchPagesAndCatchUp()
{
    const Answer before = m_http->api("GET", path(), {}, m_tokens["ann"]);
    const qint64 mark = before.body.value("seq").toInteger();
    QCOMPARE(add("creme-1", "Crème fraîche").status, 201);
    QCOMPARE(add("cream-2", "Whipping cream").status, 201);
    QCOMPARE(add("pct-1", "100% juice").status, 201);
    // Search folds case and accents stay as typed; % and _ are plain characters.
    QCOMPARE(m_http->api("GET", path("?q=CRÈME"), {}, m_tokens["ann"]).body.value("count").toInt(),
             1);
    QCOMPARE(m_http->api("GET", path("?q=cream"), {}, m_tokens["ann"]).body.value("count").toInt(),
             1);
    QCOMPARE(m_http->api("GET", path("?q=" + QUrl::toPercentEncoding("%")), {}, m_tokens["ann"])
                 .body.value("count")
                 .toInt(),
             1);
    // Only what changed since the mark, in order; then pages of 2.
    const Answer since =
        m_http->api("GET", path("?since=" + QString::number(mark)), {}, m_tokens["ben"]);
    QCOMPARE(since.body.value("count").toInt(), 3);
    QStringList seen;
    QString next;
    do {
        const Answer page =
            m_http->api("GET", path("?limit=2" + (next.isEmpty() ? QString() : "&next=" + next)),
                        {}, m_tokens["ann"]);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.value("count").toInt() <= 2);
        for (const QJsonValue &entry : page.body.value("items").toArray())
            seen << entry.toObject().value("id").toString();
        next = page.body.value("next").toString();
    } while (!next.isEmpty());
    QCOMPARE(seen.size(),
             m_http->api("GET", path("?limit=500"), {}, m_tokens["ann"]).body["count"].toInt());
    QVERIFY(!seen.contains("ham-1")); // removed: in ?since= answers only
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
}

void TestIngredients::outsidersSeeNothing()
{
    for (const auto &[method, suffix] :
         {std::pair{"GET", ""}, std::pair{"POST", ""}, std::pair{"PATCH", "/egg-1"},
          std::pair{"DELETE", "/egg-1"}, std::pair{"POST", "/changes"}}) {
        const Answer answer =
            m_http->api(method, path(suffix), {{"id", "x"}, {"name", "x"}}, m_tokens["cat"]);
        QVERIFY2(answer.status == 404, method);
        QCOMPARE(answer.body.value("message").toString(), QStringLiteral("No such fridge."));
        QCOMPARE(m_http->api(method, path(suffix), {{"id", "x"}, {"name", "x"}}).status, 401);
    }
    QCOMPARE(item("egg-1").value("quantity").toDouble(), 4.0); // untouched
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["cat"]).value("sub").toString();
    MqttPeer outsider(
        m_cloud.accountSettings(larder::clientids::app(sub, "feed"), m_tokens["cat"]));
    QVERIFY(outsider.connect());
    QVERIFY(!outsider.subscribe(larder::inventory::topics::changes("ing-fridge")));
    // Nor may anyone but the cloud write the feed.
    const QString annSub =
        larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    MqttPeer member(
        m_cloud.accountSettings(larder::clientids::app(annSub, "feed"), m_tokens["ann"]));
    QVERIFY(member.connect());
    QVERIFY(member.subscribe(larder::inventory::topics::changes("ing-fridge")));
    member.publish(larder::inventory::topics::changes("ing-fridge"), R"({"seq":999999})");
    QVERIFY(!member.await(larder::inventory::topics::changes("ing-fridge"), 1500));
}

void TestIngredients::aBatchAppliesInOrderAndOnce()
{
    // A journal replayed: add, take one, two broken entries, edit, use up — in one request.
    const QJsonArray changes{
        QJsonObject{
            {"op", "add"}, {"id", "jam-b"}, {"name", "Jam"}, {"quantity", 3}, {"changeId", "b-1"}},
        QJsonObject{
            {"op", "edit"}, {"itemId", "jam-b"}, {"quantityDelta", -1}, {"changeId", "b-2"}},
        QJsonValue("not an object"),
        QJsonObject{{"op", "add"}, {"id", "b-bad"}, {"name", ""}, {"changeId", "b-3"}},
        QJsonObject{{"op", "edit"},
                    {"itemId", "jam-b"},
                    {"set", QJsonObject{{"note", "homemade"}}},
                    {"changeId", "b-4"}},
        QJsonObject{
            {"op", "remove"}, {"itemId", "jam-b"}, {"reason", "usedUp"}, {"changeId", "b-5"}},
        QJsonObject{
            {"op", "edit"}, {"itemId", "jam-b"}, {"quantityDelta", 1}, {"changeId", "b-6"}}};
    const auto statuses = [](const Answer &answer) {
        QList<int> out;
        for (const QJsonValue &result : answer.body.value("results").toArray())
            out.append(result["status"].toInt());
        return out;
    };
    const Answer first =
        m_http->api("POST", path("/changes"), {{"changes", changes}}, m_tokens["ann"]);
    QCOMPARE(first.status, 200);
    QCOMPARE(statuses(first), (QList<int>{201, 200, 400, 400, 200, 200, 409}));
    const QJsonArray results = first.body.value("results").toArray();
    QVERIFY(results.at(3)["message"].toString().contains("name"));
    QCOMPARE(results.at(6)["error"].toString(), QStringLiteral("ItemRemoved"));
    QCOMPARE(results.at(5)["item"]["removed"]["reason"].toString(), QStringLiteral("usedUp"));
    const QJsonObject jam = item("jam-b");
    QCOMPARE(jam.value("quantity").toDouble(), 2.0);
    QCOMPARE(jam.value("note").toString(), QStringLiteral("homemade"));
    // The same batch again (its answer was lost): nothing applies twice.
    const qint64 seq = jam.value("seq").toInteger();
    const Answer again =
        m_http->api("POST", path("/changes"), {{"changes", changes}}, m_tokens["ann"]);
    QCOMPARE(statuses(again), (QList<int>{200, 200, 400, 400, 200, 200, 409}));
    QCOMPARE(item("jam-b").value("seq").toInteger(), seq);
    QCOMPARE(item("jam-b").value("quantity").toDouble(), 2.0);

    // A full batch of long entries (a day's journal of notes in any script) goes through…
    QJsonArray full;
    for (int i = 0; i < 100; ++i)
        full.append(QJsonObject{{"op", "add"},
                                {"id", QStringLiteral("long-%1").arg(i)},
                                {"name", QString(80, QChar(0x00E9))},
                                {"note", QString(200, QChar(0x4E2D))}});
    const Answer big = m_http->api("POST", path("/changes"), {{"changes", full}}, m_tokens["ann"]);
    QCOMPARE(big.status, 200);
    QCOMPARE(statuses(big), QList<int>(100, 201));
    // …and a body past the batch's 256 KB is refused as such, nothing applied.
    full.append(QJsonObject{
        {"op", "add"}, {"id", "pad"}, {"name", "Pad"}, {"pad", QString(200 * 1024, u'x')}});
    const Answer tooBig =
        m_http->api("POST", path("/changes"), {{"changes", full}}, m_tokens["ann"]);
    QCOMPARE(tooBig.status, 413);
    QVERIFY(tooBig.body.value("message").toString().contains("256 KB"));
    QVERIFY(item("pad").isEmpty());
    QJsonArray clear; // room for the rest of the suite, in one request
    for (int i = 0; i < 100; ++i)
        clear.append(QJsonObject{{"op", "remove"}, {"itemId", QStringLiteral("long-%1").arg(i)}});
    QCOMPARE(statuses(m_http->api("POST", path("/changes"), {{"changes", clear}}, m_tokens["ann"])),
             QList<int>(100, 200));
}

void TestIngredients::badInputIsASentence_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("says");
    const QByteArray post = "POST", patch = "PATCH", del = "DELETE";
    QTest::newRow("empty name") << post << "" << QByteArray(R"({"id":"b1","name":"   "})") << 400
                                << "name";
    QTest::newRow("control characters only")
        << post << "" << QByteArray("{\"id\":\"b1\",\"name\":\"\\u0000\\u001b\"}") << 400 << "name";
    QTest::newRow("long name") << post << ""
                               << "{\"id\":\"b1\",\"name\":\"" + QByteArray(81, 'x') + "\"}" << 400
                               << "80 characters";
    QTest::newRow("no id") << post << "" << QByteArray(R"({"name":"Milk"})") << 400 << "id";
    QTest::newRow("hostile id") << post << "" << QByteArray(R"({"id":"../x","name":"Milk"})") << 400
                                << "id";
    QTest::newRow("negative quantity")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","quantity":-1})") << 400
        << "quantity";
    QTest::newRow("huge quantity")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","quantity":1e308})") << 400
        << "quantity";
    QTest::newRow("quantity as text")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","quantity":"NaN"})") << 400
        << "quantity";
    QTest::newRow("unknown unit") << post << ""
                                  << QByteArray(R"({"id":"b1","name":"Milk","unit":"gallon"})")
                                  << 400 << "unit";
    QTest::newRow("unknown category")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","category":"toys"})") << 400
        << "category";
    QTest::newRow("unknown compartment")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","compartment":"roof"})") << 400
        << "compartment";
    QTest::newRow("year 0") << post << ""
                            << QByteArray(R"({"id":"b1","name":"Milk","bestBefore":"0000-01-01"})")
                            << 400 << "best-before";
    QTest::newRow("year 9999") << post << ""
                               << QByteArray(
                                      R"({"id":"b1","name":"Milk","bestBefore":"9999-12-31"})")
                               << 400 << "best-before";
    QTest::newRow("malformed JSON") << post << "" << QByteArray(R"({"id":"b1",)") << 400 << "JSON";
    QTest::newRow("array body") << post << "" << QByteArray("[]") << 400 << "JSON";
    QTest::newRow("empty edit") << patch << "/egg-1" << QByteArray("{}") << 400
                                << "changes nothing";
    QTest::newRow("delta as text")
        << patch << "/egg-1" << QByteArray(R"({"quantityDelta":"-1"})") << 400 << "edit";
    QTest::newRow("huge delta") << patch << "/egg-1" << QByteArray(R"({"quantityDelta":-1e9})")
                                << 400 << "quantity";
    QTest::newRow("edit to bad unit")
        << patch << "/egg-1" << QByteArray(R"({"set":{"unit":"barrel"}})") << 400 << "unit";
    QTest::newRow("edit of a removed item")
        << patch << "/ham-1" << QByteArray(R"({"set":{"note":"x"}})") << 409 << "used up by";
    QTest::newRow("batch without changes")
        << post << "/changes" << QByteArray(R"({"changes":[]})") << 400 << "1 to 100 changes";
    QTest::newRow("batch as an object")
        << post << "/changes" << QByteArray(R"({"changes":{"op":"add"}})") << 400 << "a batch";
    QTest::newRow("batch of 101")
        << post << "/changes"
        << (QByteArray(R"({"changes":[)") +
            QByteArrayList(101, R"({"op":"remove","itemId":"egg-1"})").join(',') + "]}")
        << 400 << "1 to 100 changes";
    QTest::newRow("unknown reason")
        << del << "/egg-1?reason=eaten" << QByteArray() << 400 << "reason";
    QTest::newRow("bad change id")
        << post << "" << QByteArray(R"({"id":"b1","name":"Milk","changeId":"a b"})") << 400
        << "changeId";
    QTest::newRow("bad page size")
        << QByteArray("GET") << "?limit=100000" << QByteArray() << 400 << "limit";
}

void TestIngredients::badInputIsASentence()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, says);
    const QJsonObject eggsBefore = item("egg-1");
    const Answer answer = m_http->send(
        method, m_http->profile().value("apiBaseUrl").toString() + path(suffix), body,
        {{"Authorization", m_tokens["ann"].toLatin1()}, {"Content-Type", "application/json"}});
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.value("message").toString().contains(says, Qt::CaseInsensitive),
             qPrintable(answer.body.value("message").toString()));
    QCOMPARE(item("egg-1"), eggsBefore); // nothing stored was touched
    QVERIFY(item("b1").isEmpty());
}

void TestIngredients::camerasAddAndRemove()
{
    QCOMPARE(add("jam-1", "Strawberry jam").status, 201);
    const QString sub = larder::auth::AuthTokens::claimsOf(m_tokens["ann"]).value("sub").toString();
    MqttPeer phone(m_cloud.accountSettings(larder::clientids::app(sub, "cams"), m_tokens["ann"]));
    QVERIFY(phone.connect());
    const QString feed = larder::inventory::topics::changes("ing-fridge");
    QVERIFY(phone.subscribe(feed));
    // The door closes: the appliance says what its cameras saw go in and come out.
    MqttPeer fridge(m_cloud.deviceSettings("ing-fridge"));
    QVERIFY(fridge.connect());
    const QJsonObject seen{
        {"added",
         QJsonArray{QJsonObject{{"name", "Tomatoes"}, {"category", "vegetables"}, {"quantity", 6}},
                    QJsonObject{{"name", QString(QChar(0))}}}},
        {"removed", QJsonArray{"strawberry JAM", "Nothing like this"}}};
    fridge.publish(larder::inventory::topics::recognition("ing-fridge"),
                   QJsonDocument(seen).toJson(QJsonDocument::Compact));
    QVERIFY(phone.await(feed));
    QTRY_VERIFY_WITH_TIMEOUT(phone.messages.size() >= 2, 5000);
    QJsonObject tomatoes;
    for (const QJsonValue &entry :
         m_http->api("GET", path("?q=tomatoes"), {}, m_tokens["ann"]).body["items"].toArray())
        tomatoes = entry.toObject();
    QCOMPARE(tomatoes.value("quantity").toDouble(), 6.0);
    QCOMPARE(tomatoes.value("addedBy").toObject().value("kind").toString(),
             QStringLiteral("camera"));
    const QJsonObject jam = item("jam-1");
    QCOMPARE(jam.value("removed").toObject().value("by").toObject().value("name").toString(),
             QStringLiteral("Camera"));
    // Another fridge's appliance cannot report for this one.
    QVERIFY(m_cloud.deviceCert("other-fridge"));
    MqttPeer other(m_cloud.deviceSettings("other-fridge"));
    QVERIFY(other.connect());
    const int before = m_http->api("GET", path(), {}, m_tokens["ann"]).body["count"].toInt();
    other.publish(larder::inventory::topics::recognition("ing-fridge"),
                  QByteArray("{\"added\":[{\"name\":\"Forged\"}]}"));
    QVERIFY(!phone.await(feed, 1500) || phone.messages.size() == 2);
    QCOMPARE(m_http->api("GET", path(), {}, m_tokens["ann"]).body["count"].toInt(), before);
}

void TestIngredients::simulatedDoorCloseAddsWhatTheCamerasSaw()
{
    const auto cameraItems = [this] {
        int count = 0;
        for (const QJsonValue &entry :
             m_http->api("GET", path("?limit=500"), {}, m_tokens["ann"]).body["items"].toArray())
            count += entry.toObject()["addedBy"].toObject()["kind"] == "camera" ? 1 : 0;
        return count;
    };
    const int before = cameraItems();
    QVERIFY(m_cloud.startFridge("ing-fridge", {"--scenario", "1:open,2:close"}));
    QTRY_VERIFY_WITH_TIMEOUT(cameraItems() > before, 15000);
}

void TestIngredients::aFullFridgeSaysSo()
{
    // 10,000 items written straight into the store, as if added over the months.
    {
        QSqlDatabase db = m_cloud.openStore("fill");
        QVERIFY(db.isOpen());
        QSqlQuery fill(db);
        QVERIFY(db.transaction());
        QVERIFY(fill.prepare("INSERT INTO ingredients (thing, id, seq, removed, name_folded, "
                             "document) VALUES ('full-fridge', ?, ?, 0, 'x', ?)"));
        for (int i = 1; i <= 10'000; ++i) {
            fill.addBindValue(QString("f%1").arg(i));
            fill.addBindValue(i);
            fill.addBindValue(QString(R"({"id":"f%1","name":"x","seq":%1})").arg(i));
            QVERIFY(fill.exec());
        }
        QVERIFY(fill.exec(
            "INSERT INTO ingredient_sequences (thing, seq) VALUES ('full-fridge', 10000)"));
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase("fill");
    const QString home = m_http->api("GET", "/families", {}, m_tokens["ann"])
                             .body["items"]
                             .toArray()
                             .at(0)
                             .toObject()["familyId"]
                             .toString();
    QVERIFY(m_cloud.deviceCert("full-fridge"));
    QVERIFY(m_cloud.runTool({"assign-thing", "--thing", "full-fridge", "--family", home}));
    const Answer full = m_http->api("POST", "/devices/full-fridge/ingredients",
                                    {{"id", "one-more"}, {"name", "One more"}}, m_tokens["ann"]);
    QCOMPARE(full.status, 409);
    QCOMPARE(full.body.value("error").toString(), QStringLiteral("LimitExceeded"));
    QVERIFY(full.body.value("message").toString().contains("10000"));
    QCOMPARE(
        m_http->api("DELETE", "/devices/full-fridge/ingredients/f1", {}, m_tokens["ann"]).status,
        200);
    QCOMPARE(m_http
                 ->api("POST", "/devices/full-fridge/ingredients",
                       {{"id", "one-more"}, {"name", "One more"}}, m_tokens["ann"])
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestIngredients)
#include "tst_ingredients.moc"
